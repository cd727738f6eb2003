import { describe, expect, it } from 'vitest';
import {
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  canonicalQuantity,
  compareQuantity,
  milliValue,
  parseQuantity,
  quantityFromNanos,
  quantityParseError,
  roundUpToMilli,
  value,
  type Quantity,
} from './quantity';

const parse = (text: string | number): Quantity => {
  const q = parseQuantity(text);
  if (!q) throw new Error(`${text} did not parse`);
  return q;
};

describe('parseQuantity and canonicalQuantity', () => {
  it.each([
    // input, canonical, milliValue, value, format
    ['100m', '100m', 100, 1, 'DecimalSI'],
    ['0.1', '100m', 100, 1, 'DecimalSI'],
    ['0.5', '500m', 500, 1, 'DecimalSI'],
    ['1000m', '1', 1000, 1, 'DecimalSI'],
    ['1500m', '1500m', 1500, 2, 'DecimalSI'],
    ['2', '2', 2000, 2, 'DecimalSI'],
    ['0', '0', 0, 0, 'DecimalSI'],
    ['64Mi', '64Mi', 67108864000, 67108864, 'BinarySI'],
    ['1Gi', '1Gi', 1073741824000, 1073741824, 'BinarySI'],
    ['1024Mi', '1Gi', 1073741824000, 1073741824, 'BinarySI'],
    ['1536Mi', '1536Mi', 1610612736000, 1610612736, 'BinarySI'],
    ['1.5Gi', '1536Mi', 1610612736000, 1610612736, 'BinarySI'],
    ['50000000', '50M', 50000000000, 50000000, 'DecimalSI'],
    ['50M', '50M', 50000000000, 50000000, 'DecimalSI'],
    ['1e3', '1e3', 1000000, 1000, 'DecimalExponent'],
    ['1E3', '1E3', 1000000, 1000, 'DecimalExponent'],
    ['12e6', '12e6', 12000000000, 12000000, 'DecimalExponent'],
    ['1.5k', '1500', 1500000, 1500, 'DecimalSI'],
    ['129e6', '129e6', 129000000000, 129000000, 'DecimalExponent'],
    ['123Mi', '123Mi', 128974848000, 128974848, 'BinarySI'],
    ['0.5Ki', '512', 512000, 512, 'BinarySI'],
    ['1Ki', '1Ki', 1024000, 1024, 'BinarySI'],
    ['2048', '2048', 2048000, 2048, 'DecimalSI'],
    ['1n', '1n', 1, 1, 'DecimalSI'],
    ['1.5n', '2n', 1, 1, 'DecimalSI'],
    ['-1', '-1', -1000, -1, 'DecimalSI'],
    ['-1500m', '-1500m', -1500, -2, 'DecimalSI'],
    ['+1', '+1', 1000, 1, 'DecimalSI'],
    ['0100m', '0100m', 100, 1, 'DecimalSI'],
    ['1.0', '1', 1000, 1, 'DecimalSI'],
    ['.', '0', 0, 0, 'DecimalSI'],
    [0.25, '250m', 250, 1, 'DecimalSI'],
    [50000000, '50M', 50000000000, 50000000, 'DecimalSI'],
  ] as const)('%s → %s', (input, canonical, milli, whole, format) => {
    const q = parse(input);
    expect(canonicalQuantity(q)).toBe(canonical);
    expect(milliValue(q)).toBe(milli);
    expect(value(q)).toBe(whole);
    expect(q.format).toBe(format);
  });

  it('keeps values up to exabytes exactly', () => {
    expect(parse('1Ei').nanos).toBe(1152921504606846976n * 1_000_000_000n);
    expect(canonicalQuantity(parse('1000000000000000000'))).toBe('1E');
    expect(canonicalQuantity(parse('1024Pi'))).toBe('1Ei');
  });

  it('caps binary quantities at the largest int64, as Kubernetes does', () => {
    expect(canonicalQuantity(parse('16Ei'))).toBe('9223372036854775807');
  });

  it('rounds anything finer than a nano-unit up', () => {
    expect(parse('0.0000000001').nanos).toBe(1n);
    expect(parse('-0.0000000001').nanos).toBe(-1n);
  });
});

describe('malformed quantities', () => {
  it.each([
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    ['1Z', QUANTITY_FORMAT_ERROR],
    ['1.2.3', QUANTITY_FORMAT_ERROR],
    ['1 Gi', QUANTITY_FORMAT_ERROR],
    ['1Ki2', QUANTITY_SUFFIX_ERROR],
    ['1mm', QUANTITY_SUFFIX_ERROR],
    ['1e', QUANTITY_SUFFIX_ERROR],
  ])('%j is rejected with %j', (input, message) => {
    expect(parseQuantity(input)).toBeUndefined();
    expect(quantityParseError(input)).toBe(message);
  });

  it('names the regular expression exactly as the API server does', () => {
    expect(QUANTITY_FORMAT_ERROR).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });

  it('accepts a bare suffix as zero, as apimachinery does', () => {
    expect(canonicalQuantity(parse('k'))).toBe('0');
  });
});

describe('arithmetic helpers', () => {
  it('compares exact values across formats', () => {
    expect(compareQuantity(parse('1Gi'), parse('1073741824'))).toBe(0);
    expect(compareQuantity(parse('500m'), parse('1'))).toBe(-1);
    expect(compareQuantity(parse('2'), parse('1500m'))).toBe(1);
  });

  it('rounds up to milli-units and forgets the written text only when it rounded', () => {
    expect(canonicalQuantity(roundUpToMilli(parse('0.0001')))).toBe('1m');
    expect(canonicalQuantity(roundUpToMilli(parse('5n')))).toBe('1m');
    expect(canonicalQuantity(roundUpToMilli(parse('0100m')))).toBe('0100m');
  });

  it('builds quantities from nano-units', () => {
    expect(canonicalQuantity(quantityFromNanos(250_000_000n))).toBe('250m');
    expect(
      canonicalQuantity(quantityFromNanos(3n * 1024n * 1024n * 1_000_000_000n, 'BinarySI')),
    ).toBe('3Mi');
  });
});
