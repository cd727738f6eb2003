/**
 * A node's kubelet. For now it keeps the node's heartbeat and, when it comes back after an
 * outage, finishes the deletions that were waiting for it (pods left Terminating while the node
 * was away). The pod lifecycle — pulls, containers, probes — grows here.
 */
import type { ApiClient } from '../api/client';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import type { Pod } from '../types';
import { NodeHeartbeat } from './heartbeat';

export class Kubelet {
  private readonly heartbeat: NodeHeartbeat;
  private stopWatch: (() => void) | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly clock: SimClock,
    readonly nodeName: string,
    heartbeatMs: number,
    private readonly latencyMs: number,
  ) {
    this.heartbeat = new NodeHeartbeat(api, clock, nodeName, heartbeatMs);
  }

  get running(): boolean {
    return this.heartbeat.running;
  }

  start(): void {
    if (this.running) return;
    this.heartbeat.start();
    this.finishPendingDeletions();
    this.stopWatch = this.api.watch('Pod', {}, (e) => {
      if (e.type === 'DELETED' || e.object.spec.nodeName !== this.nodeName) return;
      if (e.object.metadata.deletionTimestamp)
        this.clock.after(this.latencyMs, () => this.finishPendingDeletions());
    });
  }

  stop(): void {
    this.heartbeat.stop();
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  /**
   * Pods being deleted on this node: none of their containers runs yet in this simulation, so
   * there is nothing to stop and the kubelet removes them at once — as it does for a pod whose
   * containers never started. (Pods deleted while the node was away are finished on return.)
   */
  private finishPendingDeletions(): void {
    const mine = this.api.api.list('Pod', {
      fieldSelector: (p) => (p as Pod).spec.nodeName === this.nodeName,
    });
    for (const pod of mine) {
      if (!pod.metadata.deletionTimestamp) continue;
      try {
        this.api.finalizeDelete('Pod', pod.metadata.namespace, pod.metadata.name);
      } catch (e) {
        if (!isStatusError(e)) throw e;
      }
    }
  }
}
