/**
 * The userspace proxier's balancer (2015; kube-proxy's `LoadBalancerRR`). Per service port it
 * keeps the endpoint list and an index into it, and hands out endpoints in turn. When an
 * Endpoints update brings a different set of endpoints, the list is shuffled and the index
 * starts again at 0 — so the order is not the Endpoints object's order, and a change mid-cycle
 * restarts the cycle; an update with the same set (in any order) changes nothing. Sticky
 * clients whose endpoint disappeared are forgotten; the others keep their endpoint.
 */
import type { Rand } from '../rand';
import {
  type AffinityState,
  chooseWithAffinity,
  endpointId,
  type LoadBalancer,
} from './loadBalancer';
import type { Backend, SessionAffinity } from './serviceRules';

interface BalancerState {
  endpoints: Backend[];
  index: number;
  sticky: Map<string, AffinityState>;
}

function sameSet(a: readonly Backend[], b: readonly Backend[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(endpointId).sort();
  const right = b.map(endpointId).sort();
  return left.every((id, i) => id === right[i]);
}

/** A uniformly random permutation (Fisher–Yates), drawn from the seeded generator. */
export function shuffle<T>(items: readonly T[], rand: Rand): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand.int(i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

export class RoundRobinBalancer implements LoadBalancer {
  private readonly services = new Map<string, BalancerState>();

  constructor(private readonly rand: Rand) {}

  setEndpoints(key: string, backends: readonly Backend[]): void {
    const state = this.services.get(key);
    if (!state) {
      this.services.set(key, {
        endpoints: shuffle(backends, this.rand),
        index: 0,
        sticky: new Map(),
      });
      return;
    }
    if (sameSet(state.endpoints, backends)) {
      // same endpoints: keep the order and the index, take the fresh details (targetRef, node)
      const fresh = new Map(backends.map((b) => [endpointId(b), b]));
      state.endpoints = state.endpoints.map((b) => fresh.get(endpointId(b)) ?? b);
      return;
    }
    const ids = new Set(backends.map(endpointId));
    for (const [client, s] of state.sticky) if (!ids.has(s.endpoint)) state.sticky.delete(client);
    state.endpoints = shuffle(backends, this.rand);
    state.index = 0;
  }

  deleteService(key: string): void {
    this.services.delete(key);
  }

  next(
    key: string,
    clientIP: string,
    affinity: SessionAffinity | undefined,
    now: number,
  ): Backend | undefined {
    const state = this.services.get(key);
    if (!state || state.endpoints.length === 0) return undefined;
    return chooseWithAffinity(state.sticky, state.endpoints, clientIP, affinity, now, () => {
      const backend = state.endpoints[state.index % state.endpoints.length] as Backend;
      state.index = (state.index + 1) % state.endpoints.length;
      return backend;
    });
  }

  /** The endpoints in the order they will be handed out, from the next one on (for tests and the page). */
  order(key: string): string[] {
    const state = this.services.get(key);
    if (!state) return [];
    const n = state.endpoints.length;
    return Array.from({ length: n }, (_, i) =>
      endpointId(state.endpoints[(state.index + i) % n] as Backend),
    );
  }
}
