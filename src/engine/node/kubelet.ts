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

  constructor(
    private readonly api: ApiClient,
    clock: SimClock,
    readonly nodeName: string,
    heartbeatMs: number,
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
  }

  stop(): void {
    this.heartbeat.stop();
  }

  /** Pods deleted while this kubelet was away have no containers left to stop: remove them. */
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
