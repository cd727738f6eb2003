/**
 * The scheduler's cache, as kube-scheduler keeps one: which pods sit on which node, updated
 * from the pod watch as changes arrive, so a decision does not walk every pod in the cluster.
 * A node's pod list is rebuilt (and frozen) only when a pod on that node changed, which lets the
 * plugins remember sums and counts per list.
 */
import type { Node, Pod } from '../types';
import type { NodeInfo } from './types';

const counts = (pod: Pod): boolean =>
  Boolean(pod.spec.nodeName) && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

const keyOf = (pod: Pod): string => `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;

export class SchedulerCache {
  /** node name → pod key → pod */
  private readonly byNode = new Map<string, Map<string, Pod>>();
  private readonly infos = new Map<string, NodeInfo>();

  constructor(pods: readonly Pod[]) {
    for (const pod of pods) this.add(pod);
  }

  /** A pod changed (`pod` undefined: deleted); `old` is what the cache knew before. */
  update(pod: Pod | undefined, old: Pod | undefined): void {
    if (old?.spec.nodeName) this.remove(old);
    if (pod) this.add(pod);
  }

  /** Every node with the pods on it; unchanged nodes keep their NodeInfo (and its list). */
  nodeInfos(nodes: readonly Node[]): NodeInfo[] {
    return nodes.map((node) => {
      const name = node.metadata.name;
      const cached = this.infos.get(name);
      if (cached && cached.node === node) return cached;
      const info: NodeInfo = {
        node,
        pods: cached ? cached.pods : Object.freeze([...(this.byNode.get(name)?.values() ?? [])]),
      };
      this.infos.set(name, info);
      return info;
    });
  }

  private add(pod: Pod): void {
    if (!counts(pod)) return;
    const node = pod.spec.nodeName ?? '';
    const pods = this.byNode.get(node) ?? new Map<string, Pod>();
    pods.set(keyOf(pod), pod);
    this.byNode.set(node, pods);
    this.dirty(node);
  }

  private remove(pod: Pod): void {
    const node = pod.spec.nodeName ?? '';
    if (this.byNode.get(node)?.delete(keyOf(pod))) this.dirty(node);
  }

  private dirty(node: string): void {
    const info = this.infos.get(node);
    if (info)
      this.infos.set(node, {
        node: info.node,
        pods: Object.freeze([...(this.byNode.get(node)?.values() ?? [])]),
      });
  }
}
