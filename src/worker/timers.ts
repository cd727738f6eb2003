/**
 * Real timers for the host. Only src/worker and the page may read real time; the engine gets
 * simulated milliseconds from the host.
 */
import type { HostTimers } from './host';

export const realTimers: HostTimers = {
  now: () => performance.now(),
  later(run, ms) {
    const handle = setTimeout(run, ms);
    return () => clearTimeout(handle);
  },
};
