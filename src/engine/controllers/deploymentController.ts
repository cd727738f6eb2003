/**
 * The deployment controller (modern clusters; Deployments came after 2015): the loop around the
 * pure decisions in `deployment/`. Watch handlers only enqueue a Deployment's key (it changed,
 * one of its ReplicaSets changed, one of its pods went away); `sync(key)` claims the
 * Deployment's ReplicaSets and either scales them (a scaling event, or paused), or takes one
 * step of the rollout strategy, then writes the status — recording the `ScalingReplicaSet`
 * events `kubectl describe deployment` shows.
 *
 * One departure from Kubernetes: its controller writes the revision annotation through the
 * status subresource (which, for Deployments alone, may change annotations); kubesim's API
 * server keeps metadata out of status writes, so the annotation goes in an ordinary update —
 * which, as in Kubernetes' own status write, does not bump `metadata.generation`.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import { isStatusError } from '../api/status';
import type { SimClock, Timer } from '../clock';
import { selectorFromLabelSelector } from '../labels/selector';
import type { AnyObject, Deployment, DeploymentStatus, ReplicaSet } from '../types';
import { clone } from '../util/freeze';
import { stableJson } from '../util/json';
import {
  calculateStatus,
  claimReplicaSets,
  DEPLOYMENT_CONTROLLER,
  deploymentComplete,
  equalIgnoreHash,
  failedRSCreateEvent,
  failedRSCreateMessage,
  findNewReplicaSet,
  findOldReplicaSets,
  getCondition,
  hasProgressDeadline,
  isScalingEvent,
  maxRevision,
  maxSurge,
  newReplicaSetFor,
  newRSNewReplicas,
  oldPodsRunning,
  pausedConditionStatus,
  planScale,
  progressDeadlineAt,
  PROGRESSING,
  REASONS,
  reconcileNewReplicaSet,
  reconcileOldReplicaSets,
  RECREATE,
  replicasAnnotationsNeedUpdate,
  replicaSetsToCleanUp,
  REVISION_ANNOTATION,
  rolloutStatus,
  scaleDownOldForRecreate,
  scalingReplicaSetEvent,
  setCondition,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  type ScaleOp,
} from './deployment';
import { newCondition } from './deployment/conditions';
import { controllerRefOf, ownerRefOf, type ControllerEvent } from './replication';
import { WorkQueue } from './workqueue';

/** The Deployment (as last written) and its ReplicaSets, new and old. */
interface ReplicaSets {
  deployment: Deployment;
  newRS: ReplicaSet | undefined;
  oldRSs: ReplicaSet[];
  /** The new ReplicaSet's annotations were just updated (this sync stops there). */
  rsUpdated: boolean;
}

/** Thrown inside a sync to stop it and try again later (an API write failed). */
class Requeue extends Error {}

