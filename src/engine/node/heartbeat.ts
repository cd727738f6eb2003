/**
 * The kubelet's node heartbeat: every `nodeStatusUpdateFrequency` (10 s) it posts the node's
 * status — its conditions with a fresh lastHeartbeatTime — through the API server. When the
 * kubelet stops (the node is powered off or cut from the network), the heartbeats stop, and the
 * node lifecycle controller notices the silence.
 */
import type { ApiClient } from '../api/client';
import { isStatusError } from '../api/status';
import type { SimClock, Timer } from '../clock';
import type { Node, NodeCondition } from '../types';
import { clone } from '../util/freeze';

const HEALTHY: Record<string, Pick<NodeCondition, 'status' | 'reason' | 'message'>> = {
  MemoryPressure: {
    status: 'False',
    reason: 'KubeletHasSufficientMemory',
    message: 'kubelet has sufficient memory available',
  },
  DiskPressure: {
    status: 'False',
    reason: 'KubeletHasNoDiskPressure',
    message: 'kubelet has no disk pressure',
  },
  PIDPressure: {
    status: 'False',
    reason: 'KubeletHasSufficientPID',
    message: 'kubelet has sufficient PID available',
  },
  Ready: { status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
};

/** The node's conditions as a healthy kubelet reports them now (transition times kept when unchanged). */
export function healthyConditions(node: Node, now: string): NodeCondition[] {
  return (node.status?.conditions ?? []).map((c) => {
    const healthy = HEALTHY[c.type];
    if (!healthy) return { ...c, lastHeartbeatTime: now };
    const changed = c.status !== healthy.status;
    return {
      ...c,
      ...healthy,
      lastHeartbeatTime: now,
      lastTransitionTime: changed ? now : (c.lastTransitionTime ?? now),
    };
  });
}

export class NodeHeartbeat {
  private timer: Timer | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly clock: SimClock,
    readonly nodeName: string,
    private readonly periodMs: number,
    /** The rest of the status the kubelet reports with each beat (its images). */
    private readonly extra: () => Partial<Node['status']> = () => ({}),
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer) return;
    this.beat();
  }

  stop(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
  }

  /** Post the node's status now, then again after one period. */
  private beat(): void {
    const node = this.api.api.find('Node', undefined, this.nodeName);
    if (node) {
      try {
        const next = clone(node);
        next.status = {
          ...next.status,
          ...this.extra(),
          conditions: healthyConditions(node, this.clock.timestamp()),
        };
        this.api.updateStatus(next);
      } catch (e) {
        // the API server may be down or the node object changed under us: try at the next beat
        if (!isStatusError(e)) throw e;
      }
    }
    this.timer = this.clock.after(this.periodMs, () => this.beat());
  }
}
