/**
 * A rate-free work queue in the shape of client-go's: watch handlers only add keys; a key
 * queued twice before it is processed is processed once; processing happens on the simulated
 * clock after the component's reaction latency, one key at a time, in the order keys arrived.
 */
import type { SimClock, Timer } from '../clock';

export class WorkQueue {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private timer: Timer | undefined;
  private down = false;

  constructor(
    private readonly clock: SimClock,
    private readonly latencyMs: number,
    private readonly sync: (key: string) => void,
  ) {}

  add(key: string): void {
    if (this.down || this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
    this.schedule();
  }

  /** Add `key` again after `delayMs` (a periodic resync or a retry). */
  addAfter(key: string, delayMs: number): Timer {
    return this.clock.after(delayMs, () => this.add(key));
  }

  /** The process stopped: nothing queued runs, nothing more is taken. */
  shutDown(): void {
    this.down = true;
    this.clock.cancel(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
    this.queued.clear();
  }

  get length(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.timer && !this.timer.cancelled) return;
    this.timer = this.clock.after(this.latencyMs, () => {
      this.timer = undefined;
      // keys added while processing wait for the next round, as a real worker would
      const batch = this.queue.splice(0, this.queue.length);
      for (const key of batch) {
        this.queued.delete(key);
        this.sync(key);
      }
      if (this.queue.length) this.schedule();
    });
  }
}
