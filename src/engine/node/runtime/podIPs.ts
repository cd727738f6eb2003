/**
 * The node's pod address manager, as the bridge CNI plugin's host-local IPAM does it: addresses
 * come from the node's pod CIDR, the gateway (`.1`) is the bridge's, and each new pod gets the
 * next free address after the last one handed out — so the first pod gets `.2`, and a deleted
 * pod's address is not reused until the range wraps around.
 */
export class PodIPs {
  private readonly base: number;
  private readonly size: number;
  private last: number;
  /** offset → pod uid */
  private readonly taken = new Map<number, string>();

  constructor(cidr: string) {
    const [ip, bits] = cidr.split('/');
    const prefix = Number(bits);
    const parts = (ip ?? '').split('.').map(Number);
    if (
      parts.length !== 4 ||
      parts.some((p) => !(p >= 0 && p <= 255)) ||
      !(prefix >= 8 && prefix <= 30)
    )
      throw new RangeError(`bad pod CIDR "${cidr}"`);
    const [a = 0, b = 0, c = 0, d = 0] = parts;
    this.size = 2 ** (32 - prefix);
    this.base = (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) & (~(this.size - 1) >>> 0);
    this.last = 1; // the gateway
  }

  /** The pod's address, allocating one the first time. Undefined when the range is full. */
  allocate(uid: string): string | undefined {
    for (const [offset, owner] of this.taken) if (owner === uid) return this.format(offset);
    const usable = this.size - 3; // network, gateway, broadcast
    for (let i = 0; i < usable; i++) {
      const offset = ((this.last - 1 + i) % usable) + 2;
      if (this.taken.has(offset)) continue;
      this.taken.set(offset, uid);
      this.last = offset;
      return this.format(offset);
    }
    return undefined;
  }

  release(uid: string): void {
    for (const [offset, owner] of this.taken) if (owner === uid) this.taken.delete(offset);
  }

  get inUse(): number {
    return this.taken.size;
  }

  private format(offset: number): string {
    const n = (this.base + offset) >>> 0;
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
}
