/**
 * The replication manager: the loop around the pure decisions in `replication/`. Watch
 * handlers only enqueue controller keys (a controller changed; a pod it owns or might adopt
 * changed); `sync(key)` lists, asks `planSync` what to do, and does it through the API —
 * adopt and release, create in slow-start batches, delete the pods the ranking picked, write
 * status — recording the events `kubectl describe` shows.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { AnyObject, Pod, ReplicaSet, ReplicationController } from '../types';
import { jsonEqual } from '../util/json';
import {
  adoptedPod,
  controllerRefOf,
  controllerSelector,
  eventComponent,
  failedCreateEvent,
  planSync,
  podFromTemplate,
  releasedPod,
  relatedPods,
  replicaController,
  slowStartBatches,
  successfulCreateEvent,
  successfulDeleteEvent,
  type ControllerEvent,
  type ReplicaController,
} from './replication';
import { WorkQueue } from './workqueue';

type Kind = 'ReplicationController' | 'ReplicaSet';
type Controller = ReplicationController | ReplicaSet;

export function startReplicationManager(
  api: ApiClient,
  events: EventRecorder,
  clock: SimClock,
  era: Era,
  latencyMs: number,
): () => void {
  const queue = new WorkQueue(clock, latencyMs, (key) => sync(key));
  const keyOf = (c: AnyObject): string =>
    `${c.kind}/${c.metadata.namespace ?? 'default'}/${c.metadata.name}`;

  const tell = (c: ReplicaController, e: ControllerEvent | undefined): void => {
    if (e) events.record({ involved: c.object, ...e, source: { component: eventComponent(c) } });
  };

  const attempt = (write: () => void): string | undefined => {
    try {
      write();
      return undefined;
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return e.message;
    }
  };

  function sync(key: string): void {
    const [kind, namespace, name] = key.split('/') as [Kind, string, string];
    const object = api.api.find(kind, namespace, name) as Controller | undefined;
    if (!object) return;
    const c = replicaController(object);
    const pods = api.api.list('Pod', { namespace });
    const siblings = [...api.api.list('ReplicaSet', { namespace })];
    const plan = planSync(c, pods, era, clock.wallMs, relatedPods(object, siblings, pods));

    for (const pod of plan.adopt) attempt(() => api.update(adoptedPod(c, pod)));
    for (const pod of plan.release) attempt(() => api.update(releasedPod(c, pod)));

    let created = 0;
    for (const batch of slowStartBatches(plan.create)) {
      let failed = false;
      for (let i = 0; i < batch; i++) {
        let podName = '';
        const error = attempt(() => {
          podName = api.create(podFromTemplate(c, era), { namespace }).metadata.name;
        });
        if (error) {
          tell(c, failedCreateEvent(error, era));
          failed = true;
          break;
        }
        created++;
        tell(c, successfulCreateEvent(podName, era));
      }
      if (failed) {
        queue.addAfter(key, 5000); // try again later, as the workqueue's rate limiter would
        break;
      }
    }
    for (const pod of plan.delete) {
      const error = attempt(() => api.delete('Pod', namespace, pod.metadata.name));
      if (!error) tell(c, successfulDeleteEvent(pod.metadata.name, era));
    }

    // status reflects what the controller saw before acting, as in Kubernetes; the writes
    // above come back as watch events and trigger the next sync
    const live = api.api.find(kind, namespace, name) as Controller | undefined;
    if (live && !jsonEqual(live.status ?? {}, plan.status))
      attempt(() => api.updateStatus({ ...live, status: plan.status }));
    if (created > 0 || plan.delete.length > 0) queue.add(key);
    // ready pods become available minReadySeconds later, with no event to say so: look again then
    const minReady = object.spec.minReadySeconds ?? 0;
    const desired = object.spec.replicas ?? 1;
    const { readyReplicas = 0, availableReplicas = 0 } = plan.status;
    if (minReady > 0 && readyReplicas === desired && availableReplicas !== desired)
      queue.addAfter(key, minReady * 1000);
  }

  /** Which controllers care about this pod: its owner, and any controller whose selector matches. */
  function controllersFor(pod: Pod, old: Pod | undefined): void {
    const ns = pod.metadata.namespace ?? 'default';
    const owner = controllerRefOf(pod) ?? (old ? controllerRefOf(old) : undefined);
    if (owner && (owner.kind === 'ReplicationController' || owner.kind === 'ReplicaSet'))
      queue.add(`${owner.kind}/${ns}/${owner.name}`);
    for (const kind of ['ReplicationController', 'ReplicaSet'] as const)
      for (const c of api.api.list(kind, { namespace: ns })) {
        const selector = controllerSelector(replicaController(c));
        if (selector.matches(pod.metadata.labels) || (old && selector.matches(old.metadata.labels)))
          queue.add(keyOf(c));
      }
  }

  const stops = [
    api.watch('ReplicationController', {}, (e) => queue.add(keyOf(e.object))),
    api.watch('ReplicaSet', {}, (e) => queue.add(keyOf(e.object))),
    api.watch('Pod', {}, (e) => controllersFor(e.object, e.oldObject)),
  ];
  // a (re)started manager syncs every controller once, as after its informers' first list
  for (const kind of ['ReplicationController', 'ReplicaSet'] as const)
    for (const c of api.api.list(kind)) queue.add(keyOf(c));
  return () => {
    stops.forEach((s) => s());
    queue.shutDown();
  };
}
