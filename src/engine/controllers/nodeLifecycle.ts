/**
 * The node lifecycle controller (k8s-reference §6). Every `node-monitor-period` it looks at each
 * node's last heartbeat. After `node-monitor-grace-period` (40 s) of silence the node's
 * conditions turn Unknown (`Kubelet stopped posting node status.`) and its pods are marked not
 * ready, so Services stop sending them traffic. Then the pods go:
 * - modern: the node is tainted `node.kubernetes.io/unreachable` (NoSchedule, NoExecute); each pod
 *   tolerates that for its tolerationSeconds (300 s by default) and is then deleted — it stays
 *   Terminating until its kubelet comes back to finish the job;
 * - 2015: after `pod-eviction-timeout` (5 min) the controller deletes every pod on the node.
 * Controllers replace what they own on healthy nodes; bare pods are gone for good.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { Timings } from '../timings';
import type { Node, NodeCondition, Pod, Taint } from '../types';
import { clone } from '../util/freeze';

export const UNREACHABLE = 'node.kubernetes.io/unreachable';
export const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
const SILENT_MESSAGE = 'Kubelet stopped posting node status.';

const readyOf = (node: Node): NodeCondition | undefined =>
  node.status?.conditions?.find((c) => c.type === 'Ready');

/** How long each pod tolerates the unreachable NoExecute taint (undefined: forever). */
export function tolerationSecondsFor(pod: Pod): number | undefined | 0 {
  const t = (pod.spec.tolerations ?? []).find(
    (t) =>
      (t.key === UNREACHABLE || (!t.key && t.operator === 'Exists')) &&
      (!t.effect || t.effect === 'NoExecute'),
  );
  if (!t) return 0;
  return t.tolerationSeconds;
}

export function startNodeLifecycleController(
  api: ApiClient,
  events: EventRecorder,
  clock: SimClock,
  timings: Timings,
  era: Era,
): () => void {
  /** node name → wall ms when we saw it go silent */
  const silentSince = new Map<string, number>();
  /** node name → the last heartbeat seen, and the wall ms it was seen at */
  const observed = new Map<string, { beat: string; at: number }>();
  let stopped = false;

  const safely = (write: () => void): void => {
    try {
      write();
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  };

  function monitor(): void {
    if (stopped) return;
    const nowMs = clock.wallMs;
    for (const node of api.api.list('Node')) check(node, nowMs);
    clock.after(timings.nodeMonitorPeriodMs, monitor);
  }

  function check(node: Node, nowMs: number): void {
    const name = node.metadata.name;
    if (era === 'modern') taintUnschedulable(node);
    const ready = readyOf(node);
    // like the real controller, time silence from when *this* controller saw the heartbeat
    // change (its probe timestamp), so a restarted controller gives every node a full grace
    const beat = ready?.lastHeartbeatTime ?? '';
    const seen = observed.get(name);
    if (!seen || seen.beat !== beat) observed.set(name, { beat, at: nowMs });
    const heartbeat = observed.get(name)?.at ?? nowMs;
    const silent = nowMs - heartbeat > timings.nodeMonitorGracePeriodMs;
    if (silent && ready?.status !== 'Unknown') markUnknown(node);
    if (!silent) {
      if (silentSince.has(name)) recover(node);
      return;
    }
    if (!silentSince.has(name)) silentSince.set(name, nowMs);
    evict(node, nowMs, silentSince.get(name) ?? nowMs);
  }

  function markUnknown(node: Node): void {
    const now = clock.timestamp();
    const next = clone(node);
    next.status = {
      ...next.status,
      conditions: (node.status?.conditions ?? []).map((c) => ({
        ...c,
        status: 'Unknown',
        reason: 'NodeStatusUnknown',
        message: SILENT_MESSAGE,
        lastTransitionTime: now,
      })),
    };
    safely(() => api.updateStatus(next));
    events.record({
      involved: node,
      type: 'Normal',
      reason: 'NodeNotReady',
      message: `Node ${node.metadata.name} status is now: NodeNotReady`,
      source: { component: 'node-controller' },
    });
    if (era === 'modern') setTaints(node.metadata.name, true, now);
    for (const pod of podsOn(node.metadata.name)) markPodNotReady(pod, now);
  }

  /** TaintNodesByCondition: a cordoned node carries the `unschedulable` NoSchedule taint. */
  function taintUnschedulable(node: Node): void {
    const has = (node.spec.taints ?? []).some((t) => t.key === UNSCHEDULABLE);
    const wants = node.spec.unschedulable === true;
    if (has === wants) return;
    const next = clone(node);
    const others = (node.spec.taints ?? []).filter((t) => t.key !== UNSCHEDULABLE);
    const taints: Taint[] = wants
      ? [...others, { key: UNSCHEDULABLE, effect: 'NoSchedule', timeAdded: clock.timestamp() }]
      : others;
    if (taints.length) next.spec.taints = taints;
    else delete next.spec.taints;
    safely(() => api.update(next));
  }

  function recover(node: Node): void {
    silentSince.delete(node.metadata.name);
    if (era === 'modern') setTaints(node.metadata.name, false, clock.timestamp());
  }

  function setTaints(nodeName: string, on: boolean, now: string): void {
    const live = api.api.find('Node', undefined, nodeName);
    if (!live) return;
    const others = (live.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE);
    const taints: Taint[] = on
      ? [
          ...others,
          { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: now },
          { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now },
        ]
      : others;
    const next = clone(live);
    if (taints.length) next.spec.taints = taints;
    else delete next.spec.taints;
    safely(() => api.update(next));
  }

  function markPodNotReady(pod: Pod, now: string): void {
    const next = clone(pod);
    const conditions = (pod.status?.conditions ?? []).map((c) =>
      c.type === 'Ready' || c.type === 'ContainersReady'
        ? { ...c, status: 'False' as const, lastTransitionTime: now }
        : c,
    );
    next.status = { ...next.status, conditions };
    safely(() => api.updateStatus(next));
  }

  function evict(node: Node, nowMs: number, since: number): void {
    for (const pod of podsOn(node.metadata.name)) {
      if (pod.metadata.deletionTimestamp) continue;
      const tolerated =
        era === 'modern' ? tolerationSecondsFor(pod) : timings.podEvictionTimeoutMs / 1000;
      if (tolerated === undefined) continue; // tolerates forever
      const limitMs =
        era === 'modern' && tolerated === 300 ? timings.podEvictionTimeoutMs : tolerated * 1000;
      if (nowMs - since < limitMs) continue;
      events.record({
        involved: pod,
        type: 'Normal',
        reason: era === 'modern' ? 'TaintManagerEviction' : 'NodeControllerEviction',
        message: `Marking for deletion Pod ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`,
        source: { component: era === 'modern' ? 'taint-eviction-controller' : 'node-controller' },
      });
      safely(() => api.delete('Pod', pod.metadata.namespace, pod.metadata.name));
    }
  }

  const podsOn = (nodeName: string): Pod[] =>
    api.api.list('Pod', { fieldSelector: (p) => (p as Pod).spec.nodeName === nodeName });

  clock.after(timings.nodeMonitorPeriodMs, monitor);
  return () => {
    stopped = true;
  };
}
