/**
 * Module-level selectors. Lists select sorted id arrays (use them with `useShallow`, so a list
 * re-renders only when its membership or order changes); an item selects its own entry, whose
 * reference changes only when that object does.
 */
import type { Node, Pod } from '../engine/types';
import type { MirrorEntry } from './mirror';
import type { ClusterState } from './store';

export const selectEngine = (s: ClusterState) => s.engine;
export const selectCluster = (s: ClusterState) => s.cluster;
export const selectClock = (s: ClusterState) => s.clock;
export const selectConsoleEntries = (s: ClusterState) => s.console.entries;
export const selectHistory = (s: ClusterState) => s.console.history;

const byName = new Intl.Collator('en', { numeric: true });

const nodeEntries = (s: ClusterState): MirrorEntry[] => Object.values(s.mirror.objects.Node ?? {});
const podEntries = (s: ClusterState): MirrorEntry[] => Object.values(s.mirror.objects.Pod ?? {});
const bySeq = (a: MirrorEntry, b: MirrorEntry): number => a.seq - b.seq;

/** Node ids in name order, `node-2` before `node-10`, as the minions grid shows them. */
export const selectNodeIds = (s: ClusterState): string[] =>
  nodeEntries(s)
    .map((e) => e.id)
    .sort((a, b) => byName.compare(a, b));

export const selectNodeCount = (s: ClusterState): number => nodeEntries(s).length;

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
  (s: ClusterState): string[] =>
    podEntries(s)
      .filter((e) => (e.object as Pod).spec.nodeName === nodeName)
      .sort(bySeq)
      .map((e) => e.id);

/** Pods the scheduler has not bound yet. */
export const selectPendingPodIds = (s: ClusterState): string[] =>
  podEntries(s)
    .filter((e) => !(e.object as Pod).spec.nodeName)
    .sort(bySeq)
    .map((e) => e.id);

/** Pods bound to a node the cluster does not have (a node deleted under them). */
export const selectPodIdsOnMissingNodes = (s: ClusterState): string[] => {
  const nodes = s.mirror.objects.Node ?? {};
  return podEntries(s)
    .filter((e) => {
      const nodeName = (e.object as Pod).spec.nodeName;
      return nodeName !== undefined && nodeName !== '' && !nodes[nodeName];
    })
    .sort(bySeq)
    .map((e) => e.id);
};

export type PodEntry = MirrorEntry & { kind: 'Pod'; object: Pod };
export type NodeEntry = MirrorEntry & { kind: 'Node'; object: Node };
