/** Process and system applets: sleep, date, env/printenv, hostname, true, false. */
import { civilFromMs } from '../../../util/time';
import { type CommandFn, fail, out } from './command';

const UNIT_MS: Record<string, number> = {
  '': 1000,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
/** `sleep infinity` sleeps in slices this long, so the driver's clock never sees Infinity. */
const FOREVER_SLICE_MS = 365 * 86_400_000;

/** sleep N[smhd]…, fractions allowed; several operands add up, as in busybox. */
export const sleep: CommandFn = function* (args, env) {
  if (args.length === 0) {
    yield* env.io.stderr.write('BusyBox: sleep: missing operand\nUsage: sleep [N]...\n');
    return 1;
  }
  let total = 0;
  for (const a of args) {
    if (a === 'inf' || a === 'infinity') {
      for (;;) yield* env.sleep(FOREVER_SLICE_MS);
    }
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) {
      yield* fail(env, 'sleep', `invalid number '${a}'`);
      return 1;
    }
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 1000);
  }
  yield* env.sleep(Math.round(total));
  return 0;
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** strftime for the conversions scripts use; containers run in UTC. */
export function strftime(format: string, ms: number): string {
  const t = civilFromMs(ms);
  const conv: Record<string, () => string> = {
    a: () => DAYS[t.weekday] ?? '',
    b: () => MONTHS[t.month - 1] ?? '',
    h: () => MONTHS[t.month - 1] ?? '',
    d: () => p2(t.day),
    e: () => String(t.day).padStart(2),
    H: () => p2(t.hour),
    M: () => p2(t.minute),
    S: () => p2(t.second),
    m: () => p2(t.month),
    y: () => p2(t.year % 100),
    Y: () => String(t.year),
    Z: () => 'UTC',
    z: () => '+0000',
    s: () => String(Math.floor(ms / 1000)),
    N: () => String(t.millis * 1_000_000).padStart(9, '0'),
    T: () => `${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`,
    F: () => `${t.year}-${p2(t.month)}-${p2(t.day)}`,
    D: () => `${p2(t.month)}/${p2(t.day)}/${p2(t.year % 100)}`,
    R: () => `${p2(t.hour)}:${p2(t.minute)}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (m, c: string) => conv[c]?.() ?? m);
}

/** busybox date: `Mon Jan  5 09:00:00 UTC 2026`, `date +FORMAT`, `-u`, `-I`, `-R`. */
export const date: CommandFn = function* (args, env) {
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (const a of args) {
    if (a === '-u' || a === '--utc') continue;
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-I' || a === '-Idate') format = '%F';
    else if (a === '-Iseconds') format = '%Y-%m-%dT%H:%M:%S%z';
    else if (a === '-R') format = '%a, %d %b %Y %H:%M:%S %z';
    else {
      yield* fail(env, 'date', `invalid date '${a}'`);
      return 1;
    }
  }
  yield* out(env, `${strftime(format, env.now())}\n`);
  return 0;
};

export const env: CommandFn = function* (args, e) {
  if (args.length) {
    yield* fail(e, 'env', `can't execute '${args[0]}': not simulated`);
    return 127;
  }
  yield* out(
    e,
    Object.entries(e.env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return 0;
};

export const printenv: CommandFn = function* (args, e) {
  if (args.length === 0) return yield* env([], e);
  let status = 0;
  for (const name of args) {
    const v = e.env[name];
    if (v === undefined) status = 1;
    else yield* out(e, `${v}\n`);
  }
  return status;
};

export const hostname: CommandFn = function* (_args, e) {
  yield* out(e, `${e.hostname}\n`);
  return 0;
};

export const pwd: CommandFn = function* (_args, e) {
  yield* out(e, `${e.cwd}\n`);
  return 0;
};

// eslint-disable-next-line require-yield
export const trueCommand: CommandFn = function* () {
  return 0;
};

// eslint-disable-next-line require-yield
export const falseCommand: CommandFn = function* () {
  return 1;
};
