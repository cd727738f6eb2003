/**
 * How the kubelet words a pod's status from what it knows of the pod's containers: the phase
 * (`getPhase`), the kubelet-owned conditions (`pkg/kubelet/status/generate.go`), the container
 * statuses and the container states with their reasons. Pure: the lifecycle decides *when*
 * containers change; this module only says what the API object then reads.
 *
 * `containers` is every container the kubelet has a runtime state for — init and regular ones,
 * matched to the spec by name (names are unique across both lists). A spec container without a
 * state is "unknown", as in the kubelet.
 */
import type { Era } from '../contract';
import { jsonEqual } from '../util/json';
import type {
  ContainerState,
  ContainerStatus,
  Pod,
  PodCondition,
  PodPhase,
  RestartPolicy,
} from '../types';

/** What the kubelet knows about one container (its runtime's answer, plus probe results). */
export interface ContainerRuntimeState {
  name: string;
  image: string;
  imageID?: string;
  containerID?: string;
  state: ContainerState;
  lastState: ContainerState;
  restartCount: number;
  /** Regular containers: running and readiness passed. Init containers: exited 0. */
  ready: boolean;
  started?: boolean;
}

type Status = PodCondition['status'];

/** Condition reasons, spelled as `pkg/kubelet/status` spells them. */
const CONTAINERS_NOT_READY = 'ContainersNotReady';
const CONTAINERS_NOT_INITIALIZED = 'ContainersNotInitialized';
const UNKNOWN_CONTAINER_STATUSES = 'UnknownContainerStatuses';
const POD_COMPLETED = 'PodCompleted';
const POD_FAILED = 'PodFailed';

/** The condition types the kubelet writes; any others (DisruptionTarget, …) it carries over. */
const KUBELET_CONDITIONS = new Set([
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
]);

const restartPolicyOf = (pod: Pod): RestartPolicy =>
  (pod.spec.restartPolicy as RestartPolicy | undefined) ?? 'Always';

const stateByName = (
  containers: readonly ContainerRuntimeState[],
): Map<string, ContainerRuntimeState> => new Map(containers.map((c) => [c.name, c]));

/** Go prints a `[]string` with `%s` as `[a b]`. */
const goList = (names: readonly string[]): string => `[${names.join(' ')}]`;

/**
 * The pod's phase, as the kubelet's `getPhase` counts it. A container waiting *after* it has run
 * (CrashLoopBackOff) counts as stopped, not waiting — so a crash-looping pod stays Running,
 * while a container that never ran (ContainerCreating, ImagePullBackOff) keeps the pod Pending.
 * `podIsTerminal` is the kubelet's verdict that nothing will restart (the pod is being deleted
 * or evicted): then a pod whose containers all stopped is Succeeded or Failed whatever its
 * restartPolicy.
 * @example podPhase(pod, [{ ...web, state: waiting('CrashLoopBackOff', msg), lastState: terminated(1, a, b) }]) // 'Running'
 */
export function podPhase(
  pod: Pod,
  containers: readonly ContainerRuntimeState[],
  podIsTerminal = false,
): PodPhase {
  const byName = stateByName(containers);
  const policy = restartPolicyOf(pod);

  let pendingInitialization = 0;
  let failedInitialization = 0;
  for (const spec of pod.spec.initContainers ?? []) {
    const c = byName.get(spec.name);
    // An init container that failed before and now waits to retry counts as failed, not pending.
    const finished =
      c && !c.state.running
        ? (c.state.terminated ?? (c.state.waiting && c.lastState.terminated))
        : undefined;
    if (!finished) pendingInitialization++;
    else if (finished.exitCode !== 0) failedInitialization++;
  }

  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const spec of pod.spec.containers) {
    const c = byName.get(spec.name);
    if (!c) unknown++;
    else if (c.state.running) running++;
    else if (c.state.terminated) {
      stopped++;
      if (c.state.terminated.exitCode === 0) succeeded++;
    } else if (c.state.waiting) {
      if (c.lastState.terminated) stopped++;
      else waiting++;
    } else unknown++;
  }

  if (failedInitialization > 0 && policy === 'Never') return 'Failed';
  if (pendingInitialization > 0 || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running'; // every container is on its way back
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running'; // OnFailure: the failed ones are restarting
  }
  return 'Pending';
}

interface Fresh {
  type: string;
  status: Status;
  reason?: string;
  message?: string;
}

const fresh = (type: string, status: Status, reason?: string, message?: string): Fresh => ({
  type,
  status,
  ...(reason ? { reason } : {}),
  ...(message ? { message } : {}),
});

