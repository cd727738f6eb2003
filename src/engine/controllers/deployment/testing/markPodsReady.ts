/**
 * Until the kubelet runs containers, pods stay Pending. These helpers stand in for it in the
 * deployment tests: pods bound to a node and not being deleted are marked Running and Ready
 * through the API's status subresource, as a kubelet would report them. The lead replaces them
 * with the real kubelet.
 */
import type { SimCluster } from '../../../cluster';
import type { Pod } from '../../../types';

const isReady = (pod: Pod): boolean =>
  !!pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');

/**
 * Mark every bound, live, not-yet-ready pod (that `which` accepts) Running and Ready now.
 * Returns how many it marked.
 */
export function markPodsReadyForTest(
  cluster: SimCluster,
  which: (pod: Pod) => boolean = () => true,
): number {
  const now = cluster.clock.timestamp();
  let marked = 0;
  for (const pod of cluster.api.list('Pod')) {
    if (!pod.spec.nodeName || pod.metadata.deletionTimestamp || isReady(pod) || !which(pod))
      continue;
    const status: Pod['status'] = {
      ...pod.status,
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: now },
        { type: 'Ready', status: 'True', lastTransitionTime: now },
        { type: 'ContainersReady', status: 'True', lastTransitionTime: now },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
      ],
    };
    cluster.api.update({ ...pod, status }, { subresource: 'status' });
    marked++;
  }
  return marked;
}

/**
 * From now on, every pod turns Running and Ready `delayMs` after it is bound (on the simulated
 * clock), as a quick-starting container would. Returns the function that stops it.
 */
export function readyPodsAfterBindingForTest(cluster: SimCluster, delayMs = 2000): () => void {
  const scheduled = new Set<string>();
  return cluster.watch((e) => {
    if (e.type !== 'change' || e.change.kind !== 'Pod' || e.change.type === 'DELETED') return;
    const pod = e.change.object as Pod;
    const uid = pod.metadata.uid ?? '';
    if (!pod.spec.nodeName || scheduled.has(uid)) return;
    scheduled.add(uid);
    cluster.clock.after(delayMs, () =>
      markPodsReadyForTest(cluster, (p) => p.metadata.uid === uid),
    );
  });
}
