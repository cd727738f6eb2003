/**
 * The kubelets' pod watch: each kubelet watches pods with `fieldSelector=spec.nodeName=<node>`.
 * The real API server indexes its watch cache by node name for exactly this watch, so a change
 * to one pod reaches one kubelet, not every kubelet in the cluster; this hub does the same.
 */
import type { ApiServer } from '../api/apiserver';
import type { SimClock } from '../clock';
import type { MessageLog } from '../messages';
import type { Pod } from '../types';

type Listener = (type: 'ADDED' | 'MODIFIED' | 'DELETED', pod: Pod) => void;

export class NodePodWatch {
  private readonly listeners = new Map<string, Listener>();
  private stop: (() => void) | undefined;

  constructor(
    private readonly api: ApiServer,
    private readonly messages: MessageLog,
    private readonly clock: SimClock,
    private readonly latencyMs: number,
  ) {}

  watch(nodeName: string, listener: Listener): () => void {
    this.listeners.set(nodeName, listener);
    this.stop ??= this.api.watch('Pod', {}, (e) => {
      const now = e.object.spec.nodeName;
      const before = e.oldObject?.spec.nodeName;
      if (now) this.deliver(now, e.type, e.object);
      // a pod that moved off a node (it cannot, but a rebind after deletion could) is gone there
      if (before && before !== now) this.deliver(before, 'DELETED', e.object);
    });
    return () => {
      if (this.listeners.get(nodeName) === listener) this.listeners.delete(nodeName);
    };
  }

  private deliver(nodeName: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', pod: Pod): void {
    const listener = this.listeners.get(nodeName);
    if (!listener) return;
    if (this.messages.active)
      this.messages.record(
        'apiserver',
        `kubelet/${nodeName}`,
        `${type} pods/${pod.metadata.name}`,
        {
          kind: 'Pod',
          namespace: pod.metadata.namespace ?? 'default',
          name: pod.metadata.name,
        },
      );
    this.clock.after(this.latencyMs, () => {
      // the kubelet may have gone away while the notification travelled
      if (this.listeners.get(nodeName) === listener) listener(type, pod);
    });
  }
}
