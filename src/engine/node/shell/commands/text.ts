/** Text applets as busybox has them: echo, printf, cat, head, tail, wc, grep, seq. */
import { type CommandEnv, type CommandFn, fail, out, parseFlags } from './command';
import type { ShellRun } from '../types';

/** `\n`, `\t`, `\\`, `\c` (stop output) as `echo -e` and printf formats understand them. */
export function unescape(text: string): { text: string; stop: boolean } {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      result += c;
      continue;
    }
    const n = text[++i] ?? '';
    const map: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      e: '\x1b',
    };
    if (n === 'c') return { text: result, stop: true };
    if (n in map) result += map[n];
    else if (n === '0') {
      const oct = /^[0-7]{0,3}/.exec(text.slice(i + 1))?.[0] ?? '';
      result += String.fromCharCode(parseInt(oct || '0', 8));
      i += oct.length;
    } else result += `\\${n}`;
  }
  return { text: result, stop: false };
}

export const echo: CommandFn = function* (args, env) {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i] ?? ''); i++) {
    for (const f of (args[i] ?? '').slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const u = unescape(text);
    if (u.stop) {
      yield* out(env, u.text);
      return 0;
    }
    text = u.text;
  }
  yield* out(env, newline ? `${text}\n` : text);
  return 0;
};

