/**
 * The control loop made visible: every step a component takes — a request to the API server,
 * a write to etcd, a watch notification delivered, a decision made — is recorded as a message
 * (from, to, what, object, simulated time). `cluster.watch` delivers them so the page can draw
 * packets moving between components; nothing in the engine depends on them.
 */
import type { SimClock } from './clock';

/** The master's components as `faults.stopComponent` names them, plus the node agents and kubectl. */
export type ComponentName =
  | 'kubectl'
  | 'apiserver'
  | 'etcd'
  | 'scheduler'
  | 'controller-manager'
  | `kubelet/${string}`
  | `proxy/${string}`
  /** A node's container runtime: containerd (modern) or Docker (2015). */
  | `containerd/${string}`
  | `docker/${string}`;

export interface ObjectKey {
  kind: string;
  namespace?: string;
  name: string;
}

export interface ControlMessage {
  /** Increasing from 1: the order messages happened in. */
  seq: number;
  /** Simulated ms since start. */
  time: number;
  from: string;
  to: string;
  /** One line a student can read: `create pods/web`, `write /registry/pods/default/web`, `ADDED pods/web`. */
  what: string;
  object?: ObjectKey;
  /** For a write to etcd: the revision etcd gave it. */
  resourceVersion?: number;
}

export class MessageLog {
  private seq = 0;
  private readonly listeners = new Set<(m: ControlMessage) => void>();

  constructor(private readonly clock: SimClock) {}

  get active(): boolean {
    return this.listeners.size > 0;
  }

  record(
    from: string,
    to: string,
    what: string,
    object?: ObjectKey,
    extra?: { resourceVersion: number },
  ): void {
    this.seq++;
    if (this.listeners.size === 0) return;
    const message: ControlMessage = {
      seq: this.seq,
      time: this.clock.now,
      from,
      to,
      what,
      ...(object ? { object } : {}),
      ...(extra ? { resourceVersion: extra.resourceVersion } : {}),
    };
    for (const listener of [...this.listeners]) listener(message);
  }

  subscribe(listener: (m: ControlMessage) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
