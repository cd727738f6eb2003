import { describe, expect, it } from 'vitest';
import { jsonEqual, stableJson } from './json';

describe('jsonEqual agrees with comparing stableJson', () => {
  const cases: [unknown, unknown][] = [
    [
      { a: 1, b: [1, { c: 'x' }] },
      { b: [1, { c: 'x' }], a: 1 },
    ],
    [{ a: 1, b: undefined }, { a: 1 }],
    [{ a: 1 }, { a: 2 }],
    [{ a: [1, 2] }, { a: [2, 1] }],
    [{ a: {} }, { a: [] }],
    [{ a: null }, {}],
    ['1', 1],
    [[], []],
    [{ a: { b: { c: 1 } } }, { a: { b: { c: 1, d: 2 } } }],
  ];
  it.each(cases)('%j vs %j', (a, b) => {
    expect(jsonEqual(a, b)).toBe(stableJson(a) === stableJson(b));
  });
});
