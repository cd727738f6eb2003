import { describe, expect, it } from 'vitest';
import { jsonMergePatch } from './mergePatch';

describe('JSON merge patch (RFC 7386)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: ['b'] }, { a: ['c', 'd'] }, { a: ['c', 'd'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [['a'], { a: 'b' }, { a: 'b' }],
    [{ a: 'b' }, ['c'], ['c']],
  ])('%j patched with %j is %j', (target, patch, result) => {
    expect(jsonMergePatch(target, patch)).toEqual(result);
  });
});
