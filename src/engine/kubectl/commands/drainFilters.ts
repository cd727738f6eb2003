/**
 * kubectl drain's pod filters (`k8s.io/kubectl/pkg/drain/filters.go`, kubectl 1.31): which
 * pods on the node are evicted, which are left alone, and which stop the drain — with the
 * exact words, including 1.31's doubled "cannot delete cannot delete" for bare pods (the
 * message already starts with "cannot delete" and `errors()` adds it again; fixed in 1.36).
 */
import type { Pod } from '../../types';
import { parseRFC3339 } from '../../util/time';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

export interface DrainFlags {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  /** `--skip-wait-for-delete-timeout` in seconds; 0 never skips. */
  skipWaitForDeleteTimeout: number;
  nowWallMs: number;
  /** Whether the DaemonSet a pod names still exists (kubesim serves none, so: never). */
  daemonSetExists: (namespace: string, name: string) => boolean;
}

export interface PodDeleteStatus {
  delete: boolean;
  reason: 'Okay' | 'Skip' | 'Warning' | 'Error';
  message?: string;
}

const okay: PodDeleteStatus = { delete: true, reason: 'Okay' };
const skip: PodDeleteStatus = { delete: false, reason: 'Skip' };
const warn = (del: boolean, message: string): PodDeleteStatus => ({
  delete: del,
  reason: 'Warning',
  message,
});
const fail = (message: string): PodDeleteStatus => ({ delete: false, reason: 'Error', message });

const finished = (pod: Pod): boolean =>
  pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
const controllerOf = (pod: Pod) => pod.metadata.ownerReferences?.find((r) => r.controller);

type Filter = (pod: Pod, f: DrainFlags) => PodDeleteStatus;

const skipDeleted: Filter = (pod, f) => {
  const since = pod.metadata.deletionTimestamp;
  if (f.skipWaitForDeleteTimeout > 0 && since) {
    const age = Math.floor((f.nowWallMs - (parseRFC3339(since) ?? f.nowWallMs)) / 1000);
    if (age > f.skipWaitForDeleteTimeout) return skip;
  }
  return okay;
};

const daemonSet: Filter = (pod, f) => {
  const ref = controllerOf(pod);
  if (!ref || ref.kind !== 'DaemonSet' || finished(pod)) return okay;
  const ns = pod.metadata.namespace ?? 'default';
  if (!f.daemonSetExists(ns, ref.name)) {
    const notFound = `daemonsets.apps "${ref.name}" not found`;
    return f.force ? warn(true, notFound) : fail(notFound);
  }
  return f.ignoreDaemonSets ? warn(false, DAEMONSET_WARNING) : fail(DAEMONSET_FATAL);
};

const mirror: Filter = (pod) =>
  pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined ? skip : okay;

const localStorage: Filter = (pod, f) => {
  if (!(pod.spec.volumes ?? []).some((v) => v.emptyDir) || finished(pod)) return okay;
  return f.deleteEmptyDirData ? warn(true, LOCAL_STORAGE_WARNING) : fail(LOCAL_STORAGE_FATAL);
};

const unreplicated: Filter = (pod, f) => {
  if (finished(pod) || controllerOf(pod)) return okay;
  return f.force ? warn(true, UNMANAGED_WARNING) : fail(UNMANAGED_FATAL);
};

const FILTERS: readonly Filter[] = [skipDeleted, daemonSet, mirror, localStorage, unreplicated];

export interface PodDeleteList {
  items: { pod: Pod; status: PodDeleteStatus }[];
}

/** Each pod through the filters in order; the first that keeps it decides, else the last. */
export function filterPods(pods: readonly Pod[], f: DrainFlags): PodDeleteList {
  return {
    items: pods.map((pod) => {
      let status = okay;
      for (const filter of FILTERS) {
        status = filter(pod, f);
        if (!status.delete) break;
      }
      return { pod, status };
    }),
  };
}

export const podsToDelete = (l: PodDeleteList): Pod[] =>
  l.items.filter((i) => i.status.delete).map((i) => i.pod);

const ref = (pod: Pod): string => `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;

/** Pods grouped by message, in the order the messages first appear (Go's map order is random). */
function grouped(l: PodDeleteList, reason: 'Warning' | 'Error'): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const i of l.items) {
    if (i.status.reason !== reason) continue;
    const message = i.status.message || 'unexpected error';
    groups.set(message, [...(groups.get(message) ?? []), ref(i.pod)]);
  }
  return [...groups];
}

/** `Warnings()`: `msg: ns/a, ns/b; msg2: …`, or '' when there are none. */
export function deleteWarnings(l: PodDeleteList): string {
  return grouped(l, 'Warning')
    .map(([m, pods]) => `${m}: ${pods.join(', ')}`)
    .join('; ');
}

/** `errors()`: one error per message. */
export function deleteErrors(l: PodDeleteList): string[] {
  return grouped(l, 'Error').map(([m, pods]) => `cannot delete ${m}: ${pods.join(', ')}`);
}
