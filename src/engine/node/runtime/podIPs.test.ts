import { describe, expect, it } from 'vitest';
import { PodIPs } from './podIPs';

describe('the node hands out pod IPs as host-local IPAM does', () => {
  it('gives the first pod .2, the next .3, and keeps a pod its address', () => {
    const ips = new PodIPs('10.244.1.0/24');
    expect(ips.allocate('a')).toBe('10.244.1.2');
    expect(ips.allocate('b')).toBe('10.244.1.3');
    expect(ips.allocate('a')).toBe('10.244.1.2');
  });

  it('does not reuse a released address until the range wraps', () => {
    const ips = new PodIPs('10.244.1.0/29'); // .2 … .6 usable
    expect(['a', 'b', 'c'].map((u) => ips.allocate(u))).toEqual([
      '10.244.1.2',
      '10.244.1.3',
      '10.244.1.4',
    ]);
    ips.release('a');
    expect(ips.allocate('d')).toBe('10.244.1.5');
    expect(ips.allocate('e')).toBe('10.244.1.6');
    expect(ips.allocate('f')).toBe('10.244.1.2');
    expect(ips.allocate('g')).toBeUndefined();
  });
});
