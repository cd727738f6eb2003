/**
 * One container instance: a process the runtime drives over simulated time. Its program (a
 * generator) yields effects — output, sleeps, HTTP requests — and the instance answers them:
 * output becomes log lines, a sleep becomes a timer on the cluster clock, a request goes out
 * through the container's network. When the program returns, the process has exited.
 */
import type { SimClock, Timer } from '../../clock';
import type { LogEntry } from '../kubeletApi';
import type { HttpResult, ShellContext } from '../shell';
import type { ContainerNet, Program } from './programs';

/** Lines kept per container instance; older ones are dropped as a log rotation would. */
export const MAX_LOG_LINES = 5_000;

export class ContainerLog {
  readonly entries: LogEntry[] = [];
  private readonly partial = { stdout: '', stderr: '' };
  /** Followers (`kubectl logs -f`): each new line as it is written. */
  private readonly listeners = new Set<(entry: LogEntry) => void>();

  subscribe(listener: (entry: LogEntry) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  constructor(private readonly clock: SimClock) {}

  write(stream: 'stdout' | 'stderr', text: string): void {
    const joined = this.partial[stream] + text;
    const parts = joined.split('\n');
    this.partial[stream] = parts.pop() ?? '';
    for (const line of parts) this.push(stream, line);
  }

  /** What a process left unterminated when it ended is still logged, as Docker does. */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.push(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
  }

  private push(stream: 'stdout' | 'stderr', text: string): void {
    const entry: LogEntry = { wallMs: this.clock.wallMs, stream, text };
    this.entries.push(entry);
    for (const listener of [...this.listeners]) listener(entry);
    if (this.entries.length > MAX_LOG_LINES)
      this.entries.splice(0, this.entries.length - MAX_LOG_LINES);
  }
}

export class ContainerProcess {
  readonly log: ContainerLog;
  /** Simulated ms the process started and (once it has) exited. */
  readonly startedAt: number;
  exitedAt: number | undefined;
  exitCode: number | undefined;
  /** `OOMKilled` and the like, when something outside the program ended it. */
  exitReason: string | undefined;
  private timer: Timer | undefined;
  private stepping = false;
  /** Called once when the process ends (a follower's stream closes then). */
  readonly exitListeners = new Set<() => void>();
  /** HTTP requests answered, with when (for cAdvisor-like CPU figures). */
  readonly served: number[] = [];

  constructor(
    readonly id: string,
    private readonly clock: SimClock,
    readonly program: Program,
    /** Its filesystem, environment and host name: what `exec` and probes run in. */
    readonly ctx: ShellContext,
    private readonly net: ContainerNet,
    private readonly onExit: (process: ContainerProcess) => void,
  ) {
    this.log = new ContainerLog(clock);
    this.startedAt = clock.now;
  }

  get running(): boolean {
    return this.exitedAt === undefined;
  }

  start(): void {
    this.step(undefined);
  }

  /** The stop signal: a program with a handler exits; one without ignores it. */
  terminate(): boolean {
    if (!this.running) return true;
    const code = this.program.stop?.();
    if (code === undefined) return false;
    this.exit(code);
    return true;
  }

  /** SIGKILL (137), or a fault that ends the process with the given code. */
  kill(exitCode = 137, reason?: string): void {
    if (!this.running) return;
    if (reason !== undefined) this.exitReason = reason;
    this.exit(exitCode);
  }

  /** The node lost power: the process is gone without a word. */
  vanish(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
    this.exitedAt ??= this.clock.now;
    for (const listener of [...this.exitListeners]) listener();
    this.exitListeners.clear();
  }

  private step(answer: HttpResult | undefined): void {
    if (!this.running || this.stepping) return;
    this.stepping = true;
    this.timer = undefined;
    try {
      let input = answer;
      for (;;) {
        const next = this.program.run.next(input);
        input = undefined;
        if (next.done) {
          this.exit(next.value);
          return;
        }
        const effect = next.value;
        if (effect.type === 'stdout' || effect.type === 'stderr')
          this.log.write(effect.type, effect.text);
        else if (effect.type === 'http') input = this.net.http(effect.url);
        else {
          if (effect.ms !== Infinity) this.timer = this.clock.after(effect.ms, () => this.resume());
          return;
        }
        if (!this.running) return;
      }
    } finally {
      this.stepping = false;
    }
  }

  private resume(): void {
    this.step(undefined);
  }

  private exit(code: number): void {
    if (!this.running) return;
    this.clock.cancel(this.timer);
    this.timer = undefined;
    this.log.flush();
    this.exitCode = code;
    this.exitedAt = this.clock.now;
    if (!this.stepping) this.program.run.return(code);
    this.onExit(this);
    for (const listener of [...this.exitListeners]) listener();
    this.exitListeners.clear();
  }
}
