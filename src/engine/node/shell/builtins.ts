/**
 * Builtins that change the shell itself (its variables, directory, loops), so they cannot be
 * separate programs: exit, export, unset, cd, read, set, shift, break, continue, eval, exec, `:`.
 */
import { ExitSignal, LoopSignal, ShellSyntaxError } from './errors';
import type { IO } from './io';
import { Parser } from './parser';
import { resolvePath } from './paths';
import type { Shell } from './interpreter';
import type { ShellRun } from './types';

export type Builtin = (shell: Shell, args: string[], io: IO) => ShellRun<number>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function* complain(shell: Shell, io: IO, message: string): ShellRun<void> {
  yield* io.stderr.write(`${shell.name}: ${message}\n`);
}

// eslint-disable-next-line require-yield
const exit: Builtin = function* (shell, args) {
  const code = args[0] === undefined ? shell.status : Number(args[0]);
  throw new ExitSignal(Number.isInteger(code) ? ((code % 256) + 256) % 256 : 2);
};

const exportBuiltin: Builtin = function* (shell, args, io) {
  if (args.length === 0 || args[0] === '-p') {
    const lines = [...shell.exported]
      .sort()
      .map((k) => `export ${k}='${(shell.vars.get(k) ?? '').replace(/'/g, `'"'"'`)}'\n`);
    yield* io.stdout.write(lines.join(''));
    return 0;
  }
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      yield* complain(shell, io, `export: ${a}: bad variable name`);
      return 1;
    }
    if (eq >= 0) shell.vars.set(name, a.slice(eq + 1));
    shell.exported.add(name);
  }
  return 0;
};

// eslint-disable-next-line require-yield
const unset: Builtin = function* (shell, args) {
  for (const a of args.filter((x) => x !== '-v')) {
    shell.vars.delete(a);
    shell.exported.delete(a);
  }
  return 0;
};

const cd: Builtin = function* (shell, args, io) {
  const target = args[0] ?? shell.vars.get('HOME') ?? '/';
  const path = resolvePath(shell.cwd, target);
  if (!shell.ctx.fs.isDir(path)) {
    const why = shell.ctx.fs.exists(path) ? 'Not a directory' : 'No such file or directory';
    yield* complain(shell, io, `cd: can't cd to ${target}: ${why}`);
    return 2;
  }
  shell.cwd = path;
  shell.vars.set('PWD', path);
  return 0;
};

/** read [-r] NAME…: one line of stdin split over the names, the last taking the rest. */
// eslint-disable-next-line require-yield
const read: Builtin = function* (shell, args, io) {
  const raw = args.includes('-r');
  const names = args.filter((a) => a !== '-r');
  let line = io.stdin.readLine();
  if (line === undefined) {
    for (const n of names) shell.vars.set(n, '');
    return 1;
  }
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  const targets = names.length ? names : ['REPLY'];
  const words = line.trim().split(/[ \t]+/);
  targets.forEach((n, i) => {
    const value = i === targets.length - 1 ? words.slice(i).join(' ') : (words[i] ?? '');
    shell.vars.set(n, value);
  });
  return 0;
};

const set: Builtin = function* (shell, args, io) {
  if (args.length === 0) {
    const lines = [...shell.vars.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}='${v}'\n`);
    yield* io.stdout.write(lines.join(''));
    return 0;
  }
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-z]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'e') shell.errexit = a.startsWith('-');
      else if (f === 'x') shell.xtrace = a.startsWith('-');
    }
  }
  if (i < args.length || args.includes('--')) shell.positionals = args.slice(i);
  return 0;
};

const shift: Builtin = function* (shell, args, io) {
  const n = Number(args[0] ?? '1');
  if (!Number.isInteger(n) || n < 0 || n > shell.positionals.length) {
    yield* complain(shell, io, `shift: can't shift that many`);
    return 1;
  }
  shell.positionals = shell.positionals.slice(n);
  return 0;
};

const loopControl = (kind: 'break' | 'continue'): Builtin =>
  // eslint-disable-next-line require-yield
  function* (_shell, args) {
    throw new LoopSignal(kind, Math.max(1, Number(args[0] ?? '1') || 1));
  };

const evalBuiltin: Builtin = function* (shell, args, io) {
  const parser = new Parser(args.join(' '));
  let status = 0;
  try {
    for (let list = parser.nextCommand(); list; list = parser.nextCommand())
      status = yield* shell.list(list, io);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    yield* complain(shell, io, e.text);
    return 2;
  }
  return status;
};

/** exec replaces the shell: the command's status is the container's. */
const exec: Builtin = function* (shell, args, io) {
  const [name, ...rest] = args;
  if (name === undefined) return 0;
  throw new ExitSignal(yield* shell.exec(name, rest, io, shell.exportedEnv()));
};

// eslint-disable-next-line require-yield
const colon: Builtin = function* () {
  return 0;
};

export const SPECIAL_BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  [':', colon],
  ['break', loopControl('break')],
  ['cd', cd],
  ['continue', loopControl('continue')],
  ['eval', evalBuiltin],
  ['exec', exec],
  ['exit', exit],
  ['export', exportBuiltin],
  ['read', read],
  ['set', set],
  ['shift', shift],
  ['unset', unset],
]);
