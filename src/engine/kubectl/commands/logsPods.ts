/**
 * What `logs` and `exec` share: which pod a `TYPE/NAME` stands for (kubectl's
 * `polymorphichelpers`), which container a bare pod name means (`podcmd`), the kubelet's own
 * checks before it serves a container's log, and how a dial to an unreachable kubelet fails.
 */
import { isStatusError } from '../../api/status';
import type { ResourceInfo } from '../../api/resources';
import { selectorFromLabelSelector, selectorFromSet, type Selector } from '../../labels/selector';
import type { Era } from '../../contract';
import type { AnyObject, ContainerStatus, Pod } from '../../types';
import type { KubectlContext } from '../context';
import { formatStatusError } from '../errors';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** `podcmd.AllContainerNames`: regular containers, then init containers marked `(init)`. */
export function allContainerNames(pod: Pod): string {
  return [
    ...pod.spec.containers.map((c) => c.name),
    ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

export function hasContainer(pod: Pod, name: string): boolean {
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.name === name);
}

/**
 * The container kubectl picks when none is named: the annotated default if it exists, else the
 * first one, saying so on stderr when there was a choice.
 */
export function defaultContainer(pod: Pod, quiet: boolean): { name: string; notice?: string } {
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  if (annotated && hasContainer(pod, annotated)) return { name: annotated };
  const first = pod.spec.containers[0]?.name ?? '';
  const choice = pod.spec.containers.length > 1 || (pod.spec.initContainers ?? []).length > 0;
  return choice && !quiet
    ? { name: first, notice: `Defaulted container "${first}" out of: ${allContainerNames(pod)}` }
    : { name: first };
}

/** `SelectorsForObject`: the pods a controller or service stands for. */
export function podSelectorOf(obj: AnyObject): Selector | string {
  switch (obj.kind) {
    case 'ReplicationController':
      return selectorFromSet(obj.spec.selector);
    case 'Service':
      return selectorFromSet(obj.spec.selector);
    case 'ReplicaSet':
    case 'Deployment':
      return selectorFromLabelSelector(obj.spec.selector);
    default:
      return `selector for *v1.${obj.kind} not implemented`;
  }
}

const isReady = (pod: Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const readySince = (pod: Pod): string =>
  pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime ?? '';
const maxRestarts = (pod: Pod): number =>
  Math.max(0, ...(pod.status?.containerStatuses ?? []).map((s) => s.restartCount));

/** `podutils.ByLogging`: the pod most worth reading first (bound, running, ready longest…). */
export function byLogging(a: Pod, b: Pod): number {
  const aBound = !!a.spec.nodeName;
  if (aBound !== !!b.spec.nodeName) return aBound ? -1 : 1;
  // Go's map lookup gives 0 for Succeeded and Failed, so they rank with Running
  const rank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };
  const ra = rank[a.status?.phase ?? ''] ?? 0;
  const rb = rank[b.status?.phase ?? ''] ?? 0;
  if (ra !== rb) return ra - rb;
  if (isReady(a) !== isReady(b)) return isReady(a) ? -1 : 1;
  if (isReady(a) && readySince(a) !== readySince(b)) return readySince(a) < readySince(b) ? -1 : 1;
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(b) - maxRestarts(a);
  const ca = a.metadata.creationTimestamp ?? '';
  const cb = b.metadata.creationTimestamp ?? '';
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

/**
 * `sort.Reverse(podutils.ActivePods)`, which `exec` and `attach` use: the most established pod
 * first (bound, running, ready, ready longest, fewest restarts, oldest).
 */
export function byActiveReversed(a: Pod, b: Pod): number {
  const aBound = !!a.spec.nodeName;
  if (aBound !== !!b.spec.nodeName) return aBound ? -1 : 1;
  const rank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
  const ra = rank[a.status?.phase ?? ''] ?? 0;
  const rb = rank[b.status?.phase ?? ''] ?? 0;
  if (ra !== rb) return rb - ra;
  if (isReady(a) !== isReady(b)) return isReady(a) ? -1 : 1;
  if (isReady(a) && readySince(a) !== readySince(b)) return readySince(a) < readySince(b) ? -1 : 1;
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) - maxRestarts(b);
  const ca = a.metadata.creationTimestamp ?? '';
  const cb = b.metadata.creationTimestamp ?? '';
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

export type Found<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The object `TYPE/NAME` (or a bare pod name) names. `notFoundSuffix` is `logs`' wrapping:
 * since 1.30 it re-words NotFound as `error from server (NotFound): … in namespace "x"`.
 */
export function getNamed(
  ctx: KubectlContext,
  info: ResourceInfo,
  namespace: string,
  name: string,
  wrapNotFound: boolean,
): Found<AnyObject> {
  try {
    return { ok: true, value: ctx.api.get(info.kind, namespace, name) };
  } catch (e) {
    if (!isStatusError(e)) throw e;
    if (wrapNotFound && e.reason === 'NotFound' && ctx.era === 'modern')
      return {
        ok: false,
        error: `error: error from server (NotFound): ${e.status.message} in namespace "${namespace}"`,
      };
    return { ok: false, error: formatStatusError(e, ctx.era) };
  }
}

/**
 * The pods behind a controller or service, best first. kubectl watches for up to
 * `--pod-running-timeout` when there are none yet; the wait takes simulated time, one second a
 * step, as the watch would have at a terminal.
 */
export function podsFor(
  ctx: KubectlContext,
  obj: AnyObject,
  timeoutMs: number,
  order: (a: Pod, b: Pod) => number,
  purpose: 'cannot get the logs from' | 'cannot attach to',
): Found<Pod[]> {
  if (obj.kind === 'Pod') return { ok: true, value: [obj] };
  const selector = podSelectorOf(obj);
  if (typeof selector === 'string')
    return { ok: false, error: `error: ${purpose} *v1.${obj.kind}: ${selector}` };
  const namespace = obj.metadata.namespace ?? 'default';
  for (let waited = 0; ; waited += 1000) {
    const pods = ctx.api.list('Pod', { namespace, labelSelector: selector });
    if (pods.length > 0) return { ok: true, value: [...pods].sort(order) };
    if (waited >= timeoutMs)
      return { ok: false, error: 'error: timed out waiting for the condition' };
    ctx.clock.advance(1000);
  }
}

/** The API server could not reach the kubelet at `<nodeIP>:10250`. */
export function dialError(era: Era, nodeIP: string): string {
  // Go 1.4 (2015) printed the bare errno; Go ≥1.5 names the failing syscall.
  return era === 'modern'
    ? `dial tcp ${nodeIP}:10250: connect: no route to host`
    : `dial tcp ${nodeIP}:10250: no route to host`;
}

/**
 * The kubelet's `validateContainerLogStatus`: which instance a log request reads, or why there
 * is none. kubesim's terminated states carry no container ID, so only their presence counts.
 */
export function containerLogProblem(
  pod: Pod,
  container: string,
  previous: boolean,
): string | undefined {
  const all: ContainerStatus[] = [
    ...(pod.status?.containerStatuses ?? []),
    ...(pod.status?.initContainerStatuses ?? []),
  ];
  const status = all.find((s) => s.name === container);
  const pod_ = pod.metadata.name;
  // Until the kubelet reports, its own status for the container is "ContainerCreating".
  const state = status?.state ?? { waiting: { reason: 'ContainerCreating' } };
  const last = status?.lastState ?? {};
  if (previous)
    return last.terminated
      ? undefined
      : `previous terminated container "${container}" in pod "${pod_}" not found`;
  if (state.running || state.terminated || last.terminated) return undefined;
  const reason = state.waiting?.reason ?? 'ContainerCreating';
  const why =
    reason === 'ErrImagePull'
      ? "image can't be pulled"
      : reason === 'ImagePullBackOff'
        ? 'trying and failing to pull image'
        : reason;
  return `container "${container}" in pod "${pod_}" is waiting to start: ${why}`;
}
