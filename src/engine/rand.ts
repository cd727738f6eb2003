/**
 * The one source of chance in the engine: a small seeded PRNG (mulberry32). Every random
 * choice — generated names, UIDs, IPs, tie-breaks — draws from it, so a seed replays exactly.
 */
export class Rand {
  private state: number;

  constructor(seed: number) {
    // spread small seeds (1, 2, 3…) across the state space
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x6d2b79f5) >>> 0;
  }

  /**
   * The generator's whole state, to put back with `restoreState`: a look that must leave no
   * trace (the editor's dry run draws UIDs, names and IPs it then throws away) saves it first.
   */
  saveState(): number {
    return this.state;
  }

  restoreState(state: number): void {
    this.state = state >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** `n` characters from `alphabet`. */
  string(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** A version-4 style UUID drawn from this generator. */
  uuid(): string {
    const hex = this.string(32, '0123456789abcdef').split('');
    hex[12] = '4';
    hex[16] = '89ab'[this.int(4)] ?? '8';
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** Kubernetes' generated-name alphabet since 2016: no vowels, no 0, 1, 3 (k8s-reference §10). */
export const MODERN_NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
/** 2015 clusters used lower-case letters and all digits (`todo-hmj8e`, `nginx-4ok8v`). */
export const LEGACY_NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
