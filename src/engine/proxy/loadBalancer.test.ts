import { describe, expect, it } from 'vitest';
import { Rand } from '../rand';
import { RandomBalancer } from './randomBalancer';
import { RoundRobinBalancer, shuffle } from './roundRobin';
import type { Backend } from './serviceRules';

const backend = (ip: string): Backend => ({ ip, port: 80 });
const ips = (bs: readonly Backend[]): string[] => bs.map((b) => b.ip);
const KEY = 'default/web:';

/** A balancer and a twin generator that replays the balancer's own draws. */
function roundRobin(seed: number) {
  const balancer = new RoundRobinBalancer(new Rand(seed));
  const twin = new Rand(seed);
  const take = (n: number, client = '10.0.0.1'): string[] =>
    Array.from({ length: n }, () => balancer.next(KEY, client, undefined, 0)?.ip ?? '-');
  return { balancer, twin, take };
}

describe('LoadBalancerRR', () => {
  const three = ['10.1.0.1', '10.1.0.2', '10.1.0.3'].map(backend);
  const four = [...three, backend('10.1.0.4')];

  it('walks a shuffle of the endpoints from index 0, round and round', () => {
    const { balancer, twin, take } = roundRobin(3);
    balancer.setEndpoints(KEY, three);
    const order = ips(shuffle(three, twin));
    expect(take(7)).toEqual([...order, ...order, order[0]]);
  });

  it('on a changed set, reshuffles and resets the index to 0 — mid-cycle or not', () => {
    const { balancer, twin, take } = roundRobin(3);
    balancer.setEndpoints(KEY, three);
    shuffle(three, twin);
    take(2);
    balancer.setEndpoints(KEY, four);
    const order = ips(shuffle(four, twin));
    expect(take(4)).toEqual(order);
  });

  it('on the same set in any order, keeps both its order and its place', () => {
    const { balancer, twin, take } = roundRobin(3);
    balancer.setEndpoints(KEY, three);
    const order = ips(shuffle(three, twin));
    take(1);
    balancer.setEndpoints(KEY, [...three].reverse());
    expect(take(3)).toEqual([order[1], order[2], order[0]]);
  });

  it('forgets sticky clients of a removed endpoint and keeps the others', () => {
    const { balancer } = roundRobin(3);
    const affinity = { timeoutMs: 60_000 };
    balancer.setEndpoints(KEY, three);
    const a = balancer.next(KEY, 'a', affinity, 0)?.ip;
    const b = balancer.next(KEY, 'b', affinity, 0)?.ip;
    balancer.setEndpoints(
      KEY,
      three.filter((x) => x.ip !== a),
    );
    expect(balancer.next(KEY, 'b', affinity, 1)?.ip).toBe(b);
    expect(balancer.next(KEY, 'a', affinity, 1)?.ip).not.toBe(a);
  });

  it('has nothing to hand out for an empty or unknown service port', () => {
    const { balancer, take } = roundRobin(3);
    expect(take(1)).toEqual(['-']);
    balancer.setEndpoints(KEY, []);
    expect(take(1)).toEqual(['-']);
  });
});

describe('iptables random choice', () => {
  it('draws once per connection from the seeded generator', () => {
    const balancer = new RandomBalancer(new Rand(11));
    const twin = new Rand(11);
    const three = ['10.1.0.1', '10.1.0.2', '10.1.0.3'].map(backend);
    balancer.setEndpoints(KEY, three);
    const got = Array.from({ length: 12 }, () => balancer.next(KEY, 'c', undefined, 0)?.ip);
    expect(got).toEqual(Array.from({ length: 12 }, () => three[twin.int(3)]?.ip));
  });

  it('sends a client back to its endpoint when that endpoint returns within the timeout', () => {
    const balancer = new RandomBalancer(new Rand(11));
    const affinity = { timeoutMs: 10_000 };
    const three = ['10.1.0.1', '10.1.0.2', '10.1.0.3'].map(backend);
    balancer.setEndpoints(KEY, three);
    const first = balancer.next(KEY, 'c', affinity, 0)?.ip;
    balancer.setEndpoints(
      KEY,
      three.filter((x) => x.ip !== first),
    );
    balancer.setEndpoints(KEY, three);
    expect(balancer.next(KEY, 'c', affinity, 5_000)?.ip).toBe(first);
    // while it is gone the client is sent elsewhere, and that newer choice is what sticks
    balancer.setEndpoints(
      KEY,
      three.filter((x) => x.ip !== first),
    );
    const second = balancer.next(KEY, 'c', affinity, 6_000)?.ip;
    balancer.setEndpoints(KEY, three);
    expect(second).not.toBe(first);
    expect(balancer.next(KEY, 'c', affinity, 7_000)?.ip).toBe(second);
  });
});