/** False until the sandbox's network is up (the pod has an IP) and again once the pod is done. */
function readyToStartContainers(pod: Pod, phase: PodPhase): Fresh {
  const sandboxUp = Boolean(pod.status?.podIP) && phase !== 'Succeeded' && phase !== 'Failed';
  return fresh('PodReadyToStartContainers', sandboxUp ? 'True' : 'False');
}

function initialized(pod: Pod, byName: Map<string, ContainerRuntimeState>, phase: PodPhase): Fresh {
  const inits = pod.spec.initContainers ?? [];
  if (inits.length === 0) return fresh('Initialized', 'True');
  if (byName.size === 0) return fresh('Initialized', 'False', UNKNOWN_CONTAINER_STATUSES);
  const unknown = inits.filter((c) => !byName.has(c.name)).map((c) => c.name);
  const incomplete = inits.filter((c) => byName.get(c.name)?.ready === false).map((c) => c.name);
  if (phase === 'Succeeded' && unknown.length === 0)
    return fresh('Initialized', 'True', POD_COMPLETED);
  // A regular container that has run means initialization finished once already.
  const regularStarted = pod.spec.containers.some((c) => {
    const state = byName.get(c.name)?.state;
    return Boolean(state?.running ?? state?.terminated);
  });
  if (regularStarted) return fresh('Initialized', 'True');
  const messages = [
    ...(unknown.length ? [`containers with unknown status: ${goList(unknown)}`] : []),
    ...(incomplete.length ? [`containers with incomplete status: ${goList(incomplete)}`] : []),
  ];
  if (messages.length === 0) return fresh('Initialized', 'True');
  return fresh('Initialized', 'False', CONTAINERS_NOT_INITIALIZED, messages.join(', '));
}

function containersReady(
  pod: Pod,
  byName: Map<string, ContainerRuntimeState>,
  phase: PodPhase,
): Fresh {
  if (byName.size === 0) return fresh('ContainersReady', 'False', UNKNOWN_CONTAINER_STATUSES);
  const names = pod.spec.containers.map((c) => c.name);
  const unknown = names.filter((n) => !byName.has(n));
  const unready = names.filter((n) => byName.get(n)?.ready === false);
  // A finished pod is not ready even if a container still says so while it is being stopped.
  if (phase === 'Succeeded' && unknown.length === 0)
    return fresh('ContainersReady', 'False', POD_COMPLETED);
  if (phase === 'Failed') return fresh('ContainersReady', 'False', POD_FAILED);
  const messages = [
    ...(unknown.length ? [`containers with unknown status: ${goList(unknown)}`] : []),
    ...(unready.length ? [`containers with unready status: ${goList(unready)}`] : []),
  ];
  if (messages.length === 0) return fresh('ContainersReady', 'True');
  return fresh('ContainersReady', 'False', CONTAINERS_NOT_READY, messages.join(', '));
}

/**
 * The pod's conditions as the kubelet writes them. Modern: PodReadyToStartContainers,
 * Initialized, Ready, ContainersReady, PodScheduled (the kubelet's order), after any condition
 * it does not own (kept from `previous`). A condition whose status did not change keeps its
 * `lastTransitionTime`; one that changed (or is new) gets `nowTs`. `previous` defaults to the
 * pod's current conditions.
 *
 * 2015 (v1.0): only `Ready`, with neither times nor reasons — that kubelet had no other
 * condition and had just stopped writing transition times (kubernetes#14273).
 * @example podConditions(pod, [webCreating], now, 'modern')
 *   // Ready False ContainersNotReady "containers with unready status: [web]", …
 */
export function podConditions(
  pod: Pod,
  containers: readonly ContainerRuntimeState[],
  nowTs: string,
  era: Era,
  previous: readonly PodCondition[] = pod.status?.conditions ?? [],
): PodCondition[] {
  const byName = stateByName(containers);
  if (era === '2015') {
    const allReady = pod.spec.containers.every((c) => byName.get(c.name)?.ready === true);
    return [{ type: 'Ready', status: allReady && byName.size > 0 ? 'True' : 'False' }];
  }

  const phase = podPhase(pod, containers);
  const containersReadyCondition = containersReady(pod, byName, phase);
  const ready =
    containersReadyCondition.status === 'True'
      ? fresh('Ready', 'True')
      : { ...containersReadyCondition, type: 'Ready' };
  const generated = [
    readyToStartContainers(pod, phase),
    initialized(pod, byName, phase),
    ready,
    containersReadyCondition,
    fresh('PodScheduled', 'True'),
  ];

  const stamped = generated.map((c): PodCondition => {
    const before = previous.find((p) => p.type === c.type);
    const lastTransitionTime =
      before?.status === c.status && before.lastTransitionTime ? before.lastTransitionTime : nowTs;
    return {
      type: c.type,
      status: c.status,
      lastProbeTime: null,
      lastTransitionTime,
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.message ? { message: c.message } : {}),
    };
  });
  const carried = previous.filter((p) => !KUBELET_CONDITIONS.has(p.type)).map((p) => ({ ...p }));
  return [...carried, ...stamped];
}

