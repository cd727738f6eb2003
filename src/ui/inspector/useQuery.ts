import { useEffect, useState } from 'react';
import { useCluster, useSession } from '../../state/context';
import type { ClusterState } from '../../state/store';
import type { Query, QueryAnswers } from '../../worker/protocol';

export type QueryState<T> =
  { phase: 'loading' } | { phase: 'answered'; value: T } | { phase: 'failed'; error: string };

/**
 * Ask the cluster `query` and keep the answer; ask again whenever `key` (the object's version)
 * or `tick` (see `useLiveTick`) changes. The previous answer stays on screen while the next one comes, so a
 * refreshing tab does not flicker, and an answer that arrives after a newer question is dropped.
 */
export function useQuery<Q extends Query>(
  query: Q | null,
  key: unknown,
  tick: unknown = 0,
): QueryState<QueryAnswers[Q['type']]> {
  const session = useSession();
  const [state, setState] = useState<{ asked: string; value: QueryState<QueryAnswers[Q['type']]> }>(
    { asked: '', value: { phase: 'loading' } },
  );
  const text = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!text) return;
    let current = true;
    session.query(JSON.parse(text) as Q).then(
      (value) => current && setState({ asked: text, value: { phase: 'answered', value } }),
      (error: unknown) =>
        current &&
        setState({
          asked: text,
          value: { phase: 'failed', error: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [session, text, key, tick]);
  // an answer to another question (the selection changed) is not this one's
  return state.asked === text ? state.value : { phase: 'loading' };
}

const selectPaused = (s: ClusterState) => s.clock.paused;
/** The clock only while paused (a step moves it); running, a constant, so nothing re-renders. */
const selectPausedNow = (s: ClusterState) => (s.clock.paused ? s.clock.now : -1);

/**
 * A counter that moves about once a second of real time while the cluster's clock runs, for
 * tabs that follow what a container does (logs, files). At 60× that is once per simulated
 * minute at most, so a fast cluster does not flood the host with questions.
 */
export function useLiveTick(): number | string {
  const paused = useCluster(selectPaused);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, [paused]);
  const pausedAt = useCluster(selectPausedNow);
  return paused ? `paused at ${pausedAt}` : tick;
}
