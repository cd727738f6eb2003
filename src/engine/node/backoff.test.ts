import { describe, expect, it } from 'vitest';
import type { Pod } from '../types';
import { DEFAULT_TIMINGS } from '../timings';
import {
  Backoff,
  backOffEventMessage,
  containerBackOffKey,
  crashLoopBackOffMessage,
  restartDecision,
} from './backoff';

const S = 1000;
const KEY = 'web_default_uid-1_web';

/**
 * Drives a container that exits `runMs` after each start: returns the wait before each restart,
 * asking the kubelet every second like a sync loop would.
 */
function waitsBeforeRestarts(backOff: Backoff, restarts: number, runMs: number): number[] {
  const waits: number[] = [];
  let now = 0;
  for (let i = 0; i < restarts; i++) {
    now += runMs;
    const finishedAt = now;
    while (!restartDecision(backOff, KEY, finishedAt, now).restart) now += S;
    waits.push((now - finishedAt) / S);
  }
  return waits;
}

describe('restart back-off', () => {
  it('waits 0, 10, 20, 40, 80, 160, 300, 300 s before restarts 1..8', () => {
    expect(waitsBeforeRestarts(Backoff.fromTimings(), 8, 5 * S)).toEqual([
      0, 10, 20, 40, 80, 160, 300, 300,
    ]);
  });

  it('follows the timing table, so a lesson can shorten it', () => {
    const fast = Backoff.fromTimings({
      backOffInitialMs: 1 * S,
      backOffMaxMs: 4 * S,
      backOffResetMs: 60 * S,
    });
    expect(waitsBeforeRestarts(fast, 6, S)).toEqual([0, 1, 2, 4, 4, 4]);
  });

  it('next doubles up to the cap and get reports the current delay', () => {
    const b = new Backoff(10 * S, 300 * S);
    expect(b.get(KEY)).toBe(0);
    const delays = [1, 2, 3, 4, 5, 6, 7].map((i) => b.next(KEY, i * S));
    expect(delays.map((d) => d / S)).toEqual([10, 20, 40, 80, 160, 300, 300]);
    expect(b.get(KEY)).toBe(300 * S);
  });

  it('is in back-off while less than the delay has passed since the exit', () => {
    const b = Backoff.fromTimings(DEFAULT_TIMINGS);
    expect(b.isInBackOffSince(KEY, 0, 0)).toBe(false);
    b.next(KEY, 0);
    expect(b.isInBackOffSince(KEY, 100 * S, 109_999)).toBe(true);
    expect(b.isInBackOffSince(KEY, 100 * S, 110 * S)).toBe(false);
  });

  it('reset forgets the key', () => {
    const b = Backoff.fromTimings();
    b.next(KEY, 0);
    b.next(KEY, S);
    b.reset(KEY);
    expect(b.get(KEY)).toBe(0);
    expect(b.next(KEY, 2 * S)).toBe(10 * S);
  });

  it('starts afresh when a container ran more than 10 minutes (2 × max) since its last restart', () => {
    const b = Backoff.fromTimings();
    expect(waitsBeforeRestarts(b, 6, 5 * S)).toEqual([0, 10, 20, 40, 80, 160]);
    const restartedAt = 5 * 6 * S + (10 + 20 + 40 + 80 + 160) * S;
    expect(b.get(KEY)).toBe(300 * S);

    // Exactly 10 minutes is not enough (client-go compares with >).
    expect(b.isExpired(KEY, restartedAt + 600 * S)).toBe(false);
    const longRun = restartedAt + 600 * S + 1;
    expect(b.isExpired(KEY, longRun)).toBe(true);
    expect(restartDecision(b, KEY, longRun, longRun)).toEqual({
      restart: true,
      nextDelayMs: 10 * S,
    });

    // The next crash soon after waits the initial 10 s again.
    const crash = longRun + 5 * S;
    expect(restartDecision(b, KEY, crash, crash)).toEqual({
      restart: false,
      delayMs: 10 * S,
      waitUntilMs: crash + 10 * S,
    });
  });

  it('judges expiry by the exit time, not by when the kubelet gets to the restart', () => {
    const b = Backoff.fromTimings();
    b.next(KEY, 0); // restarted at 0
    b.next(KEY, 10 * S); // restarted at 10 s, back-off now 20 s
    // Exits 5 min after the restart; the restart happens 6 min later still.
    expect(b.next(KEY, 10 * S + 660 * S, 10 * S + 300 * S)).toBe(40 * S);
  });

  it('gc drops entries idle for longer than the expiry', () => {
    const b = Backoff.fromTimings();
    b.next('a', 0);
    b.next('b', 500 * S);
    b.gc(600 * S + 1);
    expect([b.get('a'), b.get('b')]).toEqual([0, 10 * S]);
  });
});

describe('back-off texts', () => {
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-7x2kq', namespace: 'default', uid: '1f2e3d4c' },
    spec: { containers: [{ name: 'web', image: 'nginx' }] },
  };

  it('keys a container by pod name, namespace, uid and container name', () => {
    expect(containerBackOffKey(pod, 'web')).toBe('web-7x2kq_default_1f2e3d4c_web');
  });

  it.each([
    [40 * S, 'back-off 40s restarting failed container=web pod=web-7x2kq_default(1f2e3d4c)'],
    [160 * S, 'back-off 2m40s restarting failed container=web pod=web-7x2kq_default(1f2e3d4c)'],
    [300 * S, 'back-off 5m0s restarting failed container=web pod=web-7x2kq_default(1f2e3d4c)'],
  ])('writes the CrashLoopBackOff message for %d ms', (delay, expected) => {
    expect(crashLoopBackOffMessage(delay, 'web', pod)).toBe(expected);
  });

  it('writes the BackOff event', () => {
    expect(backOffEventMessage('web', pod)).toBe(
      'Back-off restarting failed container web in pod web-7x2kq_default(1f2e3d4c)',
    );
  });
});
