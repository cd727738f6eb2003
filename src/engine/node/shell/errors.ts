/** A parse failure; `raw` messages are printed as they are, others after `syntax error: `. */
export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly raw = false,
  ) {
    super(message);
  }

  /** The line busybox ash prints (after its `sh: ` prefix). */
  get text(): string {
    return this.raw ? this.message : `syntax error: ${this.message}`;
  }
}

/** `exit N` unwinds the interpreter to the nearest shell (the script or a subshell). */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** `break N` / `continue N` unwind to the enclosing loop. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}
