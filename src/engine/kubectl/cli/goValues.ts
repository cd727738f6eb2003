/**
 * Go's own parsers for flag values (strconv.ParseInt with base 0, strconv.ParseBool,
 * time.ParseDuration, pflag's CSV reading of string slices) and their exact error texts, so
 * `--replicas=x` fails with the words a student would see from kubectl.
 */
import { goQuote } from '../../api/field';

export type GoParse<T> = { ok: true; value: T } | { ok: false; error: string };

/** strconv.ParseInt(s, 0, bits): signs, 0x/0o/0b/0 prefixes and `_` separators like a Go literal. */
export function parseGoInt(s: string, bits: 32 | 64 = 64): GoParse<number> {
  const syntax = {
    ok: false as const,
    error: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`,
  };
  let body = s;
  let negative = false;
  if (body.startsWith('+') || body.startsWith('-')) {
    negative = body.startsWith('-');
    body = body.slice(1);
  }
  if (body === '') return syntax;

  let base = 10;
  let prefixed = false;
  const lower = body.toLowerCase();
  if (lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b')) {
    base = lower[1] === 'x' ? 16 : lower[1] === 'o' ? 8 : 2;
    body = body.slice(2);
    prefixed = true;
  } else if (body.length > 1 && body.startsWith('0')) {
    base = 8;
    body = body.slice(1);
    prefixed = true;
  }
  if (!underscoresOK(body, prefixed)) return syntax;
  const digits = body.replaceAll('_', '');
  if (digits === '') return syntax;

  let value = 0n;
  for (const ch of digits.toLowerCase()) {
    const d = Number.parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return syntax;
    value = value * BigInt(base) + BigInt(d);
  }
  const limit = 1n << BigInt(bits - 1);
  if (negative ? value > limit : value >= limit) {
    return { ok: false, error: `strconv.ParseInt: parsing ${goQuote(s)}: value out of range` };
  }
  return { ok: true, value: Number(negative ? -value : value) };
}

/** Go allows `_` only between digits, or right after a base prefix. */
function underscoresOK(body: string, prefixed: boolean): boolean {
  if (!body.includes('_')) return true;
  let previous = prefixed ? 'digit' : 'start';
  for (const ch of body) {
    if (ch === '_') {
      if (previous !== 'digit') return false;
      previous = '_';
    } else {
      previous = 'digit';
    }
  }
  return previous !== '_';
}

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function parseGoBool(s: string): GoParse<boolean> {
  if (TRUE_WORDS.has(s)) return { ok: true, value: true };
  if (FALSE_WORDS.has(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** Nanoseconds per unit, as time.ParseDuration knows them (both micro signs included). */
const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.Duration is an int64 of nanoseconds. */
const MAX_DURATION_NS = 2 ** 63 - 1;

/** time.ParseDuration, returning milliseconds (the engine's clock unit). */
export function parseGoDuration(s: string): GoParse<number> {
  const invalid = { ok: false as const, error: `time: invalid duration ${goQuote(s)}` };
  let rest = s;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return invalid;

  let totalNs = 0;
  while (rest !== '') {
    const number = /^([0-9]*)(\.([0-9]*))?/.exec(rest);
    const whole = number?.[1] ?? '';
    const fraction = number?.[3] ?? '';
    const hasDot = number?.[2] !== undefined;
    if (whole === '' && fraction === '') return invalid;
    rest = rest.slice(whole.length + (hasDot ? 1 + fraction.length : 0));

    const unitMatch = /^[^0-9.]*/.exec(rest);
    const unit = unitMatch?.[0] ?? '';
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${goQuote(s)}` };
    const scale = UNIT_NS[unit];
    if (scale === undefined) {
      return { ok: false, error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}` };
    }
    rest = rest.slice(unit.length);
    totalNs += Number(`${whole || '0'}.${fraction || '0'}`) * scale;
    if (totalNs > MAX_DURATION_NS) return invalid;
  }
  const ms = totalNs / 1e6;
  return { ok: true, value: negative ? -ms : ms };
}

/** time.Duration.String for the durations kubectl uses as defaults: `0s`, `20s`, `1m0s`, `5m0s`, `1.5s`. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) {
    if (abs >= 1) return `${sign}${trimFloat(abs)}ms`;
    if (abs >= 0.001) return `${sign}${trimFloat(abs * 1000)}µs`;
    return `${sign}${trimFloat(abs * 1e6)}ns`;
  }
  const hours = Math.floor(abs / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const seconds = (abs % 60_000) / 1000;
  let out = `${trimFloat(seconds)}s`;
  if (hours > 0 || minutes > 0) out = `${minutes}m${out}`;
  if (hours > 0) out = `${hours}h${out}`;
  return sign + out;
}

function trimFloat(n: number): string {
  return String(Number(n.toFixed(9)));
}

/**
 * pflag reads a string slice value as one CSV record (encoding/csv), so `-f a.yaml,b.yaml`
 * is two files and `"a,b"` in quotes stays one.
 */
export function readCSVRecord(value: string): GoParse<string[]> {
  if (value === '') return { ok: true, value: [] };
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (value.charAt(i) === '"') {
      i++;
      for (;;) {
        if (i >= value.length) {
          return {
            ok: false,
            error: `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`,
          };
        }
        const ch = value.charAt(i);
        if (ch === '"') {
          if (value.charAt(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += ch;
        i++;
      }
      if (i < value.length && value.charAt(i) !== ',') {
        return {
          ok: false,
          error: `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`,
        };
      }
    } else {
      while (i < value.length && value.charAt(i) !== ',') {
        if (value.charAt(i) === '"') {
          return {
            ok: false,
            error: `parse error on line 1, column ${i + 1}: bare " in non-quoted-field`,
          };
        }
        field += value.charAt(i);
        i++;
      }
    }
    fields.push(field);
    if (i >= value.length) return { ok: true, value: fields };
    i++; // the comma
  }
}
