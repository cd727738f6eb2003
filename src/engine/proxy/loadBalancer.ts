/**
 * How a proxy picks a backend for one service port. Two proxy modes, two balancers: the 2015
 * userspace proxier's round-robin (`roundRobin.ts`) and the iptables proxier's random choice
 * (`randomBalancer.ts`). Both keep ClientIP session affinity the same way: a client IP maps to
 * the backend it last used and when, and sticks while it returns within the timeout.
 */
import type { Backend, SessionAffinity } from './serviceRules';

export interface LoadBalancer {
  /** The ready backends of one service port, as the latest rule sync saw them. */
  setEndpoints(key: string, backends: readonly Backend[]): void;
  /** The service port is gone: forget its backends and its sticky clients. */
  deleteService(key: string): void;
  /** The backend for one new connection, or undefined when the service port has none. */
  next(
    key: string,
    clientIP: string,
    affinity: SessionAffinity | undefined,
    now: number,
  ): Backend | undefined;
}

/** One client's stickiness: the backend (`ip:port`) it was sent to and when it last came. */
export interface AffinityState {
  endpoint: string;
  lastUsed: number;
}

export const endpointId = (b: Backend): string => `${b.ip}:${b.port}`;

/**
 * The backend a client still sticks to: it has one, that backend is still among `backends`,
 * and it came back within the timeout. Using it refreshes the timer, as both proxiers do.
 */
export function stickyBackend(
  sticky: Map<string, AffinityState>,
  backends: readonly Backend[],
  clientIP: string,
  affinity: SessionAffinity,
  now: number,
): Backend | undefined {
  const state = sticky.get(clientIP);
  if (!state || now - state.lastUsed >= affinity.timeoutMs) return undefined;
  const backend = backends.find((b) => endpointId(b) === state.endpoint);
  if (backend) state.lastUsed = now;
  return backend;
}

export function remember(
  sticky: Map<string, AffinityState>,
  clientIP: string,
  backend: Backend,
  now: number,
): void {
  sticky.set(clientIP, { endpoint: endpointId(backend), lastUsed: now });
}

/**
 * One connection's backend under ClientIP affinity (when `affinity` is set): the sticky backend
 * if the client still has one, else `pick()`'s choice, remembered for next time.
 */
export function chooseWithAffinity(
  sticky: Map<string, AffinityState>,
  backends: readonly Backend[],
  clientIP: string,
  affinity: SessionAffinity | undefined,
  now: number,
  pick: () => Backend,
): Backend {
  if (!affinity) return pick();
  const kept = stickyBackend(sticky, backends, clientIP, affinity, now);
  if (kept) return kept;
  const backend = pick();
  remember(sticky, clientIP, backend, now);
  return backend;
}
