/**
 * Kubernetes `resource.Quantity`: `100m`, `0.5`, `64Mi`, `1e3`. Values are kept exactly, as a
 * count of nano-units (Kubernetes rounds anything finer up to 1n), with the format the text was
 * written in, so that printing a quantity gives the string the API server would serialise:
 * `0.1` → `100m`, `1024Mi` → `1Gi`, `1536Mi` stays `1536Mi`.
 *
 * The parser follows apimachinery's `parseQuantityString` character by character, including
 * its leniencies (`.` parses as 0, `1.G` is accepted) and its habit of keeping the text as given
 * when it is already canonical (so `0100m` is served back as `0100m`).
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The exact value in nano-units (value × 10⁹). */
  readonly nanos: bigint;
  readonly format: QuantityFormat;
  /** The text as written, when Kubernetes serialises it unchanged. */
  readonly cached?: string;
}

export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const NANO = 1_000_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;

interface Pieces {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** apimachinery's parseQuantityString: sign, numerator, denominator, suffix — or a format error. */
function splitQuantity(str: string): Pieces | undefined {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') pos++;

  while (str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '' };

  let i = pos;
  while (isDigit(str[i])) i++;
  if (i >= end) return { positive, num: str.slice(pos), denom: '', suffix: '' };
  let num = str.slice(pos, i);
  pos = i;
  if (num === '') num = '0';

  let denom = '';
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, num, denom, suffix: '' };
    pos = i;
  }

  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos] ?? '')) pos++;
  if (pos >= end) return { positive, num, denom, suffix: str.slice(suffixStart) };
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos >= end) return { positive, num, denom, suffix: str.slice(suffixStart) };
  return undefined;
}

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

function interpretSuffix(
  s: string,
): { base: 10 | 2; exponent: number; format: QuantityFormat } | undefined {
  const dec = DECIMAL_SUFFIXES[s];
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BINARY_SUFFIXES[s];
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E') && /^[+-]?[0-9]+$/.test(s.slice(1))) {
    return { base: 10, exponent: Number(s.slice(1)), format: 'DecimalExponent' };
  }
  return undefined;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Divide rounding away from zero — how Kubernetes rounds anything it cannot represent. */
function divAwayFromZero(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d === 0n ? q : n < 0n ? q - 1n : q + 1n;
}

/** Why `text` is not a quantity, in apimachinery's words; undefined when it is one. */
export function quantityParseError(text: string | number): string | undefined {
  const str = String(text);
  if (str === '') return QUANTITY_FORMAT_ERROR;
  const pieces = splitQuantity(str);
  if (!pieces) return QUANTITY_FORMAT_ERROR;
  return interpretSuffix(pieces.suffix) ? undefined : QUANTITY_SUFFIX_ERROR;
}

/**
 * Parse a quantity as the API server does (JSON numbers are read from their text). Returns
 * undefined when the text is malformed; `quantityParseError` says why.
 * @example parseQuantity('1536Mi') // { nanos: 1610612736000000000n, format: 'BinarySI' }
 */
export function parseQuantity(text: string | number): Quantity | undefined {
  const str = String(text);
  if (quantityParseError(str) !== undefined) return undefined;
  if (str === '0') return { nanos: 0n, format: 'DecimalSI', cached: '0' };
  const { positive, num, denom, suffix } = splitQuantity(str) as Pieces;
  const { base, exponent, format } = interpretSuffix(suffix) as NonNullable<
    ReturnType<typeof interpretSuffix>
  >;
  const shifted = num + denom;
  const digits = BigInt(shifted);

  // value = digits × base^exponent × 10^-len(denom); in nanos, rounded up to whole nanos.
  let magnitude: bigint;
  const tenPower = (base === 10 ? exponent : 0) - denom.length + 9;
  const scaled = base === 2 ? digits << BigInt(exponent) : digits;
  magnitude = tenPower >= 0 ? scaled * pow10(tenPower) : divAwayFromZero(scaled, pow10(-tenPower));
  let outFormat = format;
  if (format === 'BinarySI') {
    if (magnitude > MAX_INT64 * NANO) magnitude = MAX_INT64 * NANO;
    if (magnitude > 0n && magnitude < NANO) outFormat = 'DecimalSI';
  }
  const nanos = positive ? magnitude : -magnitude;
  const q: Quantity = { nanos, format: outFormat };
  return keepsText(num, denom, base, exponent) ? { ...q, cached: str } : q;
}

/**
 * Whether Kubernetes serialises the text unchanged: only on its int64 fast path, and only when
 * the text is already canonical (no trailing `000`, exponent a multiple of 3, a binary suffix
 * on a value that is not a multiple of 8).
 */
function keepsText(num: string, denom: string, base: 10 | 2, exponent: number): boolean {
  const shifted = num + denom;
  if (base === 10) {
    const precision = 18 - shifted.length;
    const scale = exponent - denom.length;
    if (precision < 0 || scale < -9) return false;
    return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
  }
  if (denom.length > 0) return false;
  const precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
  if (precision < 0) return false;
  const value = BigInt(num);
  if (value << BigInt(exponent) > MAX_INT64) return false;
  return exponent % 10 === 0 && (value & 7n) !== 0n;
}

/** Build a quantity from an exact nano-unit value, e.g. a sum of requests. */
export function quantityFromNanos(nanos: bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nanos, format };
}

const DECIMAL_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_BY_STEP = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * The string Kubernetes serialises: `0.1` → `100m`, `1000m` → `1`, `50000000` → `50M`,
 * `1024Mi` → `1Gi`; binary values that are not whole numbers of bytes, or below 1Ki, print
 * in decimal.
 */
export function canonicalQuantity(q: Quantity): string {
  if (q.cached !== undefined) return q.cached;
  if (q.nanos === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const abs = q.nanos < 0n ? -q.nanos : q.nanos;
    if (abs < 1024n * NANO || q.nanos % NANO !== 0n) format = 'DecimalSI';
    else {
      let amount = q.nanos / NANO;
      let step = 0;
      while ((amount >= 1024n || amount <= -1024n) && amount % 1024n === 0n) {
        amount /= 1024n;
        step++;
      }
      return `${amount}${BINARY_BY_STEP[step] ?? ''}`;
    }
  }
  let amount = q.nanos;
  let exponent = -9;
  while ((amount >= 10n || amount <= -10n) && amount % 10n === 0n) {
    amount /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    amount *= 10n;
    exponent--;
  }
  if (format === 'DecimalExponent') return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
  return `${amount}${DECIMAL_BY_EXPONENT.get(exponent) ?? ''}`;
}

/** ceil(q × 1000), rounding away from zero like apimachinery's int64 path. */
export function milliValue(q: Quantity): number {
  return Number(divAwayFromZero(q.nanos, 1_000_000n));
}

/** ceil(q), rounding away from zero like apimachinery's int64 path. */
export function value(q: Quantity): number {
  return Number(divAwayFromZero(q.nanos, NANO));
}

/** -1, 0 or 1, like `Quantity.Cmp`. */
export function compareQuantity(a: Quantity, b: Quantity): number {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/**
 * Round up to whole milli-units, as v1 defaulting does to every resource list; the text is
 * kept only when nothing was rounded.
 */
export function roundUpToMilli(q: Quantity): Quantity {
  if (q.nanos % 1_000_000n === 0n) return q;
  return { nanos: divAwayFromZero(q.nanos, 1_000_000n) * 1_000_000n, format: q.format };
}
