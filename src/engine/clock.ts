/**
 * The one source of time in the engine. Simulated milliseconds since the cluster started;
 * wall-clock timestamps are `epoch + now`. Timers run in (time, insertion) order, so the same
 * inputs always run the same callbacks in the same order.
 */

import { rfc3339 } from './util/time';

export interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

export class SimClock {
  private current = 0;
  private seq = 0;
  private readonly timers: Timer[] = [];

  /** @param epochMs the wall-clock time (ms since 1970) that simulated time 0 stands for. */
  constructor(readonly epochMs: number) {}

  get now(): number {
    return this.current;
  }

  /** Wall-clock ms of the simulated present. */
  get wallMs(): number {
    return this.epochMs + this.current;
  }

  /** RFC 3339 timestamp (second precision, as Kubernetes serialises metav1.Time). */
  timestamp(at: number = this.current): string {
    return rfc3339(this.epochMs + at);
  }

  /** Run `run` at simulated time `at` (never earlier than now). Returns the timer to cancel it. */
  at(at: number, run: () => void): Timer {
    const timer: Timer = { at: Math.max(at, this.current), seq: this.seq++, run, cancelled: false };
    // keep timers sorted by (at, seq): insertion from the back is cheap for the common case
    let i = this.timers.length;
    while (i > 0) {
      const prev = this.timers[i - 1];
      if (prev && (prev.at < timer.at || (prev.at === timer.at && prev.seq < timer.seq))) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
    return timer;
  }

  after(delayMs: number, run: () => void): Timer {
    return this.at(this.current + Math.max(0, delayMs), run);
  }

  cancel(timer: Timer | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** The time of the next pending timer, if any. */
  nextAt(): number | undefined {
    return this.timers.find((t) => !t.cancelled)?.at;
  }

  /**
   * Move the clock forward by `ms`, running every timer that falls due, in order. Timers that
   * callbacks schedule within the window run too.
   */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    const end = this.current + ms;
    this.runUntil(end);
    this.current = end;
  }

  /** Run every timer due at or before `end` (and at the present instant). */
  runUntil(end: number): void {
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      if (next.cancelled) continue;
      this.current = Math.max(this.current, next.at);
      next.run();
    }
  }

  /** Run what is due right now without moving the clock. */
  settle(): void {
    this.runUntil(this.current);
  }
}
