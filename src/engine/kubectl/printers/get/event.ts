/**
 * `kubectl get events`. Modern kubectl prints events in the order the API server lists them
 * (it does not sort; `--sort-by=.lastTimestamp` is the user's job); kubectl v0.x sorted them by
 * last timestamp and printed both timestamps in RFC 1123Z with the source as a Go struct.
 */
import type { Event } from '../../../types';
import { ageSince } from '../format/duration';
import { formatRFC1123Z, timeOf } from '../format/goTime';
import type { Table } from './table';

/** `formatEventSource`: component, and host when known. */
const eventSource = (e: Event): string =>
  [e.source?.component || e.reportingComponent || '', e.source?.host || e.reportingInstance || '']
    .filter((part, i) => i === 0 || part !== '')
    .join(', ');

/** `pod/web-x7k2p`, `node/node-1`: the involved object's kind, lower-cased, and name. */
export const eventTarget = (e: Event): string => {
  const kind = e.involvedObject.kind.toLowerCase();
  return e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
};

export function eventTable(events: readonly Event[], nowMs: number): Table {
  return {
    columns: [
      { name: 'Last Seen' },
      { name: 'Type' },
      { name: 'Reason' },
      { name: 'Object' },
      { name: 'Subobject', priority: 1 },
      { name: 'Source', priority: 1 },
      { name: 'Message' },
      { name: 'First Seen', priority: 1 },
      { name: 'Count', priority: 1 },
      // The name column is wide-only: `get events,pods` prefixes it, invisibly, with `event/`.
      { name: 'Name', priority: 1, isName: true },
    ],
    rows: events.map((e) => {
      const first = ageSince(e.firstTimestamp || undefined, nowMs);
      const last = e.lastTimestamp ? ageSince(e.lastTimestamp, nowMs) : first;
      return {
        object: e,
        cells: [
          last,
          e.type,
          e.reason,
          eventTarget(e),
          e.involvedObject.fieldPath ?? '',
          eventSource(e),
          e.message.trim(),
          first,
          String(e.count || 1),
          e.metadata.name,
        ],
      };
    }),
  };
}

/** Oldest first by last timestamp, as `SortableEvents` orders them (ties keep list order). */
export function sortByLastTimestamp(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => timeOf(a.lastTimestamp) - timeOf(b.lastTimestamp) || 0);
}

export const LEGACY_EVENT_COLUMNS = [
  'FIRSTSEEN',
  'LASTSEEN',
  'COUNT',
  'NAME',
  'KIND',
  'SUBOBJECT',
  'REASON',
  'SOURCE',
  'MESSAGE',
];

/** Go's `%s` of an `api.EventSource` struct: `{scheduler }`, `{kubelet node-1}`. */
export const legacyEventSource = (e: Event): string =>
  `{${e.source?.component ?? ''} ${e.source?.host ?? ''}}`;

export function legacyEventRows(events: readonly Event[]): string[][] {
  return sortByLastTimestamp(events).map((e) => [
    formatRFC1123Z(e.firstTimestamp),
    formatRFC1123Z(e.lastTimestamp),
    String(e.count),
    e.involvedObject.name,
    e.involvedObject.kind,
    e.involvedObject.fieldPath ?? '',
    e.reason,
    legacyEventSource(e),
    e.message,
  ]);
}
