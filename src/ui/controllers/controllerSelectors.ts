/** The controllers band's lists: top-level controllers, and each Deployment's ReplicaSets. */
import type { MirrorEntry } from '../../state/mirror';
import type { ControllerKind } from '../../state/controllers';
import { namespaceOf } from '../../state/selection';
import type { ClusterState } from '../../state/store';

type Entries = Readonly<Record<string, MirrorEntry>>;

export interface ControllerRef {
  kind: ControllerKind;
  id: string;
}

interface Lists {
  top: readonly ControllerRef[];
  /** ReplicaSet ids by their Deployment's id, oldest first. */
  byDeployment: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<ClusterState['mirror']['objects'], Lists>();
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * The band lists each ReplicationController, each Deployment, and each ReplicaSet no
 * Deployment controls, in arrival order (a new controller never moves an old one); a
 * Deployment's ReplicaSets are drawn inside it, the way `kubectl rollout` thinks of them.
 */
export function controllerLists(
  rcs: Entries | undefined,
  rss: Entries | undefined,
  deployments: Entries | undefined,
): Lists {
  const byDeployment = new Map<string, string[]>();
  const top: (ControllerRef & { seq: number })[] = [];
  for (const e of Object.values(rcs ?? {}))
    top.push({ kind: 'ReplicationController', id: e.id, seq: e.seq });
  for (const e of Object.values(deployments ?? {}))
    top.push({ kind: 'Deployment', id: e.id, seq: e.seq });
  for (const e of Object.values(rss ?? {}).sort((a, b) => a.seq - b.seq)) {
    const ref = e.object.metadata.ownerReferences?.find((r) => r.controller === true);
    const owner = ref?.kind === 'Deployment' ? `${namespaceOf(e.object)}/${ref.name}` : undefined;
    if (owner && deployments?.[owner]) {
      byDeployment.set(owner, [...(byDeployment.get(owner) ?? []), e.id]);
    } else top.push({ kind: 'ReplicaSet', id: e.id, seq: e.seq });
  }
  top.sort((a, b) => a.seq - b.seq);
  return { top: top.map(({ kind, id }) => ({ kind, id })), byDeployment };
}

function listsOf(s: ClusterState): Lists {
  const objects = s.mirror.objects;
  let lists = cache.get(objects);
  if (!lists) {
    lists = controllerLists(objects.ReplicationController, objects.ReplicaSet, objects.Deployment);
    cache.set(objects, lists);
  }
  return lists;
}

/** `Kind\u0000id` keys of the top-level controllers (use with `useClusterShallow`). */
export const selectControllerKeys = (s: ClusterState): string[] =>
  listsOf(s).top.map((c) => `${c.kind}\u0000${c.id}`);

export const selectReplicaSetsOf =
  (deploymentId: string) =>
  (s: ClusterState): readonly string[] =>
    listsOf(s).byDeployment.get(deploymentId) ?? EMPTY;

export const selectController =
  (kind: ControllerKind, id: string) =>
  (s: ClusterState): MirrorEntry | undefined =>
    s.mirror.objects[kind]?.[id];
