import type { Rand } from '../../../rand';
import type { IO } from '../io';
import type { HttpResult, ShellFS, ShellRun } from '../types';

/** What a command (an image's binary: echo, wget, ls…) sees of its process. */
export interface CommandEnv {
  io: IO;
  fs: ShellFS;
  /** The exported environment, as `env` prints it. */
  env: Record<string, string>;
  cwd: string;
  hostname: string;
  now(): number;
  rand: Rand;
  /** Absolute path of `path` from the working directory. */
  resolve(path: string): string;
  /** Let `ms` of simulated time pass. */
  sleep(ms: number): ShellRun<void>;
  /** One HTTP GET through the driver (the pod network and service proxies). */
  http(url: string): ShellRun<HttpResult>;
}

export type CommandFn = (args: string[], env: CommandEnv) => ShellRun<number>;

/** Writes to the command's stdout. */
export function* out(env: CommandEnv, text: string): ShellRun<void> {
  yield* env.io.stdout.write(text);
}

/** Writes `name: message` to stderr, the way busybox applets report errors. */
export function* fail(env: CommandEnv, name: string, message: string): ShellRun<void> {
  yield* env.io.stderr.write(`${name}: ${message}\n`);
}

/**
 * Splits leading short options (`-qO-`, `-n 3`) from operands. `withValue` lists the letters
 * that take a value (attached or the next argument). Returns undefined on an unknown option.
 */
export function parseFlags(
  args: string[],
  known: string,
  withValue = '',
): { flags: Map<string, string>; operands: string[]; bad?: string } {
  const flags = new Map<string, string>();
  const operands: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-' || /^-\d/.test(a)) {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j] ?? '';
      if (withValue.includes(f)) {
        const rest = a.slice(j + 1);
        flags.set(f, rest !== '' ? rest : (args[++i] ?? ''));
        break;
      }
      if (!known.includes(f)) return { flags, operands, bad: f };
      flags.set(f, '');
    }
  }
  operands.push(...args.slice(i));
  return { flags, operands };
}