export function startDeploymentController(
  api: ApiClient,
  events: EventRecorder,
  clock: SimClock,
  latencyMs: number,
): () => void {
  const queue = new WorkQueue(clock, latencyMs, (key) => {
    try {
      sync(key);
    } catch (e) {
      if (!(e instanceof Requeue)) throw e;
      queue.addAfter(key, 5000); // the rate limiter's back-off, in one step
    }
  });
  const deadlines = new Map<string, Timer>();
  const keyOf = (ns: string | undefined, name: string): string => `${ns ?? 'default'}/${name}`;

  const tell = (d: Deployment, e: ControllerEvent): void => {
    events.record({ involved: d, ...e, source: { component: DEPLOYMENT_CONTROLLER } });
  };

  /** An API write; a StatusError (conflict, gone) ends this sync and queues another. */
  function write<T>(call: () => T): T {
    try {
      return call();
    } catch (e) {
      if (isStatusError(e)) throw new Requeue(e.message);
      throw e;
    }
  }

  function sync(key: string): void {
    const [namespace, name] = key.split('/') as [string, string];
    const found = api.api.find('Deployment', namespace, name);
    if (!found) return;
    let d = clone(found);
    const claim = claimReplicaSets(d, api.api.list('ReplicaSet', { namespace }));
    const owned = claim.owned.filter((rs) => !claim.adopt.includes(rs));
    for (const rs of claim.adopt)
      owned.push(
        write(() =>
          api.update(withOwners(rs, [...(rs.metadata.ownerReferences ?? []), ownerRefOf(d)])),
        ),
      );
    for (const rs of claim.release)
      write(() =>
        api.update(
          withOwners(
            rs,
            (rs.metadata.ownerReferences ?? []).filter((r) => r.uid !== d.metadata.uid),
          ),
        ),
      );
    const rsList = owned;

    if (d.metadata.deletionTimestamp) {
      const newRS = findNewReplicaSet(d, rsList);
      return syncDeploymentStatus(
        d,
        [...findOldReplicaSets(d, rsList), ...(newRS ? [newRS] : [])],
        newRS,
      );
    }
    const paused = pausedConditionStatus(d, clock.wallMs);
    if (paused) d = write(() => api.updateStatus({ ...d, status: paused }));

    const sets = replicaSetsAndRevision(d, rsList, false);
    // the new ReplicaSet's annotations were brought up to date: its update event syncs again
    if (sets.rsUpdated) return;
    if (d.spec.paused || isScalingEvent(sets.deployment, [...sets.oldRSs, sets.newRS]))
      return scaleAndSync(sets);
    if (d.spec.strategy?.type === RECREATE) return rolloutRecreate(sets, rsList, namespace);
    return rolloutRolling(sets, rsList);
  }

  function withOwners(rs: ReplicaSet, refs: ReplicaSet['metadata']['ownerReferences']): ReplicaSet {
    const { ownerReferences: _old, ...meta } = rs.metadata;
    return { ...rs, metadata: refs?.length ? { ...meta, ownerReferences: refs } : meta };
  }

  /**
   * `getAllReplicaSetsAndSyncRevision`: the old ReplicaSets, and the new one — found (its
   * revision brought up to date) or, when `create`, created at the size the strategy allows.
   * Returns the Deployment as written, since its revision and conditions may have changed.
   */
  function replicaSetsAndRevision(
    d: Deployment,
    rsList: ReplicaSet[],
    create: boolean,
  ): ReplicaSets {
    const oldRSs = findOldReplicaSets(d, rsList);
    const existing = findNewReplicaSet(d, rsList);
    const newRevision = maxRevision(oldRSs) + 1;
    if (existing) {
      const copy = clone(existing);
      const annotationsChanged = setNewReplicaSetAnnotations(d, copy, newRevision, true);
      if (
        annotationsChanged ||
        (copy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)
      ) {
        if (d.spec.minReadySeconds !== undefined)
          copy.spec.minReadySeconds = d.spec.minReadySeconds;
        else delete copy.spec.minReadySeconds;
        // the Deployment's revision follows on the next sync, triggered by this very update
        return { deployment: d, newRS: write(() => api.update(copy)), oldRSs, rsUpdated: true };
      }
      const next = clone(d);
      next.status ??= {};
      if (hasProgressDeadline(d) && !getCondition(d.status, PROGRESSING))
        setCondition(
          next.status,
          newCondition(
            PROGRESSING,
            'True',
            REASONS.foundNewReplicaSet,
            `Found new replica set "${copy.metadata.name}"`,
            clock.wallMs,
          ),
        );
      const deployment = writeRevision(
        d,
        next,
        copy.metadata.annotations?.[REVISION_ANNOTATION] ?? '',
      );
      return { deployment, newRS: copy, oldRSs, rsUpdated: false };
    }
    if (!create) return { deployment: d, newRS: undefined, oldRSs, rsUpdated: false };

    const rs = newReplicaSetFor(d);
    rs.spec.replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
    setNewReplicaSetAnnotations(d, rs, newRevision, false);
    const next = clone(d);
    next.status ??= {};
    let created: ReplicaSet;
    let alreadyExisted = false;
    try {
      created = api.create(rs, { namespace: d.metadata.namespace ?? 'default' });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      const live =
        e.reason === 'AlreadyExists'
          ? api.api.find('ReplicaSet', rs.metadata.namespace, rs.metadata.name)
          : undefined;
      if (
        live &&
        controllerRefOf(live)?.uid === d.metadata.uid &&
        equalIgnoreHash(live.spec.template, d.spec.template)
      ) {
        created = live;
        alreadyExisted = true;
      } else if (live) {
        // a hash collision: another template holds the name; the next hash differs
        next.status.collisionCount = (d.status?.collisionCount ?? 0) + 1;
        write(() => api.updateStatus(next));
        throw new Requeue(e.message);
      } else {
        const message = failedRSCreateMessage(rs.metadata.name, e.message);
        if (hasProgressDeadline(d)) {
          setCondition(
            next.status,
            newCondition(PROGRESSING, 'False', REASONS.failedRSCreate, message, clock.wallMs),
          );
          write(() => api.updateStatus(next));
        }
        tell(d, failedRSCreateEvent(rs.metadata.name, e.message));
        throw new Requeue(message);
      }
    }
    const replicas = created.spec.replicas ?? 0;
    if (!alreadyExisted && replicas > 0)
      tell(d, scalingReplicaSetEvent(created.metadata.name, 0, replicas));
    if (!alreadyExisted && hasProgressDeadline(d))
      setCondition(
        next.status,
        newCondition(
          PROGRESSING,
          'True',
          REASONS.newReplicaSetCreated,
          `Created new replica set "${created.metadata.name}"`,
          clock.wallMs,
        ),
      );
    const deployment = writeRevision(d, next, String(newRevision));
    return { deployment, newRS: created, oldRSs, rsUpdated: false };
  }

  /**
   * `SetDeploymentRevision` and the status change beside it. Kubernetes writes both in one
   * status update; here the annotation needs an ordinary update, and the status change then
   * rides along with this sync's status write (`writeStatus` compares with what is stored).
   */
  function writeRevision(d: Deployment, next: Deployment, revision: string): Deployment {
    if (revision && d.metadata.annotations?.[REVISION_ANNOTATION] !== revision) {
      const annotations = { ...d.metadata.annotations, [REVISION_ANNOTATION]: revision };
      const live = write(() => api.update({ ...d, metadata: { ...d.metadata, annotations } }));
      return { ...clone(live), status: clone(next.status ?? {}) };
    }
    if (stableJson(next.status ?? {}) === stableJson(d.status ?? {})) return d;
    return clone(write(() => api.updateStatus({ ...d, status: next.status ?? {} })));
  }

  /** `scaleReplicaSet`: the new size and the replica annotations, and the event if the size moved. */
  function scaleReplicaSet(d: Deployment, op: ScaleOp, refreshAnnotations: boolean): ReplicaSet {
    const { rs, replicas } = op;
    const from = rs.spec.replicas ?? 1;
    const desired = d.spec.replicas ?? 1;
    const max = desired + maxSurge(d);
    const annotationsStale = refreshAnnotations && replicasAnnotationsNeedUpdate(rs, desired, max);
    if (from === replicas && !annotationsStale) return rs;
    const copy = clone(rs);
    copy.spec.replicas = replicas;
    setReplicasAnnotations(copy, desired, max);
    const updated = write(() => api.update(copy));
    if (from !== replicas) tell(d, scalingReplicaSetEvent(rs.metadata.name, from, replicas));
    return updated;
  }

  /** `sync`: proportional scaling, history cleanup when paused, and the plain status. */
  function scaleAndSync({ deployment, newRS, oldRSs }: ReplicaSets): void {
    for (const op of planScale(deployment, newRS, oldRSs)) scaleReplicaSet(deployment, op, true);
    if (deployment.spec.paused) cleanup(deployment, oldRSs);
    syncDeploymentStatus(deployment, [...oldRSs, ...(newRS ? [newRS] : [])], newRS);
  }

  /** `rolloutRolling`: grow the new ReplicaSet if the surge allows, else shrink old ones. */
  function rolloutRolling(sets: ReplicaSets, rsList: ReplicaSet[]): void {
    const { deployment, newRS, oldRSs } = sets.newRS
      ? sets
      : replicaSetsAndRevision(sets.deployment, rsList, true);
    if (!newRS) return;
    const allRSs = [...oldRSs, newRS];
    const up = reconcileNewReplicaSet(deployment, allRSs, newRS);
    if (up) {
      scaleReplicaSet(deployment, up, false);
      return syncRolloutStatus(deployment, allRSs, newRS);
    }
    const downs = reconcileOldReplicaSets(deployment, oldRSs, newRS);
    for (const op of downs) scaleReplicaSet(deployment, op, false);
    if (downs.length === 0 && deploymentComplete(deployment, deployment.status ?? {}))
      cleanup(deployment, oldRSs);
    syncRolloutStatus(deployment, allRSs, newRS);
  }

  /** `rolloutRecreate`: old ReplicaSets to zero, wait until no old pod is left, then the new one. */
  function rolloutRecreate(sets: ReplicaSets, rsList: ReplicaSet[], namespace: string): void {
    const { oldRSs } = sets;
    const allRSs = [...oldRSs, ...(sets.newRS ? [sets.newRS] : [])];
    const downs = scaleDownOldForRecreate(oldRSs);
    for (const op of downs) scaleReplicaSet(sets.deployment, op, false);
    const pods = api.api.list('Pod', { namespace });
    if (downs.length > 0 || oldPodsRunning(sets.newRS, oldRSs, pods))
      return syncRolloutStatus(sets.deployment, allRSs, sets.newRS);
    const { deployment, newRS } = sets.newRS
      ? sets
      : replicaSetsAndRevision(sets.deployment, rsList, true);
    if (!newRS) return;
    scaleReplicaSet(deployment, { rs: newRS, replicas: deployment.spec.replicas ?? 1 }, false);
    if (deploymentComplete(deployment, deployment.status ?? {})) cleanup(deployment, oldRSs);
    syncRolloutStatus(deployment, [...oldRSs, newRS], newRS);
  }

  function cleanup(d: Deployment, oldRSs: readonly ReplicaSet[]): void {
    for (const rs of replicaSetsToCleanUp(d, oldRSs))
      write(() => api.delete('ReplicaSet', rs.metadata.namespace, rs.metadata.name));
  }

  function writeStatus(d: Deployment, status: DeploymentStatus): void {
    if (stableJson(status) !== stableJson(d.status ?? {}))
      write(() => api.updateStatus({ ...d, status }));
  }

  function syncDeploymentStatus(
    d: Deployment,
    allRSs: ReplicaSet[],
    newRS: ReplicaSet | undefined,
  ): void {
    writeStatus(d, calculateStatus(d, allRSs, newRS, clock.wallMs));
  }

  /** The rollout status, and a look again when a stuck rollout's deadline falls due. */
  function syncRolloutStatus(
    d: Deployment,
    allRSs: ReplicaSet[],
    newRS: ReplicaSet | undefined,
  ): void {
    const status = rolloutStatus(d, allRSs, newRS, clock.wallMs);
    writeStatus(d, status);
    const key = keyOf(d.metadata.namespace, d.metadata.name);
    clock.cancel(deadlines.get(key));
    deadlines.delete(key);
    const at = deploymentComplete(d, status) ? undefined : progressDeadlineAt(d, status);
    if (at !== undefined)
      deadlines.set(key, queue.addAfter(key, Math.max(0, at - clock.wallMs) + 1000));
  }

  /** The Deployment that owns this ReplicaSet, or every Deployment that could adopt it. */
  function deploymentsFor(rs: ReplicaSet): void {
    const ns = rs.metadata.namespace ?? 'default';
    const ref = controllerRefOf(rs);
    if (ref) {
      if (ref.kind === 'Deployment') queue.add(keyOf(ns, ref.name));
      return;
    }
    for (const d of api.api.list('Deployment', { namespace: ns }))
      if (selectorFromLabelSelector(d.spec.selector).matches(rs.metadata.labels))
        queue.add(keyOf(ns, d.metadata.name));
  }

  /** A pod gone: a Recreate rollout may have been waiting for exactly that. */
  function podDeleted(pod: AnyObject): void {
    const ns = pod.metadata.namespace ?? 'default';
    const rsRef = controllerRefOf(pod);
    if (rsRef?.kind !== 'ReplicaSet') return;
    const rs = api.api.find('ReplicaSet', ns, rsRef.name);
    const dRef = rs ? controllerRefOf(rs) : undefined;
    if (dRef?.kind !== 'Deployment') return;
    const d = api.api.find('Deployment', ns, dRef.name);
    if (d?.spec.strategy?.type === RECREATE) queue.add(keyOf(ns, dRef.name));
  }

  const stops = [
    api.watch('Deployment', {}, (e) => {
      if (e.type !== 'DELETED')
        queue.add(keyOf(e.object.metadata.namespace, e.object.metadata.name));
    }),
    api.watch('ReplicaSet', {}, (e) => {
      deploymentsFor(e.object);
      if (e.oldObject && e.type === 'MODIFIED') deploymentsFor(e.oldObject);
    }),
    api.watch('Pod', {}, (e) => {
      if (e.type === 'DELETED') podDeleted(e.object);
    }),
  ];
  // a (re)started controller catches up with every Deployment, as after its informers' first list
  for (const d of api.api.list('Deployment'))
    queue.add(keyOf(d.metadata.namespace, d.metadata.name));
  return () => {
    stops.forEach((stop) => stop());
    deadlines.forEach((timer) => clock.cancel(timer));
    queue.shutDown();
  };
}
