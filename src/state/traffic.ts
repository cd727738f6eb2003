/**
 * "Send requests" to a service: what each request did, and the per-pod counts the page shows.
 * The engine's proxy decides where each request goes (the 2015 userspace proxy takes the pods
 * in turn; the modern iptables proxy picks one at random); this only tallies and paces the
 * answers so a student can watch them one after another.
 */
import type { RequestResult } from '../engine/contract';

export interface PodTally {
  pod: string;
  node: string;
  count: number;
}

export interface RequestTally {
  /** Answers by pod name. */
  pods: Readonly<Record<string, PodTally>>;
  /** Failures by their message (e.g. `connection refused`). */
  errors: Readonly<Record<string, number>>;
}

export const emptyTally: RequestTally = { pods: {}, errors: {} };

/** The tally with one more answer counted. */
export function tallied(tally: RequestTally, result: RequestResult): RequestTally {
  if ('error' in result) {
    return {
      ...tally,
      errors: { ...tally.errors, [result.error]: (tally.errors[result.error] ?? 0) + 1 },
    };
  }
  const before = tally.pods[result.pod];
  return {
    ...tally,
    pods: {
      ...tally.pods,
      [result.pod]: { pod: result.pod, node: result.node, count: (before?.count ?? 0) + 1 },
    },
  };
}

const byName = new Intl.Collator('en', { numeric: true });

/** The table's rows: pods by name, then each kind of failure. */
export function tallyRows(tally: RequestTally): {
  pods: PodTally[];
  errors: { error: string; count: number }[];
} {
  return {
    pods: Object.values(tally.pods).sort((a, b) => byName.compare(a.pod, b.pod)),
    errors: Object.entries(tally.errors)
      .map(([error, count]) => ({ error, count }))
      .sort((a, b) => byName.compare(a.error, b.error)),
  };
}

/** One request on its way, for the overlay. */
export interface Flight {
  id: number;
  /** The service's mirror id. */
  service: string;
  namespace: string;
  result: RequestResult;
  /** Real ms after sending at which it leaves the proxy. */
  departsMs: number;
}

/**
 * The requests' departures, `gapMs` apart, in the order the proxy answered them: the dots are
 * paced in real time for the eye, and do not stand for the simulated clock.
 */
export function flightsOf(
  service: { id: string; namespace: string },
  results: readonly RequestResult[],
  firstId: number,
  gapMs: number,
): Flight[] {
  return results.map((result, i) => ({
    id: firstId + i,
    service: service.id,
    namespace: service.namespace,
    result,
    departsMs: i * gapMs,
  }));
}

/** How the era's kube-proxy chose, in the words a caption under the counts uses. */
export function proxyModeText(era: 'modern' | '2015'): string {
  return era === '2015'
    ? 'kube-proxy (userspace mode) takes the ready pods in turn: the counts stay even.'
    : 'kube-proxy (iptables mode) picks a ready pod at random for each connection: the counts differ.';
}
