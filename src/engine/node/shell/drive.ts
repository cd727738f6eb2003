/**
 * A minimal driver for the shell generators: runs one to completion (or to a time limit),
 * answering `http` effects from a function and adding up `sleep`s as simulated time. Tests
 * use it; the kubelet drives the generators against its real clock instead.
 */
import type { HttpResult, ShellEffect, ShellRun } from './types';

export interface DriveResult {
  stdout: string;
  stderr: string;
  /** undefined when the script was still running at `untilMs`. */
  exitCode: number | undefined;
  /** Simulated ms that passed in sleeps. */
  elapsed: number;
  effects: ShellEffect[];
}

export function drive(
  run: ShellRun,
  options: { http?: (url: string) => HttpResult; untilMs?: number; clock?: { ms: number } } = {},
): DriveResult {
  const result: DriveResult = {
    stdout: '',
    stderr: '',
    exitCode: undefined,
    elapsed: 0,
    effects: [],
  };
  let answer: HttpResult | undefined;
  for (;;) {
    const step = run.next(answer);
    answer = undefined;
    if (step.done) {
      result.exitCode = step.value;
      return result;
    }
    const effect = step.value;
    result.effects.push(effect);
    if (effect.type === 'stdout') result.stdout += effect.text;
    else if (effect.type === 'stderr') result.stderr += effect.text;
    else if (effect.type === 'http')
      answer = options.http?.(effect.url) ?? { ok: false, error: 'Connection refused' };
    else {
      if (result.elapsed + effect.ms > (options.untilMs ?? Infinity)) return result;
      result.elapsed += effect.ms;
      if (options.clock) options.clock.ms += effect.ms;
    }
  }
}
