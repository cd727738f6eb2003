/** What a kubectl run writes: stdout and stderr as a terminal would show them, and an exit code. */
import type { KubectlResult } from '../contract';

export class Output {
  private out = '';
  private err = '';
  exitCode = 0;

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
