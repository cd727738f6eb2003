/**
 * The iptables proxier's balancer (modern). Its KUBE-SVC chain jumps to endpoint i of n with
 * probability 1/(n-i) — 1/n, then 1/(n-1) of the rest, …, then 1 — which is a uniform choice;
 * one draw from the seeded generator per connection gives the same distribution, replayably.
 * ClientIP affinity is the `recent` module: each endpoint chain remembers the source addresses
 * it served and when, and a client seen within `timeoutSeconds` goes back to the same endpoint.
 * Those lists outlive rule syncs, so a client whose endpoint comes back (within the timeout)
 * sticks to it again. Simplification: only a client's latest sighting is kept, where the
 * kernel would keep one per endpoint list and let the first endpoint in chain order win.
 */
import type { Rand } from '../rand';
import { type AffinityState, chooseWithAffinity, type LoadBalancer } from './loadBalancer';
import type { Backend, SessionAffinity } from './serviceRules';

interface BalancerState {
  endpoints: readonly Backend[];
  sticky: Map<string, AffinityState>;
}

export class RandomBalancer implements LoadBalancer {
  private readonly services = new Map<string, BalancerState>();

  constructor(private readonly rand: Rand) {}

  setEndpoints(key: string, backends: readonly Backend[]): void {
    const state = this.services.get(key);
    if (state) state.endpoints = [...backends];
    else this.services.set(key, { endpoints: [...backends], sticky: new Map() });
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
    const { endpoints } = state;
    return chooseWithAffinity(
      state.sticky,
      endpoints,
      clientIP,
      affinity,
      now,
      () => endpoints[this.rand.int(endpoints.length)] as Backend,
    );
  }
}
