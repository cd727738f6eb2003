/**
 * Restart and image-pull back-off (k8s-reference §5.4): client-go's `flowcontrol.Backoff` as
 * the kubelet uses it — base 10 s, doubled per failure, capped at 300 s, no jitter — and the
 * kubelet's `doBackOff` rule on top: the first failure restarts at once, later ones wait until
 * the current back-off has passed since the container finished.
 *
 * An entry expires when a failure comes more than 2 × max (10 min) after the last restart:
 * that is how "a container that ran 10 minutes without trouble resets its back-off" works in
 * the real kubelet.
 */
import type { Pod } from '../types';
import { DEFAULT_TIMINGS, type Timings } from '../timings';
import { goDuration } from '../util/goDuration';

interface BackoffEntry {
  backoffMs: number;
  lastUpdateMs: number;
}

export class Backoff {
  private readonly entries = new Map<string, BackoffEntry>();

  /**
   * @param expiryMs how long after the last update a failure starts afresh (client-go:
   * 2 × `maxMs`; the kubelet's 10-minute reset).
   */
  constructor(
    readonly initialMs: number,
    readonly maxMs: number,
    readonly expiryMs: number = 2 * maxMs,
  ) {}

  /**
   * The kubelet's back-off from the timing table.
   *
   * @example
   * const backOff = Backoff.fromTimings(cluster.timings);
   */
  static fromTimings(
    timings: Pick<
      Timings,
      'backOffInitialMs' | 'backOffMaxMs' | 'backOffResetMs'
    > = DEFAULT_TIMINGS,
  ): Backoff {
    return new Backoff(timings.backOffInitialMs, timings.backOffMaxMs, timings.backOffResetMs);
  }

  /** The current delay for `key`, 0 when it has none. */
  get(key: string): number {
    return this.entries.get(key)?.backoffMs ?? 0;
  }

  /**
   * Records a failure and returns the new delay: the initial one for a new or expired entry,
   * else double the last, capped at max. `eventTimeMs` (the container's finishedAt, default
   * now) decides expiry; the entry is stamped with `nowMs`, the restart.
   */
  next(key: string, nowMs: number, eventTimeMs: number = nowMs): number {
    const entry = this.entries.get(key);
    const backoffMs =
      entry === undefined || this.hasExpired(entry, eventTimeMs)
        ? this.initialMs
        : Math.min(entry.backoffMs * 2, this.maxMs);
    this.entries.set(key, { backoffMs, lastUpdateMs: nowMs });
    return backoffMs;
  }

  /** Whether, at `nowMs`, less than the current delay has passed since `eventTimeMs`. */
  isInBackOffSince(key: string, eventTimeMs: number, nowMs: number): boolean {
    const entry = this.entries.get(key);
    if (entry === undefined || this.hasExpired(entry, eventTimeMs)) return false;
    return nowMs - eventTimeMs < entry.backoffMs;
  }

  /** Whether a failure at `eventTimeMs` would start `key` afresh (it ran long enough). */
  isExpired(key: string, eventTimeMs: number): boolean {
    const entry = this.entries.get(key);
    return entry === undefined || this.hasExpired(entry, eventTimeMs);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  /** Drops entries not updated for longer than the expiry (client-go `GC`). */
  gc(nowMs: number): void {
    for (const [key, entry] of this.entries) {
      if (nowMs - entry.lastUpdateMs > this.expiryMs) this.entries.delete(key);
    }
  }

  private hasExpired(entry: BackoffEntry, eventTimeMs: number): boolean {
    return eventTimeMs - entry.lastUpdateMs > this.expiryMs;
  }
}

/**
 * The kubelet's key for a container's back-off (`getStableKey` without the spec hash):
 * `<pod>_<namespace>_<uid>_<container>`.
 */
export function containerBackOffKey(pod: Pod, containerName: string): string {
  const meta = pod.metadata;
  return `${meta.name}_${meta.namespace ?? 'default'}_${meta.uid ?? ''}_${containerName}`;
}

export type RestartDecision =
  { restart: true; nextDelayMs: number } | { restart: false; delayMs: number; waitUntilMs: number };

/**
 * The kubelet's `doBackOff` for a container that exited at `finishedAtMs`: restart now (and
 * move the back-off on), or keep waiting in CrashLoopBackOff with the current delay.
 */
export function restartDecision(
  backOff: Backoff,
  key: string,
  finishedAtMs: number,
  nowMs: number,
): RestartDecision {
  if (backOff.isInBackOffSince(key, finishedAtMs, nowMs)) {
    const delayMs = backOff.get(key);
    return { restart: false, delayMs, waitUntilMs: finishedAtMs + delayMs };
  }
  return { restart: true, nextDelayMs: backOff.next(key, nowMs, finishedAtMs) };
}

/** `format.Pod`: `<name>_<namespace>(<uid>)`. */
function formatPod(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid ?? ''})`;
}

/** The CrashLoopBackOff waiting message, e.g. `back-off 40s restarting failed container=web pod=web_default(…)`. */
export function crashLoopBackOffMessage(delayMs: number, containerName: string, pod: Pod): string {
  return `back-off ${goDuration(delayMs)} restarting failed container=${containerName} pod=${formatPod(pod)}`;
}

/** The `Warning BackOff` event text. */
export function backOffEventMessage(containerName: string, pod: Pod): string {
  return `Back-off restarting failed container ${containerName} in pod ${formatPod(pod)}`;
}
