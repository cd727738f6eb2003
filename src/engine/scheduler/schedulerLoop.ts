/**
 * kube-scheduler's loop around the pure `schedule` decision: it watches for pods with no node,
 * decides one at a time, binds through the API (the pods/binding subresource), and records the
 * events `kubectl describe pod` shows. A pod that fits nowhere stays Pending with
 * `PodScheduled=False` and a FailedScheduling event, and is tried again when the cluster
 * changes in a way that could help (a node added, uncordoned, relabelled or back to Ready; a pod
 * gone) — and every five minutes, as the real scheduler flushes its unschedulable queue.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import { isStatusError } from '../api/status';
import type { SimClock, Timer } from '../clock';
import type { Era } from '../contract';
import type { Rand } from '../rand';
import type { Node, Pod } from '../types';
import { clone } from '../util/freeze';
import { stableJson } from '../util/json';
import { SchedulerCache } from './cache';
import { WorkQueue } from '../controllers/workqueue';
import { schedule } from './schedule';
import type { NodeInfo, SchedulingDecision } from './types';

const UNSCHEDULABLE_FLUSH_MS = 5 * 60_000;

export interface SchedulerHandle {
  /** The last decision made for a pod (`namespace/name`): the "why this node?" trace. */
  trace(namespace: string, name: string): SchedulingDecision | undefined;
  stop(): void;
}

const needsScheduling = (pod: Pod): boolean =>
  !pod.spec.nodeName &&
  !pod.metadata.deletionTimestamp &&
  (pod.spec.schedulerName ?? 'default-scheduler') === 'default-scheduler' &&
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed';

/** The parts of a node the scheduler's decisions depend on (heartbeats alone change nothing). */
const schedulingFacts = (node: Node): string =>
  stableJson({
    labels: node.metadata.labels,
    spec: node.spec,
    allocatable: node.status?.allocatable,
    ready: node.status?.conditions?.find((c) => c.type === 'Ready')?.status,
  });

/** How many decisions the scheduler remembers for "why this node?". */
export const MAX_TRACES = 200;

export function startScheduler(
  api: ApiClient,
  events: EventRecorder,
  clock: SimClock,
  rand: Rand,
  era: Era,
  latencyMs: number,
): SchedulerHandle {
  /**
   * The last decisions, newest last: enough for the page's "why this node?" in any classroom
   * cluster, without keeping a per-node trace for every one of 10,000 pods.
   */
  const traces = new Map<string, SchedulingDecision>();
  let nextStartNodeIndex = 0;
  const unschedulable = new Set<string>();
  const queue = new WorkQueue(clock, latencyMs, (key) => scheduleOne(key));
  const component = era === '2015' ? 'scheduler' : 'default-scheduler';

  const cache = new SchedulerCache(api.api.list('Pod'));
  const nodeInfos = (): NodeInfo[] => cache.nodeInfos(api.api.list('Node'));

  function scheduleOne(key: string): void {
    const [namespace, name] = key.split('/') as [string, string];
    const pod = api.api.find('Pod', namespace, name);
    if (!pod || !needsScheduling(pod)) {
      unschedulable.delete(key);
      return;
    }
    const nodes = nodeInfos();
    const decision = schedule(pod, nodes, {
      era,
      rand,
      startIndex: nextStartNodeIndex,
      claim: (ns, name) => {
        const claim = api.api.find('PersistentVolumeClaim', ns, name);
        return claim ? { bound: claim.status?.phase === 'Bound' } : undefined;
      },
      services: api.api.list('Service', { namespace }),
      controllers: [
        ...api.api.list('ReplicationController', { namespace }),
        ...api.api.list('ReplicaSet', { namespace }),
      ],
    });
    nextStartNodeIndex = nodes.length
      ? (nextStartNodeIndex + decision.evaluated) % nodes.length
      : 0;
    traces.delete(key);
    traces.set(key, decision);
    if (traces.size > MAX_TRACES) traces.delete(traces.keys().next().value ?? '');
    api.api.messages?.record('scheduler', 'scheduler', decision.explanation, {
      kind: 'Pod',
      namespace,
      name,
    });
    if (decision.chosen) {
      try {
        api.bind(namespace, name, decision.chosen);
        unschedulable.delete(key);
        events.record({
          involved: pod,
          type: 'Normal',
          reason: era === '2015' ? 'scheduled' : 'Scheduled',
          message:
            era === '2015'
              ? `Successfully assigned ${name} to ${decision.chosen}`
              : `Successfully assigned ${namespace}/${name} to ${decision.chosen}`,
          source: { component },
        });
      } catch (e) {
        if (!isStatusError(e)) throw e;
        queue.addAfter(key, 1000); // the pod changed under us, or the API server is away
      }
      return;
    }
    unschedulable.add(key);
    const message = decision.message ?? '';
    if (era === 'modern') {
      const next = clone(pod);
      const others = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
      const previous = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
      const condition = {
        type: 'PodScheduled',
        status: 'False' as const,
        lastProbeTime: null,
        lastTransitionTime:
          previous?.status === 'False'
            ? (previous.lastTransitionTime ?? clock.timestamp())
            : clock.timestamp(),
        reason: 'Unschedulable',
        message,
      };
      next.status = { ...next.status, conditions: [...others, condition] };
      try {
        if (stableJson(previous) !== stableJson(condition)) api.updateStatus(next);
      } catch (e) {
        if (!isStatusError(e)) throw e;
      }
    }
    events.record({
      involved: pod,
      type: 'Warning',
      reason: era === '2015' ? 'failedScheduling' : 'FailedScheduling',
      message,
      source: { component },
    });
  }

  const retryUnschedulable = (): void => {
    for (const key of unschedulable) queue.add(key);
  };

  let flushTimer: Timer | undefined;
  const flush = (): void => {
    retryUnschedulable();
    flushTimer = clock.after(UNSCHEDULABLE_FLUSH_MS, flush);
  };
  flushTimer = clock.after(UNSCHEDULABLE_FLUSH_MS, flush);

  const stops = [
    api.watch('Pod', {}, (e) => {
      if (e.type === 'DELETED') cache.update(undefined, e.oldObject ?? e.object);
      else cache.update(e.object, e.oldObject);
      const key = `${e.object.metadata.namespace ?? 'default'}/${e.object.metadata.name}`;
      if (e.type === 'DELETED') {
        traces.delete(key);
        unschedulable.delete(key);
        retryUnschedulable(); // its room is free now
        return;
      }
      if (needsScheduling(e.object)) {
        if (!unschedulable.has(key) || e.type === 'ADDED') queue.add(key);
      } else if (
        e.oldObject?.spec.nodeName &&
        (e.object.status?.phase === 'Succeeded' || e.object.status?.phase === 'Failed')
      ) {
        retryUnschedulable();
      }
    }),
    // a claim created or bound may let a waiting pod through
    api.watch('PersistentVolumeClaim', {}, () => retryUnschedulable()),
    api.watch('Node', {}, (e) => {
      if (
        e.type === 'ADDED' ||
        (e.type === 'MODIFIED' &&
          e.oldObject &&
          schedulingFacts(e.oldObject) !== schedulingFacts(e.object))
      )
        retryUnschedulable();
    }),
  ];
  // pods waiting from before the scheduler started (or restarted)
  for (const pod of api.api.list('Pod'))
    if (needsScheduling(pod))
      queue.add(`${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`);

  return {
    trace: (namespace, name) => traces.get(`${namespace}/${name}`),
    stop: () => {
      stops.forEach((s) => s());
      clock.cancel(flushTimer);
      queue.shutDown();
    },
  };
}