export const printf: CommandFn = function* (args, env) {
  const [format, ...rest] = args;
  if (format === undefined) {
    yield* env.io.stderr.write('Usage: printf FORMAT [ARGUMENT]...\n');
    return 1;
  }
  const errors: string[] = [];
  let argi = 0;
  let result = '';
  do {
    const start = argi;
    result += format.replace(
      /%([-0 +#]*)(\d*)(?:\.(\d+))?([sdiouxXcb%])|\\(0[0-7]{0,3}|.)/g,
      (m, flags: string, width: string, prec: string | undefined, conv: string | undefined) => {
        if (m.startsWith('\\')) return unescape(m).text;
        if (conv === '%') return '%';
        const arg = rest[argi++] ?? '';
        let s: string;
        if (conv === 's' || conv === 'b') s = conv === 'b' ? unescape(arg).text : arg;
        else if (conv === 'c') s = arg.slice(0, 1);
        else {
          const n = arg === '' ? 0 : Number(arg);
          if (!Number.isFinite(n)) {
            errors.push(`invalid number '${arg}'`);
            s = '0';
          } else
            s =
              conv === 'x'
                ? Math.trunc(n).toString(16)
                : conv === 'X'
                  ? Math.trunc(n).toString(16).toUpperCase()
                  : conv === 'o'
                    ? Math.trunc(n).toString(8)
                    : String(Math.trunc(n));
        }
        if (prec !== undefined && conv === 's') s = s.slice(0, Number(prec));
        const w = Number(width || 0);
        if (s.length < w)
          s = flags.includes('-')
            ? s.padEnd(w)
            : flags.includes('0') && conv !== 's'
              ? s.padStart(w, '0')
              : s.padStart(w);
        return s;
      },
    );
    if (argi === start) break;
  } while (argi < rest.length);
  yield* out(env, result);
  for (const e of errors) yield* fail(env, 'printf', e);
  return errors.length ? 1 : 0;
};

/** Reads the named files (or stdin for none or `-`); reports the ones that cannot be opened. */
function* inputs(
  env: CommandEnv,
  name: string,
  files: string[],
): ShellRun<{ file: string; text: string }[] | number> {
  if (files.length === 0) return [{ file: '-', text: env.io.stdin.readAll() }];
  const result: { file: string; text: string }[] = [];
  let bad = false;
  for (const f of files) {
    if (f === '-') {
      result.push({ file: f, text: env.io.stdin.readAll() });
      continue;
    }
    const path = env.resolve(f);
    const text = env.fs.read(path);
    if (text !== undefined) result.push({ file: f, text });
    else {
      bad = true;
      const why = env.fs.isDir(path) ? 'Is a directory' : 'No such file or directory';
      if (name === 'grep' || why === 'Is a directory') yield* fail(env, name, `${f}: ${why}`);
      else yield* fail(env, name, `can't open '${f}': ${why}`);
    }
  }
  return bad && result.length === 0 ? 1 : result;
}

export const cat: CommandFn = function* (args, env) {
  const files = yield* inputs(
    env,
    'cat',
    args.filter((a) => a !== '-u'),
  );
  if (typeof files === 'number') return files;
  for (const f of files) yield* out(env, f.text);
  return files.length < args.filter((a) => a !== '-u').length ? 1 : 0;
};

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

function headTailCount(args: string[]): { n: string; rest: string[] } {
  const rest: string[] = [];
  let n = '10';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-n') n = args[++i] ?? '';
    else if (a.startsWith('-n')) n = a.slice(2);
    else if (/^-\d+$/.test(a)) n = a.slice(1);
    else rest.push(a);
  }
  return { n, rest };
}

export const head: CommandFn = function* (args, env) {
  const { n, rest } = headTailCount(args);
  if (!/^\d+$/.test(n)) {
    yield* fail(env, 'head', `invalid number '${n}'`);
    return 1;
  }
  const files = yield* inputs(env, 'head', rest);
  if (typeof files === 'number') return files;
  for (const f of files) {
    if (files.length > 1) yield* out(env, `==> ${f.file} <==\n`);
    const take = lines(f.text).slice(0, Number(n));
    if (take.length) yield* out(env, `${take.join('\n')}\n`);
  }
  return 0;
};

/** tail, including `-f`: busybox polls the file once a second and prints what was appended. */
export const tail: CommandFn = function* (args, env) {
  const follow = args.includes('-f') || args.includes('-F');
  const { n, rest } = headTailCount(args.filter((a) => a !== '-f' && a !== '-F'));
  if (!/^\+?\d+$/.test(n)) {
    yield* fail(env, 'tail', `invalid number '${n}'`);
    return 1;
  }
  const files = yield* inputs(env, 'tail', rest);
  if (typeof files === 'number' && !follow) return files;
  for (const f of typeof files === 'number' ? [] : files) {
    const all = lines(f.text);
    const take = n.startsWith('+')
      ? all.slice(Math.max(0, Number(n.slice(1)) - 1))
      : all.slice(Math.max(0, all.length - Number(n)));
    if (take.length) yield* out(env, `${take.join('\n')}\n`);
  }
  if (!follow || rest.length === 0) return 0;
  const path = env.resolve(rest[rest.length - 1] ?? '');
  let seen = (env.fs.read(path) ?? '').length;
  for (;;) {
    yield* env.sleep(1000);
    const now = env.fs.read(path) ?? '';
    if (now.length < seen) {
      yield* env.io.stderr.write(`tail: ${rest[rest.length - 1]}: file truncated\n`);
      seen = 0;
    }
    if (now.length > seen) yield* out(env, now.slice(seen));
    seen = now.length;
  }
};

export const wc: CommandFn = function* (args, env) {
  const { flags, operands, bad } = parseFlags(args, 'lwc');
  if (bad) {
    yield* fail(env, 'wc', `invalid option -- '${bad}'`);
    return 1;
  }
  const which = flags.size ? ['l', 'w', 'c'].filter((f) => flags.has(f)) : ['l', 'w', 'c'];
  const files = yield* inputs(env, 'wc', operands);
  if (typeof files === 'number') return files;
  for (const f of files) {
    const counts: Record<string, number> = {
      l: (f.text.match(/\n/g) ?? []).length,
      w: f.text.split(/\s+/).filter(Boolean).length,
      c: f.text.length,
    };
    const cols = which.map((k) => counts[k] ?? 0);
    const body =
      cols.length === 1 ? String(cols[0]) : cols.map((c) => String(c).padStart(7)).join(' ');
    yield* out(env, operands.length ? `${body} ${f.file}\n` : `${body}\n`);
  }
  return 0;
};

/** grep with basic regular expressions (as JavaScript sees them), -v -c -i -q -n -F -E. */
export const grep: CommandFn = function* (args, env) {
  const { flags, operands, bad } = parseFlags(args, 'vciqnFEsl', 'e');
  if (bad) {
    yield* fail(env, 'grep', `invalid option -- '${bad}'`);
    return 2;
  }
  const pattern = flags.get('e') ?? operands.shift();
  if (pattern === undefined) {
    yield* env.io.stderr.write('Usage: grep [-vciqnFE] PATTERN [FILE]...\n');
    return 2;
  }
  let source = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern;
  if (!flags.has('F') && !flags.has('E'))
    source = source.replace(/\\([(){}|+?])|([(){}|+?])/g, (_m, esc: string, lit: string) =>
      esc ? esc : `\\${lit}`,
    );
  let re: RegExp;
  try {
    re = new RegExp(source, flags.has('i') ? 'i' : '');
  } catch {
    yield* fail(env, 'grep', `bad regex '${pattern}'`);
    return 2;
  }
  const files = yield* inputs(env, 'grep', operands);
  if (typeof files === 'number') return 2;
  let matched = 0;
  for (const f of files) {
    let count = 0;
    const prefix = files.length > 1 ? `${f.file}:` : '';
    for (const [i, line] of lines(f.text).entries()) {
      if (re.test(line) === flags.has('v')) continue;
      count++;
      if (!flags.has('c') && !flags.has('q') && !flags.has('l'))
        yield* out(env, `${prefix}${flags.has('n') ? `${i + 1}:` : ''}${line}\n`);
    }
    if (flags.has('c') && !flags.has('q')) yield* out(env, `${prefix}${count}\n`);
    if (flags.has('l') && count) yield* out(env, `${f.file}\n`);
    matched += count;
  }
  return matched > 0 ? 0 : 1;
};

export const seq: CommandFn = function* (args, env) {
  const nums = args.map(Number);
  if (args.length < 1 || args.length > 3 || nums.some((n) => !Number.isFinite(n))) {
    const badArg = args.find((a) => !Number.isFinite(Number(a)));
    if (badArg !== undefined) yield* fail(env, 'seq', `invalid number '${badArg}'`);
    else yield* env.io.stderr.write('Usage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n');
    return 1;
  }
  const [first, inc, last] =
    nums.length === 1
      ? [1, 1, nums[0] ?? 0]
      : nums.length === 2
        ? [nums[0] ?? 1, 1, nums[1] ?? 0]
        : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 0];
  let text = '';
  for (let v = first, k = 0; inc > 0 ? v <= last : inc < 0 && v >= last; k++, v = first + k * inc)
    text += `${v}\n`;
  yield* out(env, text);
  return 0;
};
