/**
 * Where a command's output goes. Output to the container's own stdout/stderr becomes an effect
 * at once (so `kubectl logs` sees lines as they are written); pipes and `$(…)` collect it; a
 * redirection appends it to a file.
 */
import type { ShellEffect, ShellFS, ShellRun } from './types';

export interface Sink {
  write(text: string): ShellRun<void>;
}

export class EffectSink implements Sink {
  constructor(private readonly stream: 'stdout' | 'stderr') {}
  *write(text: string): ShellRun<void> {
    if (text) yield { type: this.stream, text } satisfies ShellEffect;
  }
}

export class BufferSink implements Sink {
  text = '';
  // eslint-disable-next-line require-yield
  *write(text: string): ShellRun<void> {
    this.text += text;
  }
}

export class FileSink implements Sink {
  error: string | undefined;
  constructor(
    private readonly fs: ShellFS,
    readonly path: string,
  ) {}
  // eslint-disable-next-line require-yield
  *write(text: string): ShellRun<void> {
    if (text && !this.error) this.error = this.fs.write(this.path, text, true);
  }
}

export class NullSink implements Sink {
  *write(): ShellRun<void> {}
}

/** A command's standard input: read whole (`cat`) or a line at a time (`read`). */
export class Input {
  private pos = 0;
  constructor(private readonly text: string) {}

  readAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }

  /** The next line without its newline, or undefined at end of input. */
  readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl;
    const line = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return line;
  }
}

export const EMPTY_INPUT = (): Input => new Input('');

/** The three standard file descriptors of one command. */
export interface IO {
  stdin: Input;
  stdout: Sink;
  stderr: Sink;
}