const copyState = (s: ContainerState): ContainerState => ({
  ...(s.waiting ? { waiting: { ...s.waiting } } : {}),
  ...(s.running ? { running: { ...s.running } } : {}),
  ...(s.terminated ? { terminated: { ...s.terminated } } : {}),
});

/**
 * The API's container statuses, sorted by name as the kubelet sorts them (so kubectl's
 * last-to-first STATUS scan lets the alphabetically first container's reason win).
 */
export function containerStatuses(containers: readonly ContainerRuntimeState[]): ContainerStatus[] {
  return [...containers]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => ({
      name: c.name,
      state: copyState(c.state),
      lastState: copyState(c.lastState),
      ready: c.ready,
      restartCount: c.restartCount,
      image: c.image,
      imageID: c.imageID ?? '',
      ...(c.containerID !== undefined ? { containerID: c.containerID } : {}),
      ...(c.started !== undefined ? { started: c.started } : {}),
    }));
}

/** @example waiting('ContainerCreating') */
export function waiting(reason: string, message?: string): ContainerState {
  return { waiting: { reason, ...(message !== undefined ? { message } : {}) } };
}

/** @example running('2026-01-05T09:00:02Z') */
export function running(startedAt: string): ContainerState {
  return { running: { startedAt } };
}

/**
 * A finished container. Without a reason the runtime says `Completed` for exit 0 and `Error`
 * otherwise — including 137 from a kill; `OOMKilled` only when the caller says the kernel did it.
 * @example terminated(1, start, end) // { terminated: { exitCode: 1, reason: 'Error', … } }
 */
export function terminated(
  exitCode: number,
  startedAt: string,
  finishedAt: string,
  reason?: string,
): ContainerState {
  return {
    terminated: {
      exitCode,
      reason: reason ?? (exitCode === 0 ? 'Completed' : 'Error'),
      startedAt,
      finishedAt,
    },
  };
}

export { goDuration } from '../util/goDuration';
export { crashLoopBackOffMessage as crashLoopMessage } from './backoff';

export interface KubeletStatusInput {
  pod: Pod;
  states: readonly ContainerRuntimeState[];
  /** The pod has stopped for good (the modern kubelet writes its terminal phase first). */
  terminal: boolean;
  podIP: string | undefined;
  hostIP: string;
  startTime: string | undefined;
  /** RFC 3339 now, for condition transitions. */
  now: string;
  era: Era;
}

/** The status a kubelet reports for a pod it runs: phase, conditions, IPs, containers. */
export function kubeletPodStatus(input: KubeletStatusInput): NonNullable<Pod['status']> {
  const { pod, states, podIP, hostIP, era } = input;
  const modern = era === 'modern';
  return {
    phase: podPhase(pod, states, input.terminal),
    conditions: podConditions(
      { ...pod, status: { ...pod.status, ...(podIP ? { podIP } : {}) } },
      states,
      input.now,
      era,
    ),
    hostIP,
    ...(modern ? { hostIPs: [{ ip: hostIP }] } : {}),
    ...(podIP ? { podIP, ...(modern ? { podIPs: [{ ip: podIP }] } : {}) } : {}),
    ...(input.startTime ? { startTime: input.startTime } : {}),
    containerStatuses: containerStatuses(states),
  };
}

/**
 * Whether `status` says something the API server's copy (`live`) does not: only the fields the
 * kubelet writes count, and a condition's transition time alone is no news.
 */
export function statusDiffers(
  live: NonNullable<Pod['status']>,
  status: NonNullable<Pod['status']>,
): boolean {
  const comparable = (st: Pod['status']): unknown => ({
    ...st,
    conditions: st?.conditions?.map((c) => ({ ...c, lastTransitionTime: '' })),
  });
  const mine = Object.fromEntries(
    Object.keys(status).map((k) => [k, live[k as keyof typeof live]]),
  ) as Pod['status'];
  return !jsonEqual(comparable(mine), comparable(status));
}
