/** What a kubectl run writes: stdout and stderr as a terminal would show them, and an exit code. */
import type { KubectlResult } from '../contract';

/**
 * What a command keeps doing after it returns (`logs -f`): started with a writer, it writes as
 * simulated time runs and returns the function that stops it; `end` says the stream closed.
 */
export type Follower = (write: (text: string) => void, end: () => void) => () => void;

export class Output {
  private out = '';
  private err = '';
  exitCode = 0;
  /** Streams a command left open; empty when nobody can follow them (plain `kubectl()`). */
  readonly followers: Follower[] = [];

  constructor(
    /** Whether the caller can take a stream (`kubectlStream`); commands fall back to printing once. */
    readonly canFollow = false,
  ) {}

  follow(follower: Follower): void {
    if (this.canFollow) this.followers.push(follower);
  }

  /** Append to stdout (text should end with a newline where kubectl's does). */
  print(text: string): void {
    this.out += text;
  }
  println(line = ''): void {
    this.out += `${line}\n`;
  }
  /** Append a line to stderr. */
  error(line: string): void {
    this.err += line.endsWith('\n') ? line : `${line}\n`;
  }
  /** A failure: stderr line and exit code 1. */
  fail(line: string): void {
    this.error(line);
    this.exitCode = 1;
  }
  get hasOutput(): boolean {
    return this.out.length > 0;
  }
  result(): KubectlResult {
    return { stdout: this.out, stderr: this.err, exitCode: this.exitCode };
  }
}
