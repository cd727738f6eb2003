/**
 * Calendar arithmetic without `Date` (the engine may not read the real clock, and keeping the
 * conversion here makes that easy to lint). Days-from-civil after Howard Hinnant's algorithms.
 */

export interface CivilTime {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  hour: number;
  minute: number;
  second: number;
  millis: number;
  weekday: number; // 0 = Sunday
}

const DAY_MS = 86_400_000;

export function civilFromMs(ms: number): CivilTime {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;

  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return { year, month, day, hour, minute, second, millis, weekday };
}

export function msFromCivil(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2015-08-04T21:03:36Z` — how metav1.Time serialises. */
export function rfc3339(ms: number): string {
  const t = civilFromMs(ms);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}Z`;
}

/** `2015-08-04T21:03:36.535014550Z` style with nanoseconds, as docker log timestamps print. */
export function rfc3339Nano(ms: number, extraNanos = 0): string {
  const t = civilFromMs(ms);
  const nanos = t.millis * 1_000_000 + extraNanos;
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}.${pad(nanos, 9)}Z`;
}

/** `Mon, 02 Jan 2006 15:04:05 +0000` — Go's RFC1123Z, used by `kubectl describe`. */
export function rfc1123z(ms: number): string {
  const t = civilFromMs(ms);
  return `${WEEKDAYS[t.weekday]}, ${pad(t.day)} ${MONTHS[t.month - 1]} ${pad(t.year, 4)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)} +0000`;
}

/** Parse an RFC 3339 timestamp back into ms (UTC `Z` or a numeric offset); undefined if malformed. */
export function parseRFC3339(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(
    text,
  );
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = msFromCivil(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  if (frac) ms += Math.floor(Number(`0.${frac}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    ms -= sign * ((zh ?? 0) * 60 + (zm ?? 0)) * 60_000;
  }
  return ms;
}
