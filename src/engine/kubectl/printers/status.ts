/**
 * The STATUS words kubectl computes: `printPod` for pods (a pod's phase refined by the first
 * unfinished init container, then by container reasons scanned last to first) and `printNode`
 * for nodes. These are also the page's `data-status` (DESIGN.md), so they live apart from tables.
 */
import type { Era } from '../../contract';
import type { Container, ContainerStatus, Node, Pod, PodCondition } from '../../types';
import { timeOf } from './format/goTime';

/** What `printPod` derives from a pod besides its name and age. */
export interface PodSummary {
  /** The STATUS column. */
  status: string;
  readyContainers: number;
  totalContainers: number;
  restarts: number;
  /** When the most recent restart's previous run finished (ms), if any container restarted. */
  lastRestartMs: number | undefined;
}

// Sidecars: init containers with restartPolicy Always (absent from this model's Container type).
const isRestartable = (c: Container | undefined): boolean =>
  (c as { restartPolicy?: string } | undefined)?.restartPolicy === 'Always';

const conditionTrue = (conditions: readonly PodCondition[] | undefined, type: string): boolean =>
  conditions?.find((c) => c.type === type)?.status === 'True';

const lastFinished = (status: ContainerStatus): number | undefined => {
  const finishedAt = status.lastState?.terminated?.finishedAt;
  return status.lastState?.terminated ? timeOf(finishedAt) : undefined;
};

/** Why a terminated container stopped, as `printPod` words it (`Error`, `Signal:9`, `ExitCode:2`). */
const terminatedReason = (
  t: NonNullable<ContainerStatus['state']['terminated']>,
  prefix: string,
): string => {
  if (t.reason) return prefix + t.reason;
  return t.signal ? `${prefix}Signal:${t.signal}` : `${prefix}ExitCode:${t.exitCode}`;
};

/** kubectl's `printPod` (pkg/printers/internalversion), minus the columns. */
export function summarizePod(pod: Pod): PodSummary {
  const status = pod.status ?? {};
  const initSpecs = pod.spec.initContainers ?? [];
  const initByName = new Map(initSpecs.map((c) => [c.name, c]));
  const total = pod.spec.containers.length + initSpecs.filter(isRestartable).length;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: number | undefined;
  let lastSidecarRestart: number | undefined;
  const later = (a: number | undefined, b: number | undefined): number | undefined =>
    b === undefined ? a : a === undefined || b > a ? b : a;

  let reason: string = status.reason || status.phase || '';
  if (status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) {
    reason = 'SchedulingGated';
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i] as ContainerStatus;
    restarts += c.restartCount;
    lastRestart = later(lastRestart, lastFinished(c));
    const spec = initByName.get(c.name);
    if (isRestartable(spec)) {
      sidecarRestarts += c.restartCount;
      lastSidecarRestart = later(lastSidecarRestart, lastFinished(c));
    }
    const { terminated, waiting } = c.state ?? {};
    if (terminated && terminated.exitCode === 0) continue;
    if (isRestartable(spec) && c.started) {
      if (c.ready) ready++;
      continue;
    }
    initializing = true;
    if (terminated) reason = terminatedReason(terminated, 'Init:');
    else if (waiting?.reason && waiting.reason !== 'PodInitializing')
      reason = `Init:${waiting.reason}`;
    else reason = `Init:${i}/${initSpecs.length}`;
    break;
  }

  if (!initializing || conditionTrue(status.conditions, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Last to first, so the first container's reason wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i] as ContainerStatus;
      restarts += c.restartCount;
      lastRestart = later(lastRestart, lastFinished(c));
      const { waiting, terminated, running } = c.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated) reason = terminatedReason(terminated, '');
      else if (c.ready && running) {
        hasRunning = true;
        ready++;
      }
    }
    // A finished sidecar-style container next to a running one does not make the pod Completed.
    if (reason === 'Completed' && hasRunning) {
      reason = conditionTrue(status.conditions, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp) {
    if (status.reason === 'NodeLost') reason = 'Unknown';
    else if (status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';
  }
  const lastRestartMs =
    lastRestart !== undefined && Number.isFinite(lastRestart) ? lastRestart : undefined;
  return {
    status: reason,
    readyContainers: ready,
    totalContainers: total,
    restarts,
    lastRestartMs,
  };
}

/**
 * The STATUS column of `kubectl get pods`: modern kubectl's `printPod` algorithm; 2015 kubectl
 * printed the pod's phase.
 * @example podStatus(crashingPod, 'modern') // 'CrashLoopBackOff'
 */
export function podStatus(pod: Pod, era: Era): string {
  if (era === '2015') return pod.status?.phase ?? '';
  return summarizePod(pod).status;
}

/**
 * `Ready`, `NotReady` (condition False or Unknown), `Unknown` (no Ready condition), with
 * `,SchedulingDisabled` for a cordoned node. Same in both eras.
 */
export function nodeStatus(node: Node): string {
  const readyCondition = node.status?.conditions?.find((c) => c.type === 'Ready');
  const words = [
    readyCondition ? (readyCondition.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown',
  ];
  if (node.spec.unschedulable) words.push('SchedulingDisabled');
  return words.join(',');
}
