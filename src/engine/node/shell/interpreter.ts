/**
 * The shell itself: runs parsed commands over simulated time. Every routine is a generator, so
 * `sleep 5` suspends the whole script until the driver resumes it 5 simulated seconds later.
 */
import type { AndOr, Command, List, Pipeline, Redirect, Word } from './ast';
import { BIN_DIRS, COMMANDS, type CommandEnv } from './commands';
import { ExitSignal, LoopSignal, ShellSyntaxError } from './errors';
import {
  type ExpandHost,
  ExpansionError,
  type Field,
  expandFields,
  expandString,
  patternSource,
} from './expand';
import { BufferSink, EffectSink, FileSink, type IO, Input, NullSink, type Sink } from './io';
import { Parser } from './parser';
import { baseName, resolvePath } from './paths';
import { SPECIAL_BUILTINS } from './builtins';
import type { HttpResult, ShellContext, ShellRun } from './types';

/** Commands run between two yields at most; then the shell lets 1 ms pass, so a busy loop cannot stall the engine. */
export const STEP_BUDGET = 10_000;
const BUSY_SLICE_MS = 1;

/** State shared by a shell and its subshells: the container's process and its step budget. */
interface Process {
  ctx: ShellContext;
  steps: number;
}

export class Shell implements ExpandHost {
  vars = new Map<string, string>();
  exported = new Set<string>();
  positionals: string[];
  status = 0;
  cwd: string;
  errexit = false;
  xtrace = false;
  /** Inside `if`/`while` conditions and `&&`/`||` left sides, where `set -e` does not apply. */
  conditionDepth = 0;
  /** The status of the last `$(…)` in the command being expanded (`X=$(false)` fails). */
  private substituted: number | undefined;

  constructor(
    private readonly process: Process,
    readonly name: string,
    args: string[] = [],
  ) {
    this.positionals = args;
    this.cwd = process.ctx.cwd ?? '/';
    for (const [k, v] of Object.entries(process.ctx.env)) {
      this.vars.set(k, v);
      this.exported.add(k);
    }
  }

  static create(ctx: ShellContext, name: string, args: string[] = []): Shell {
    return new Shell({ ctx, steps: 0 }, name, args);
  }

  get ctx(): ShellContext {
    return this.process.ctx;
  }

  /** A copy for `( … )`, pipelines and `$( … )`: changes made there do not come back. */
  subshell(): Shell {
    const s = new Shell(this.process, this.name, [...this.positionals]);
    s.vars = new Map(this.vars);
    s.exported = new Set(this.exported);
    s.status = this.status;
    s.cwd = this.cwd;
    s.errexit = this.errexit;
    s.xtrace = this.xtrace;
    return s;
  }

  get(name: string): string | undefined {
    if (name === '?') return String(this.status);
    if (name === '$') return '1';
    if (name === '#') return String(this.positionals.length);
    if (name === '0') return this.name;
    if (name === '!' || name === '-') return '';
    if (/^\d+$/.test(name)) return this.positionals[Number(name) - 1];
    if (name === 'PWD') return this.vars.get('PWD') ?? this.cwd;
    return this.vars.get(name);
  }

  set(name: string, value: string): void {
    this.vars.set(name, value);
  }

  positional(): string[] {
    return this.positionals;
  }

  exportedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const k of this.exported) {
      const v = this.vars.get(k);
      if (v !== undefined) env[k] = v;
    }
    return env;
  }

  *substitute(list: List): ShellRun<string> {
    const sink = new BufferSink();
    const sub = this.subshell();
    this.status = yield* sub.inSubshell(() =>
      sub.list(list, { stdin: new Input(''), stdout: sink, stderr: new EffectSink('stderr') }),
    );
    return sink.text;
  }

  /** Runs a routine, turning `exit` into its status (a subshell ends, its parent goes on). */
  *inSubshell(run: () => ShellRun<number>): ShellRun<number> {
    try {
      return yield* run();
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof LoopSignal) return this.status;
      throw e;
    }
  }

  /** Parses and runs a script one complete command at a time; returns the exit status. */
  *script(source: string, io: IO): ShellRun<number> {
    const parser = new Parser(source);
    try {
      for (;;) {
        let list: List | undefined;
        try {
          list = parser.nextCommand();
        } catch (e) {
          if (!(e instanceof ShellSyntaxError)) throw e;
          yield* io.stderr.write(`${this.name}: ${e.text}\n`);
          return 2;
        }
        if (!list) return this.status;
        yield* this.list(list, io);
      }
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof LoopSignal) return this.status;
      throw e;
    }
  }

  *list(list: List, io: IO): ShellRun<number> {
    for (const andOr of list) {
      const status = yield* this.andOr(andOr, io);
      if (
        status !== 0 &&
        this.errexit &&
        this.conditionDepth === 0 &&
        andOr.rest.length === 0 &&
        !andOr.first.bang
      )
        throw new ExitSignal(status);
    }
    return this.status;
  }

  /** `a && b || c`: every pipeline but the last is a condition, exempt from `set -e`. */
  private *andOr(andOr: AndOr, io: IO): ShellRun<number> {
    const pipelines = [andOr.first, ...andOr.rest.map((r) => r.pipeline)];
    let status = 0;
    for (const [i, pipeline] of pipelines.entries()) {
      const op = andOr.rest[i - 1]?.op;
      if (op !== undefined && (op === '&&') !== (status === 0)) continue;
      const guarded = i < pipelines.length - 1;
      if (guarded) this.conditionDepth++;
      try {
        status = yield* this.pipeline(pipeline, io);
      } finally {
        if (guarded) this.conditionDepth--;
      }
    }
    return status;
  }

  /** Runs a pipeline's commands in turn, each reading what the one before wrote. */
  private *pipeline(pipeline: Pipeline, io: IO): ShellRun<number> {
    let status: number;
    if (pipeline.commands.length === 1 && pipeline.commands[0]) {
      status = yield* this.command(pipeline.commands[0], io);
    } else {
      let stdin = io.stdin;
      status = 0;
      for (const [i, cmd] of pipeline.commands.entries()) {
        const last = i === pipeline.commands.length - 1;
        const sink = last ? io.stdout : new BufferSink();
        const sub = this.subshell();
        status = yield* sub.inSubshell(() =>
          sub.command(cmd, { stdin, stdout: sink, stderr: io.stderr }),
        );
        if (sink instanceof BufferSink) stdin = new Input(sink.text);
      }
    }
    if (pipeline.bang) status = status === 0 ? 1 : 0;
    this.status = status;
    return status;
  }

  private *tick(): ShellRun<void> {
    if (++this.process.steps >= STEP_BUDGET) {
      this.process.steps = 0;
      yield { type: 'sleep', ms: BUSY_SLICE_MS };
    }
  }

  *command(cmd: Command, io: IO): ShellRun<number> {
    yield* this.tick();
    const redirected = yield* this.redirect(cmd.redirs, io);
    if (!redirected) return (this.status = 1);
    if (cmd.type === 'simple') return yield* this.simple(cmd.assigns, cmd.words, redirected);
    if (cmd.type === 'group') {
      if (!cmd.subshell) return yield* this.list(cmd.body, redirected);
      const sub = this.subshell();
      return (this.status = yield* sub.inSubshell(() => sub.list(cmd.body, redirected)));
    }
    if (cmd.type === 'if') {
      for (const clause of cmd.clauses) {
        if ((yield* this.condition(clause.cond, redirected)) === 0)
          return yield* this.list(clause.body, redirected);
      }
      if (cmd.otherwise) return yield* this.list(cmd.otherwise, redirected);
      return (this.status = 0);
    }
    let status = 0;
    const body = function* (this: Shell): ShellRun<'break' | 'continue' | undefined> {
      try {
        status = yield* this.list(cmd.body, redirected);
      } catch (e) {
        if (!(e instanceof LoopSignal)) throw e;
        if (e.levels > 1) {
          e.levels--;
          throw e;
        }
        return e.kind;
      }
      return undefined;
    }.bind(this);
    if (cmd.type === 'for') {
      const items = cmd.items ? yield* this.fields(cmd.items) : this.positionals;
      for (const item of items ?? []) {
        yield* this.tick();
        this.vars.set(cmd.name, item);
        if ((yield* body()) === 'break') break;
      }
      return (this.status = status);
    }
    for (;;) {
      yield* this.tick();
      const cond = yield* this.condition(cmd.cond, redirected);
      if ((cond === 0) === cmd.until) break;
      if ((yield* body()) === 'break') break;
    }
    return (this.status = status);
  }

  private *condition(list: List, io: IO): ShellRun<number> {
    this.conditionDepth++;
    try {
      return yield* this.list(list, io);
    } finally {
      this.conditionDepth--;
    }
  }

  /** Expands words to fields, then file names for unquoted `*` and `?`. */
  private *fields(words: Word[]): ShellRun<string[] | undefined> {
    const out: string[] = [];
    for (const w of words) {
      let fields: Field[];
      try {
        fields = yield* expandFields(w, this);
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        yield* new EffectSink('stderr').write(`${this.name}: ${e.message}\n`);
        return undefined;
      }
      for (const f of fields) out.push(...(f.glob ? this.glob(f.text) : [f.text]));
    }
    return out;
  }

  /** Pathname expansion in the last path component; no match leaves the word as it is. */
  private glob(pattern: string): string[] {
    const slash = pattern.lastIndexOf('/');
    const dir = slash < 0 ? '' : pattern.slice(0, slash + 1);
    const base = pattern.slice(slash + 1);
    if (/[*?]/.test(dir)) return [pattern];
    const entries = this.ctx.fs.list(resolvePath(this.cwd, dir || '.')) ?? [];
    const re = new RegExp(`^${patternSource(base)}$`);
    const matches = entries
      .map((e) => baseName(e.name))
      .filter((n) => re.test(n) && (!n.startsWith('.') || base.startsWith('.')))
      .sort()
      .map((n) => dir + n);
    return matches.length ? matches : [pattern];
  }

  private *simple(
    assigns: { name: string; value: Word }[],
    words: Word[],
    io: IO,
  ): ShellRun<number> {
    this.substituted = undefined;
    const argv = yield* this.fields(words);
    if (!argv) return (this.status = 1);
    const values: [string, string][] = [];
    for (const a of assigns) values.push([a.name, yield* expandString(a.value, this)]);
    const [name, ...args] = argv;
    if (name === undefined) {
      for (const [k, v] of values) this.vars.set(k, v);
      return (this.status = this.substituted ?? 0);
    }
    if (this.xtrace) yield* io.stderr.write(`+ ${argv.join(' ')}\n`);
    const special = SPECIAL_BUILTINS.get(name);
    if (special) {
      for (const [k, v] of values) this.vars.set(k, v);
      return (this.status = yield* special(this, args, io));
    }
    const env = { ...this.exportedEnv(), ...Object.fromEntries(values) };
    return (this.status = yield* this.exec(name, args, io, env));
  }

  /** Runs a program: an applet, a nested `sh`, or a script file from the filesystem. */
  *exec(name: string, args: string[], io: IO, env: Record<string, string>): ShellRun<number> {
    const applet = name.includes('/')
      ? BIN_DIRS.includes(name.slice(0, name.lastIndexOf('/')))
        ? baseName(name)
        : undefined
      : name;
    if (applet === 'sh' || applet === 'ash' || applet === 'bash') {
      return yield* runShell([name, ...args], { ...this.ctx, env, cwd: this.cwd }, io);
    }
    const fn = applet === undefined ? undefined : COMMANDS.get(applet);
    if (fn) return yield* fn(args, this.commandEnv(io, env));
    const path = resolvePath(this.cwd, name);
    if (name.includes('/') && this.ctx.fs.read(path) !== undefined) {
      const shell = new Shell(
        { ...this.process, ctx: { ...this.ctx, env, cwd: this.cwd } },
        name,
        args,
      );
      return yield* shell.script(this.ctx.fs.read(path) ?? '', io);
    }
    yield* io.stderr.write(`${this.name}: ${name}: not found\n`);
    return 127;
  }

  private commandEnv(io: IO, env: Record<string, string>): CommandEnv {
    const process = this.process;
    const ctx = this.ctx;
    const cwd = this.cwd;
    return {
      io,
      fs: ctx.fs,
      env,
      cwd,
      hostname: ctx.hostname,
      now: () => ctx.now(),
      rand: ctx.rand,
      resolve: (p) => resolvePath(cwd, p),
      *sleep(ms: number): ShellRun<void> {
        process.steps = 0;
        yield { type: 'sleep', ms };
      },
      *http(url: string): ShellRun<HttpResult> {
        process.steps = 0;
        const result = yield { type: 'http', url, method: 'GET' };
        return result ?? { ok: false, error: 'Connection refused' };
      },
    };
  }

  /** Applies redirections in order; on failure prints busybox's message and returns undefined. */
  private *redirect(redirs: Redirect[], io: IO): ShellRun<IO | undefined> {
    if (redirs.length === 0) return io;
    const fds: [Input, Sink, Sink] = [io.stdin, io.stdout, io.stderr];
    for (const r of redirs) {
      const target = yield* expandString(r.target, this);
      if (r.fd > 2) continue;
      if (r.op === '>&' || r.op === '<&') {
        const from = target === '-' ? new NullSink() : fds[Number(target) as 0 | 1 | 2];
        if (!/^[0-2-]$/.test(target) || from === undefined) {
          yield* io.stderr.write(`${this.name}: ${target}: bad file descriptor\n`);
          return undefined;
        }
        if (r.fd === 0 && from instanceof Input) fds[0] = from;
        else if (r.fd > 0 && !(from instanceof Input)) fds[r.fd as 1 | 2] = from;
        continue;
      }
      const path = resolvePath(this.cwd, target);
      if (r.op === '<') {
        const text = path === '/dev/null' ? '' : this.ctx.fs.read(path);
        if (text === undefined) {
          yield* io.stderr.write(`${this.name}: can't open ${target}: no such file\n`);
          return undefined;
        }
        fds[r.fd === 0 ? 0 : 0] = new Input(text);
        continue;
      }
      let sink: Sink;
      if (path === '/dev/null') sink = new NullSink();
      else if (path === '/dev/stdout') sink = fds[1];
      else if (path === '/dev/stderr') sink = fds[2];
      else {
        const error = this.ctx.fs.isDir(path)
          ? 'Is a directory'
          : this.ctx.fs.write(path, '', r.op === '>>');
        if (error) {
          const why = /No such file|Not a directory/.test(error) ? 'nonexistent directory' : error;
          yield* io.stderr.write(`${this.name}: can't create ${target}: ${why}\n`);
          return undefined;
        }
        sink = new FileSink(this.ctx.fs, path);
      }
      if (r.fd === 0) continue;
      fds[r.fd as 1 | 2] = sink;
    }
    return { stdin: fds[0], stdout: fds[1], stderr: fds[2] };
  }
}

