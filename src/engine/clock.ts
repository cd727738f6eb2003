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

const before = (a: Timer, b: Timer): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

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
    // a binary heap ordered by (at, seq): thousands of pending timers cost log n per insert
    const heap = this.timers;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Timer;
      if (!before(timer, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = timer;
    return timer;
  }

  private pop(): Timer | undefined {
    const heap = this.timers;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const child = r < heap.length && before(heap[r] as Timer, heap[l] as Timer) ? r : l;
      const c = heap[child] as Timer;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  after(delayMs: number, run: () => void): Timer {
    return this.at(this.current + Math.max(0, delayMs), run);
  }

  cancel(timer: Timer | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** The time of the next pending timer, if any. */
  nextAt(): number | undefined {
    while (this.timers[0]?.cancelled) this.pop();
    return this.timers[0]?.at;
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
      this.pop();
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
