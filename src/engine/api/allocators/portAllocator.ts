/** NodePorts from the node-port range (default 30000–32767): random free, never reused while taken. */
import type { Rand } from '../../rand';

export class PortAllocator {
  private readonly taken = new Set<number>();

  constructor(
    readonly min: number,
    readonly max: number,
    private readonly rand: Rand,
  ) {}

  get rangeText(): string {
    return `${this.min}-${this.max}`;
  }

  contains(port: number): boolean {
    return port >= this.min && port <= this.max;
  }

  has(port: number): boolean {
    return this.taken.has(port);
  }

  allocate(port: number): string | undefined {
    if (!this.contains(port))
      return `provided port is not in the valid range. The range of valid ports is ${this.rangeText}`;
    if (this.taken.has(port)) return 'provided port is already allocated';
    this.taken.add(port);
    return undefined;
  }

  allocateNext(): number | undefined {
    const size = this.max - this.min + 1;
    if (this.taken.size >= size) return undefined;
    const start = this.rand.int(size);
    for (let i = 0; i < size; i++) {
      const port = this.min + ((start + i) % size);
      if (!this.taken.has(port)) {
        this.taken.add(port);
        return port;
      }
    }
    return undefined;
  }

  release(port: number | undefined): void {
    if (port !== undefined) this.taken.delete(port);
  }
}
