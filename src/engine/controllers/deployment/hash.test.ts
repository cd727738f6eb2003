import { describe, expect, it } from 'vitest';
import { computeHash, fnv32a, safeEncodeString, utf8 } from './hash';

describe('pod-template-hash', () => {
  it('is FNV-32a (the published test vectors)', () => {
    expect(fnv32a(utf8(''))).toBe(0x811c9dc5);
    expect(fnv32a(utf8('a'))).toBe(0xe40c292c);
    expect(fnv32a(utf8('foobar'))).toBe(0xbf9cf968);
  });

  it('encodes decimal digits in the vowel-free alphabet, as SafeEncodeString does', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('is stable, depends on the template only, and changes with the collision count', () => {
    const t = {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    };
    const same = {
      spec: { containers: [{ image: 'nginx', name: 'web' }] },
      metadata: { labels: { app: 'web' } },
    };
    expect(computeHash(t)).toBe(computeHash(same));
    expect(computeHash(t)).toMatch(/^[456789bcdf]{1,10}$/);
    expect(computeHash(t, 1)).not.toBe(computeHash(t));
    const other = { ...t, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
    expect(computeHash(other)).not.toBe(computeHash(t));
  });
});
