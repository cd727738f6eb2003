/**
 * Module-level selectors. Lists select sorted id arrays (use them with `useShallow`, so a list
 * re-renders only when its membership or order changes); an item selects its own entry, whose
 * reference changes only when that object does.
 */
import type { ControlPlaneComponent, ImagePullProgress, NodeStats } from '../engine/contract';
import type { Node, Pod } from '../engine/types';
import type { MirrorEntry } from './mirror';
import type { ClusterState } from './store';

export const selectEngine = (s: ClusterState) => s.engine;
export const selectCluster = (s: ClusterState) => s.cluster;
export const selectClock = (s: ClusterState) => s.clock;
export const selectConsoleEntries = (s: ClusterState) => s.console.entries;
export const selectHistory = (s: ClusterState) => s.console.history;

const byName = new Intl.Collator('en', { numeric: true });
const NONE: readonly string[] = Object.freeze([]);
type Entries = Readonly<Record<string, MirrorEntry>>;

/**
 * Derived lists are computed once per version of a kind's record (the mirror replaces the
 * record only when that kind changes), not on every clock tick that updates the store.
 */
function memoByRecord<T>(derive: (record: Entries) => T): (record: Entries | undefined) => T {
  const cache = new WeakMap<Entries, T>();
  const empty = derive({});
  return (record) => {
    if (!record) return empty;
    let value = cache.get(record);
    if (value === undefined) {
      value = derive(record);
      cache.set(record, value);
    }
    return value;
  };
}

const sortedNodeIds = memoByRecord((nodes) =>
  Object.keys(nodes).sort((a, b) => byName.compare(a, b)),
);

interface PodPlaces {
  byNode: Map<string, string[]>;
  pending: string[];
}

const podPlaces = memoByRecord((pods): PodPlaces => {
  const places: PodPlaces = { byNode: new Map(), pending: [] };
  for (const entry of Object.values(pods).sort((a, b) => a.seq - b.seq)) {
    const nodeName = (entry.object as Pod).spec.nodeName;
    if (!nodeName) places.pending.push(entry.id);
    else places.byNode.set(nodeName, [...(places.byNode.get(nodeName) ?? []), entry.id]);
  }
  return places;
});

/** Node ids in name order, `node-2` before `node-10`, as the minions grid shows them. */
export const selectNodeIds = (s: ClusterState): readonly string[] =>
  sortedNodeIds(s.mirror.objects.Node);

export const selectNodeCount = (s: ClusterState): number => selectNodeIds(s).length;

export const selectNode =
  (id: string) =>
  (s: ClusterState): NodeEntry | undefined =>
    s.mirror.objects.Node?.[id] as NodeEntry | undefined;

export const selectPod =
  (id: string) =>
  (s: ClusterState): PodEntry | undefined =>
    s.mirror.objects.Pod?.[id] as PodEntry | undefined;

/** Pods bound to `nodeName`, in arrival order, so a new pod never moves an old one. */
export const selectPodIdsOnNode =
  (nodeName: string) =>
  (s: ClusterState): readonly string[] =>
    podPlaces(s.mirror.objects.Pod).byNode.get(nodeName) ?? NONE;

/** Pods the scheduler has not bound yet. */
export const selectPendingPodIds = (s: ClusterState): readonly string[] =>
  podPlaces(s.mirror.objects.Pod).pending;

/** Pods bound to a node the cluster does not have (a node deleted under them). */
export const selectPodIdsOnMissingNodes = (s: ClusterState): readonly string[] => {
  const nodes = s.mirror.objects.Node ?? {};
  const stray: string[] = [];
  for (const [nodeName, ids] of podPlaces(s.mirror.objects.Pod).byNode) {
    if (!nodes[nodeName]) stray.push(...ids);
  }
  if (stray.length === 0) return NONE;
  const pods = s.mirror.objects.Pod ?? {};
  return stray.sort((a, b) => (pods[a]?.seq ?? 0) - (pods[b]?.seq ?? 0));
};

export type PodEntry = MirrorEntry & { kind: 'Pod'; object: Pod };
export type NodeEntry = MirrorEntry & { kind: 'Node'; object: Node };

// ---- the picture ----------------------------------------------------------------------------

export const selectEra = (s: ClusterState) => s.cluster?.era;
export const selectResourceVersion = (s: ClusterState): number => s.mirror.resourceVersion;

const objectCount = new WeakMap<object, number>();

/** How many objects the cluster stores (etcd's keys), recounted only when the mirror changes. */
export const selectStoredObjectCount = (s: ClusterState): number => {
  const objects = s.mirror.objects;
  let count = objectCount.get(objects);
  if (count === undefined) {
    count = 0;
    for (const record of Object.values(objects)) count += Object.keys(record ?? {}).length;
    objectCount.set(objects, count);
  }
  return count;
};

/** Whether a master component is up, as the host last reported. */
export const selectComponentRunning =
  (name: ControlPlaneComponent) =>
  (s: ClusterState): boolean =>
    s.stats.components[name];

/** cAdvisor's figures and the images of one node (a new object only when they change). */
export const selectNodeStats =
  (name: string) =>
  (s: ClusterState): NodeStats | undefined =>
    s.stats.nodes[name];

/** Whether a node's machine is on, off or cut from the network (`on` until stats arrive). */
export const selectNodePower =
  (name: string) =>
  (s: ClusterState): NodeStats['power'] =>
    s.stats.nodes[name]?.power ?? 'on';

/** The image pull in progress for one pod, if its node reports one. */
export const selectPullOfPod =
  (nodeName: string, namespace: string, pod: string) =>
  (s: ClusterState): ImagePullProgress | undefined =>
    s.stats.nodes[nodeName]?.pulls.find((p) => p.namespace === namespace && p.pod === pod);

/** Whether the Inspector shows this drawn object. */
export const selectIsSelected =
  (kind: string, id: string) =>
  (s: ClusterState): boolean =>
    s.ui.selected?.kind === kind && s.ui.selected.id === id;

/** More nodes than this and the grid draws compact tiles (UX.md "Big clusters"). */
export const COMPACT_NODES_ABOVE = 30;
/** More pods than this on a node and they become small squares. */
export const COMPACT_PODS_ABOVE = 20;

export const selectCompactNodes = (s: ClusterState): boolean =>
  selectNodeCount(s) > COMPACT_NODES_ABOVE;

/** Why pods wait: each distinct scheduler message (PodScheduled=False) with how many pods. */
export interface PendingReason {
  message: string;
  pods: number;
}

const pendingReasons = memoByRecord((pods): readonly PendingReason[] => {
  const counts = new Map<string, number>();
  for (const entry of Object.values(pods)) {
    const pod = entry.object as Pod;
    if (pod.spec.nodeName) continue;
    const message = pod.status?.conditions?.find(
      (c) => c.type === 'PodScheduled' && c.status === 'False',
    )?.message;
    if (message) counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts]
    .map(([message, n]) => ({ message, pods: n }))
    .sort((a, b) => b.pods - a.pods || (a.message < b.message ? -1 : 1));
});

/** The scheduler's reasons for the Pending area, most common first (one list per mirror). */
export const selectPendingReasons = (s: ClusterState): readonly PendingReason[] =>
  pendingReasons(s.mirror.objects.Pod);
