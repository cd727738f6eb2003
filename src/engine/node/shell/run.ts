/**
 * The entry points the kubelet drives. A container's command runs as PID 1: `sh -c …` is the
 * shell itself; any other program is an applet run directly, with no shell in between.
 */
import { COMMANDS, BIN_DIRS } from './commands';
import { EffectSink, Input, type IO } from './io';
import { Shell, runShell } from './interpreter';
import { baseName } from './paths';
import type { ShellContext, ShellRun } from './types';

const containerIO = (): IO => ({
  stdin: new Input(''),
  stdout: new EffectSink('stdout'),
  stderr: new EffectSink('stderr'),
});

const SHELLS = new Set(['sh', 'ash', 'bash']);

/** The applet `argv0` names (`echo`, `/bin/echo`), if the simulated image has it. */
function appletName(argv0: string): string | undefined {
  if (!argv0.includes('/')) return argv0;
  return BIN_DIRS.includes(argv0.slice(0, argv0.lastIndexOf('/'))) ? baseName(argv0) : undefined;
}

/**
 * Whether `argv0` can be started in this container (an applet, a shell, or a file in its
 * filesystem). When it cannot, a real runtime fails the start (`executable file not found in
 * $PATH`) rather than running anything; the kubelet reports that as a StartError.
 */
export function isExecutable(argv0: string, ctx: Pick<ShellContext, 'fs'>): boolean {
  const name = appletName(argv0);
  if (name !== undefined && (SHELLS.has(name) || COMMANDS.has(name))) return true;
  return argv0.includes('/') && ctx.fs.read(argv0) !== undefined;
}

/**
 * Runs a container's command+args to completion and returns its exit code.
 * @example
 * const run = runCommand(['sh', '-c', 'echo hi; sleep 1'], ctx);
 * run.next(); // { value: { type: 'stdout', text: 'hi\n' }, done: false }
 * run.next(); // { value: { type: 'sleep', ms: 1000 }, done: false }
 * run.next(); // { value: 0, done: true }
 */
export function* runCommand(argv: string[], ctx: ShellContext): ShellRun<number> {
  const [argv0, ...args] = argv;
  if (argv0 === undefined) return 0;
  const io = containerIO();
  const name = appletName(argv0);
  if (name !== undefined && SHELLS.has(name)) return yield* runShell(argv, ctx, io);
  return yield* Shell.create(ctx, 'sh').exec(argv0, args, io, { ...ctx.env });
}

/** Runs a script as `sh -c` would. */
export function* runScript(script: string, ctx: ShellContext): ShellRun<number> {
  return yield* Shell.create(ctx, 'sh').script(script, containerIO());
}
