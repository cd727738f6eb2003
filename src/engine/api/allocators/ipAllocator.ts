/**
 * Service ClusterIPs from the service CIDR, as the API server's bitmap allocator hands them
 * out: a random free address (so students see IPs like 10.0.29.247, as in the seeds), never the
 * network or broadcast address, never one that is taken.
 */
import type { Rand } from '../../rand';

export interface Cidr {
  base: number; // network address as an unsigned 32-bit int
  size: number; // number of addresses
  text: string; // '10.96.0.0/12'
}

export function parseCidr(text: string): Cidr {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(text);
  if (!m) throw new Error(`bad CIDR ${text}`);
  const bits = Number(m[5]);
  const ip = ipToInt(`${m[1]}.${m[2]}.${m[3]}.${m[4]}`) ?? 0;
  const size = 2 ** (32 - bits);
  return { base: ip - (ip % size), size, text };
}

export function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export class IpAllocator {
  private readonly taken = new Set<number>();

  constructor(
    readonly cidr: Cidr,
    private readonly rand: Rand,
  ) {}

  has(ip: string): boolean {
    const n = ipToInt(ip);
    return n !== undefined && this.taken.has(n);
  }

  contains(ip: string): boolean {
    const n = ipToInt(ip);
    return n !== undefined && n > this.cidr.base && n < this.cidr.base + this.cidr.size - 1;
  }

  /** Take a specific IP; returns an error detail when it cannot. */
  allocate(ip: string): string | undefined {
    if (!this.contains(ip))
      return `provided IP is not in the valid range. The range of valid IPs is ${this.cidr.text}`;
    const n = ipToInt(ip) as number;
    if (this.taken.has(n)) return 'provided IP is already allocated';
    this.taken.add(n);
    return undefined;
  }

  /** A random free IP (random start, then scan), or undefined when the range is full. */
  allocateNext(): string | undefined {
    const usable = this.cidr.size - 2;
    if (this.taken.size >= usable) return undefined;
    const start = this.rand.int(usable);
    for (let i = 0; i < usable; i++) {
      const n = this.cidr.base + 1 + ((start + i) % usable);
      if (!this.taken.has(n)) {
        this.taken.add(n);
        return intToIp(n);
      }
    }
    return undefined;
  }

  release(ip: string | undefined): void {
    const n = ip ? ipToInt(ip) : undefined;
    if (n !== undefined) this.taken.delete(n);
  }
}
