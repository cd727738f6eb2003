import { describe, expect, it } from 'vitest';
import { bytesText, cpuText, parseQuantity, share } from './quantity';

describe('resource quantities on the node bars', () => {
  it.each<[string, number]>([
    ['2', 2],
    ['500m', 0.5],
    ['4Gi', 4 * 2 ** 30],
    ['8041532Ki', 8041532 * 1024],
    ['1e3', 1000],
    ['3M', 3e6],
  ])('reads %s', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value);
  });

  it('refuses what is not a quantity', () => {
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('2Qi')).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });

  it('prints CPU as kubectl top does', () => {
    expect(cpuText(120)).toBe('120m');
    expect(cpuText(2000)).toBe('2');
    expect(cpuText(1500)).toBe('1.5');
  });

  it('prints memory in binary units', () => {
    expect(bytesText(310 * 2 ** 20)).toBe('310Mi');
    expect(bytesText(4 * 2 ** 30)).toBe('4Gi');
    expect(bytesText(1.5 * 2 ** 30)).toBe('1.5Gi');
    expect(bytesText(512)).toBe('512');
  });

  it('keeps a bar between empty and full', () => {
    expect(share(3, 2)).toBe(1);
    expect(share(1, 4)).toBe(0.25);
    expect(share(1, undefined)).toBe(0);
  });
});
