/**
 * The requests a student sent, per page: the tallies shown in each Service box and the dots in
 * flight over the picture. It belongs to the session (one per page instance, as the cluster
 * store does), so the Service box that sends and the overlay that draws share it without a
 * provider of their own. Real timers pace the dots; they stand for nothing in the simulation.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useSession } from '../../state/context';
import type { Session } from '../../state/session';
import {
  emptyTally,
  flightsOf,
  tallied,
  type Flight,
  type RequestTally,
} from '../../state/traffic';

export interface TrafficState {
  /** By the service's uid, so a service deleted and made again starts counting afresh. */
  tallies: Readonly<Record<string, RequestTally>>;
  /** The service requests were last sent to: the picture shows its counts beside the pods. */
  last: { key: string; name: string; namespace: string } | null;
  flights: readonly Flight[];
  /** Services whose requests are still on their way (their button waits). */
  sending: Readonly<Record<string, true>>;
  /** The last failure to send at all (e.g. the cluster is restarting), by service uid. */
  failures: Readonly<Record<string, string>>;
  nextId: number;
}

/** Real ms between two requests leaving the proxy, and each dot's travel time. */
export const GAP_MS = 250;
export const FLIGHT_MS = 400;

const stores = new WeakMap<Session, StoreApi<TrafficState>>();

function trafficOf(session: Session): StoreApi<TrafficState> {
  let store = stores.get(session);
  if (!store) {
    store = createStore<TrafficState>()(() => ({
      tallies: {},
      last: null,
      flights: [],
      sending: {},
      failures: {},
      nextId: 1,
    }));
    stores.set(session, store);
  }
  return store;
}

export function useTraffic<T>(selector: (s: TrafficState) => T): T {
  return useStore(trafficOf(useSession()), selector);
}

export interface ServiceKey {
  /** Tally key: the cluster's generation and the service's uid (or its id when it has none). */
  key: string;
  id: string;
  name: string;
  namespace: string;
}

/**
 * Sends `count` requests through the proxy and plays the answers back one by one: each dot
 * leaves `GAP_MS` after the previous one and is counted when it arrives. With reduced motion
 * every answer is counted at once.
 */
export async function sendRequests(
  session: Session,
  service: ServiceKey,
  count: number,
  reducedMotion: boolean,
): Promise<void> {
  const store = trafficOf(session);
  const { key } = service;
  store.setState((s) => ({
    sending: { ...s.sending, [key]: true },
    failures: omit(s.failures, key),
    last: { key, name: service.name, namespace: service.namespace },
  }));
  let results;
  try {
    results = await session.sendRequests(service.name, { namespace: service.namespace, count });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.setState((s) => ({
      sending: omit(s.sending, key),
      failures: { ...s.failures, [key]: message },
    }));
    return;
  }
  const count1 = (s: TrafficState, flight: Flight): RequestTally =>
    tallied(s.tallies[key] ?? emptyTally, flight.result);
  const flights = flightsOf(service, results, store.getState().nextId, GAP_MS);
  store.setState((s) => ({ nextId: s.nextId + flights.length }));
  if (reducedMotion || flights.length === 0) {
    store.setState((s) => {
      let tally = s.tallies[key] ?? emptyTally;
      for (const f of flights) tally = tallied(tally, f.result);
      return { tallies: { ...s.tallies, [key]: tally }, sending: omit(s.sending, key) };
    });
    return;
  }
  await new Promise<void>((done) => {
    flights.forEach((flight, i) => {
      setTimeout(
        () => store.setState((s) => ({ flights: [...s.flights, flight] })),
        flight.departsMs,
      );
      setTimeout(() => {
        store.setState((s) => ({
          flights: s.flights.filter((f) => f.id !== flight.id),
          tallies: { ...s.tallies, [key]: count1(s, flight) },
        }));
        if (i === flights.length - 1) done();
      }, flight.departsMs + FLIGHT_MS);
    });
  });
  store.setState((s) => ({ sending: omit(s.sending, key) }));
}

const generations = new WeakMap<object, number>();
let lastGeneration = 0;

/**
 * A token for the cluster the store shows now: a reset (even with the same seed, so the same
 * uids) or a rebuilt cluster gets a new one, so counts from before never show against it.
 */
export function clusterGeneration(cluster: object | null): number {
  if (!cluster) return 0;
  let generation = generations.get(cluster);
  if (generation === undefined) generations.set(cluster, (generation = ++lastGeneration));
  return generation;
}

/** Forget a service's counts (its "Clear" button). */
export function clearTally(session: Session, key: string): void {
  trafficOf(session).setState((s) => ({
    tallies: omit(s.tallies, key),
    last: s.last?.key === key ? null : s.last,
  }));
}

function omit<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
}