/** `sh -c SCRIPT [NAME ARGS…]`, `sh FILE ARGS…`; anything else is not a shell invocation. */
export function* runShell(argv: string[], ctx: ShellContext, io: IO): ShellRun<number> {
  const name = argv[0] ?? 'sh';
  let i = 1;
  let script: string | undefined;
  const opts: string[] = [];
  for (; i < argv.length && /^-[a-z]+$/.test(argv[i] ?? ''); i++)
    opts.push(...(argv[i] ?? '').slice(1));
  if (opts.includes('c')) {
    script = argv[i++];
    if (script === undefined) {
      yield* io.stderr.write(`${name}: -c requires an argument\n`);
      return 2;
    }
    const shell = Shell.create(ctx, argv[i] ?? name, argv.slice(i + 1));
    shell.errexit = opts.includes('e');
    shell.xtrace = opts.includes('x');
    return yield* shell.script(script, io);
  }
  const file = argv[i];
  if (file === undefined) return 0; // no terminal on stdin: an interactive shell reads EOF and exits
  const text = ctx.fs.read(resolvePath(ctx.cwd ?? '/', file));
  if (text === undefined) {
    yield* io.stderr.write(`${name}: can't open '${file}': No such file or directory\n`);
    return 2;
  }
  const shell = Shell.create(ctx, file, argv.slice(i + 1));
  shell.errexit = opts.includes('e');
  shell.xtrace = opts.includes('x');
  return yield* shell.script(text, io);
}
