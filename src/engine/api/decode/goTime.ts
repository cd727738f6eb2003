/**
 * `metav1.Time` and `metav1.MicroTime` as the API server decodes them: Go's `time.Parse` with
 * the RFC 3339 layout, including its error texts (`parsing time "x" as "2006-01-02T15:04:05Z07:00":
 * cannot parse "x" as "2006"`), and the UTC form the server writes back.
 */
import { civilFromMs, msFromCivil } from '../../util/time';

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
export const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

export type TimeParse = { ok: true; text: string } | { ok: false; message: string };

type Chunk =
  | { lit: string }
  | { std: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'micro' | 'zone' };

const STD_TEXT = {
  year: '2006',
  month: '01',
  day: '02',
  hour: '15',
  minute: '04',
  second: '05',
  micro: '.000000',
  zone: 'Z07:00',
} as const;

function layoutChunks(micro: boolean): Chunk[] {
  return [
    { std: 'year' },
    { lit: '-' },
    { std: 'month' },
    { lit: '-' },
    { std: 'day' },
    { lit: 'T' },
    { std: 'hour' },
    { lit: ':' },
    { std: 'minute' },
    { lit: ':' },
    { std: 'second' },
    ...(micro ? [{ std: 'micro' } as const] : []),
    { std: 'zone' },
  ];
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** Go's getnum: one or two digits (exactly two when `fixed`). */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

/** Parse `value` as metav1.Time (or MicroTime) does and return the text the server stores. */
export function parseGoTime(value: string, micro = false): TimeParse {
  const layout = micro ? RFC3339_MICRO : RFC3339;
  const fail = (layoutElem: string, valueElem: string): TimeParse => ({
    ok: false,
    message: `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(valueElem)} as ${quote(layoutElem)}`,
  });
  const failMsg = (msg: string): TimeParse => ({
    ok: false,
    message: `parsing time ${quote(value)}${msg}`,
  });

  let rest = value;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let offset = 0;
  for (const chunk of layoutChunks(micro)) {
    if ('lit' in chunk) {
      let i = 0;
      while (i < chunk.lit.length && rest[i] === chunk.lit[i]) i++;
      if (i < chunk.lit.length) return fail(chunk.lit, rest.slice(i));
      rest = rest.slice(i);
      continue;
    }
    const hold = rest;
    const stdText = STD_TEXT[chunk.std];
    let range = '';
    switch (chunk.std) {
      case 'year': {
        if (rest.length < 4 || !/^[+-]?\d*$/.test(rest.slice(0, 4))) return fail(stdText, hold);
        year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
        break;
      }
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second': {
        const got = getnum(rest, chunk.std !== 'hour');
        if (!got) return fail(stdText, hold);
        const [n, after] = got;
        rest = after;
        if (chunk.std === 'month') [month, range] = [n, n < 1 || n > 12 ? 'month' : ''];
        if (chunk.std === 'day') day = n;
        if (chunk.std === 'hour') [hour, range] = [n, n >= 24 ? 'hour' : ''];
        if (chunk.std === 'minute') [minute, range] = [n, n > 59 ? 'minute' : ''];
        if (chunk.std === 'second') {
          [second, range] = [n, n > 59 ? 'second' : ''];
          // A fraction the layout does not ask for is still accepted (and kept to nanoseconds).
          if (
            !micro &&
            rest.length >= 2 &&
            (rest[0] === '.' || rest[0] === ',') &&
            isDigit(rest, 1)
          ) {
            let end = 2;
            while (isDigit(rest, end)) end++;
            nanos = Number(rest.slice(1, Math.min(end, 10)).padEnd(9, '0'));
            rest = rest.slice(end);
          }
        }
        break;
      }
      case 'micro': {
        if (
          rest.length < 7 ||
          !(rest[0] === '.' || rest[0] === ',') ||
          !/^\d{6}$/.test(rest.slice(1, 7))
        ) {
          return fail(stdText, hold);
        }
        nanos = Number(rest.slice(1, 7)) * 1000;
        rest = rest.slice(7);
        break;
      }
      case 'zone': {
        if (rest[0] === 'Z') {
          rest = rest.slice(1);
          break;
        }
        if (rest.length < 6 || rest[3] !== ':') return fail(stdText, hold);
        const hh = getnum(rest.slice(1, 3), true);
        const mm = getnum(rest.slice(4, 6), true);
        if (!hh || !mm || (rest[0] !== '+' && rest[0] !== '-')) return fail(stdText, hold);
        if (hh[0] > 24) range = 'time zone offset hour';
        if (mm[0] > 60) range = 'time zone offset minute';
        offset = (rest[0] === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]) * 60;
        rest = rest.slice(6);
        break;
      }
    }
    if (range) return failMsg(`: ${range} out of range`);
  }
  if (rest.length > 0) return failMsg(`: extra text: ${quote(rest)}`);
  if (day < 1 || day > daysIn(month, year)) return failMsg(': day out of range');

  const utc = civilFromMs(msFromCivil(year, month, day, hour, minute, second) - offset * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const base = `${p(utc.year, 4)}-${p(utc.month)}-${p(utc.day)}T${p(utc.hour)}:${p(utc.minute)}:${p(utc.second)}`;
  return { ok: true, text: micro ? `${base}.${p(Math.floor(nanos / 1000), 6)}Z` : `${base}Z` };
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The time package's own quoting: ASCII as is, other bytes as \x escapes. */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c >= 0x80) {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return out + '"';
}
