/** Test helpers: a cluster host over a real engine, with real time moved by hand. */
import { createCluster } from '../engine';
import type { Cluster, ClusterOptions } from '../engine/contract';
import { ClusterHost, type HostTimers } from './host';
import { PROTOCOL_VERSION, type HostMessage, type JournalEntry } from './protocol';

/** Real time the test moves by hand. */
export function manualTimers(): HostTimers & { pass(ms: number): void } {
  let real = 0;
  let pending: { at: number; run: () => void }[] = [];
  return {
    now: () => real,
    later: (run, ms) => {
      const t = { at: real + ms, run };
      pending.push(t);
      return () => (pending = pending.filter((x) => x !== t));
    },
    pass(ms) {
      const end = real + ms;
      for (;;) {
        const next = pending.sort((a, b) => a.at - b.at)[0];
        if (!next || next.at > end) break;
        pending.shift();
        real = Math.max(real, next.at);
        next.run();
      }
      real = end;
    },
  };
}

export interface TestHost {
  host: ClusterHost;
  timers: ReturnType<typeof manualTimers>;
  posted: HostMessage[];
  /** The engine cluster the host runs. */
  cluster(): Cluster;
}

/** A host over a real engine cluster, already initialised. */
export function startTestHost(
  options: ClusterOptions,
  replay?: { inputs: JournalEntry[]; until: number },
): TestHost {
  const timers = manualTimers();
  const posted: HostMessage[] = [];
  let made: Cluster | undefined;
  const host = new ClusterHost({
    where: 'worker',
    createCluster: (o) => (made = createCluster(o)),
    post: (m) => posted.push(m),
    timers,
  });
  host.receive({
    type: 'init',
    protocol: PROTOCOL_VERSION,
    options,
    ...(replay ? { replay } : {}),
  });
  return {
    host,
    timers,
    posted,
    cluster: () => {
      if (!made) throw new Error('the host made no cluster');
      return made;
    },
  };
}
