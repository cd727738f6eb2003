/**
 * The timeline's rows: the cluster's Events, as `kubectl get events` prints them, with the
 * student's own inputs (commands, faults, requests) woven in at the simulated time they ran,
 * so cause and effect read top to bottom. Pure: the Timeline component only draws these.
 */
import type { Event } from '../engine/types';
import type { ClusterInput, FaultInput, JournalEntry } from '../worker/protocol';
import type { MirrorEntry } from './mirror';
import type { ObjectRef } from './store';

export type EventType = 'Normal' | 'Warning';

export interface EventRow {
  type: 'event';
  key: string;
  /** Simulated ms of the event's last occurrence. */
  time: number;
  eventType: EventType;
  reason: string;
  /** kubectl's OBJECT column: `pod/web-7x2kq`. */
  object: string;
  involved: { kind: string; namespace?: string; name: string; fieldPath?: string };
  message: string;
  count: number;
  /** Arrival order in the mirror, to keep ties stable. */
  seq: number;
  /** The cluster epoch the time was computed against. */
  epochMs: number;
}

export interface InputRow {
  type: 'input';
  key: string;
  time: number;
  /** `kubectl` (typed or from a menu), `fault`, or `request`. */
  source: ClusterInput['type'];
  /** `you: kubectl scale rc web --replicas=5`, `fault: node-2 powered off`. */
  text: string;
}

export type TimelineRow = EventRow | InputRow;

export interface TimelineFilter {
  /** Text the row's object must contain (`web`, `pod/web`, `node-2`); empty for all. */
  objectText: string;
  /** Only rows about this object (the selected one). */
  only: ObjectRef | null;
  /** Which event types show. */
  types: Readonly<Record<EventType, boolean>>;
  /** Whether the student's inputs show. */
  inputs: boolean;
}

export const ALL_ROWS: TimelineFilter = {
  objectText: '',
  only: null,
  types: { Normal: true, Warning: true },
  inputs: true,
};

/** Most rows the list draws: the newest; `kubectl get events` keeps an hour, we keep these. */
export const MAX_ROWS = 300;

/** Wall-clock RFC 3339 → simulated ms since the cluster started. */
function simulatedTime(timestamp: string | undefined, epochMs: number): number | undefined {
  if (!timestamp) return undefined;
  const wall = Date.parse(timestamp);
  return Number.isNaN(wall) ? undefined : wall - epochMs;
}

/**
 * One Event as a row. Both eras' shapes: a 2015 event may lack `type` (added in 1.2, Normal
 * until then) and `count`; modern ones written through events.k8s.io may lack the
 * timestamps (then `eventTime`) — the row uses what is there.
 */
export function eventRow(entry: MirrorEntry, epochMs: number): EventRow {
  const e = entry.object as Event & { eventTime?: string; note?: string };
  const time =
    simulatedTime(e.lastTimestamp, epochMs) ??
    simulatedTime(e.firstTimestamp, epochMs) ??
    simulatedTime(e.eventTime, epochMs) ??
    0;
  const involved = e.involvedObject ?? { kind: '', name: '' };
  const kind = involved.kind.toLowerCase();
  return {
    type: 'event',
    key: `event:${entry.id}`,
    time,
    eventType: e.type === 'Warning' ? 'Warning' : 'Normal',
    reason: e.reason ?? '',
    object: involved.name ? `${kind}/${involved.name}` : kind,
    involved: {
      kind: involved.kind,
      name: involved.name,
      ...(involved.namespace ? { namespace: involved.namespace } : {}),
      ...(involved.fieldPath ? { fieldPath: involved.fieldPath } : {}),
    },
    message: (e.message ?? e.note ?? '').trim(),
    count: e.count || 1,
    seq: entry.seq,
    epochMs,
  };
}

/**
 * Mirror entries keep their reference while their object is unchanged, so a busy cluster's
 * thousands of events are turned into rows once each, not on every batch.
 */
const rowCache = new WeakMap<MirrorEntry, EventRow>();

function cachedEventRow(entry: MirrorEntry, epochMs: number): EventRow {
  const cached = rowCache.get(entry);
  if (cached && cached.epochMs === epochMs) return cached;
  const row = eventRow(entry, epochMs);
  rowCache.set(entry, row);
  return row;
}

/** What a fault did, in words. */
export function faultText(fault: FaultInput): string {
  switch (fault.action) {
    case 'stopNode':
      return fault.mode === 'network'
        ? `${fault.node} cut off the network`
        : `${fault.node} powered off`;
    case 'startNode':
      return `${fault.node} started`;
    case 'crashContainer':
      return `container ${fault.container} of pod ${fault.pod} crashed (exit code ${fault.exitCode})`;
    case 'stopComponent':
      return `${fault.component} stopped`;
    case 'startComponent':
      return `${fault.component} started`;
  }
}

export function inputText(input: ClusterInput): string {
  switch (input.type) {
    case 'kubectl':
      return `you: ${/^kubectl(\s|$)/.test(input.line) ? input.line : `kubectl ${input.line}`}`;
    case 'fault':
      return `fault: ${faultText(input.fault)}`;
    case 'request':
      return `you: ${input.count} request${input.count === 1 ? '' : 's'} to service ${input.service}${input.from ? ` through ${input.from}` : ''}`;
  }
}

export function inputRow(entry: JournalEntry, index: number): InputRow {
  return {
    type: 'input',
    key: `input:${index}`,
    time: entry.at,
    source: entry.input.type,
    text: inputText(entry.input),
  };
}

/**
 * Events and inputs in time order, oldest first. Event timestamps have whole seconds (as in
 * Kubernetes), so an input is placed before the events of the same second: those are most
 * likely what it caused.
 */
export function timelineRows(
  events: Readonly<Record<string, MirrorEntry>> | undefined,
  journal: readonly JournalEntry[],
  epochMs: number,
): TimelineRow[] {
  const rows: TimelineRow[] = [
    ...Object.values(events ?? {}).map((e) => cachedEventRow(e, epochMs)),
    ...journal.map(inputRow),
  ];
  return rows.sort(compareRows);
}

function compareRows(a: TimelineRow, b: TimelineRow): number {
  const second = Math.floor(a.time / 1000) - Math.floor(b.time / 1000);
  if (second !== 0) return second;
  if (a.type !== b.type) return a.type === 'input' ? -1 : 1;
  if (a.type === 'input' || b.type === 'input') return a.time - b.time;
  return a.seq - b.seq;
}

/** The rows the filter keeps, the newest `MAX_ROWS` of them. */
export function filterRows(
  rows: readonly TimelineRow[],
  filter: TimelineFilter,
  max = MAX_ROWS,
): TimelineRow[] {
  const text = filter.objectText.trim().toLowerCase();
  const kept = rows.filter((row) => {
    if (row.type === 'input') {
      if (!filter.inputs) return false;
      if (text && !row.text.toLowerCase().includes(text)) return false;
      return !filter.only || mentions(row.text, refName(filter.only));
    }
    if (!filter.types[row.eventType]) return false;
    if (text && !row.object.toLowerCase().includes(text)) return false;
    return !filter.only || isAbout(row, filter.only);
  });
  return kept.slice(-max);
}

/** The name an object ref goes by: the last part of its id. */
export function refName(ref: ObjectRef): string {
  return ref.id.split('/').at(-1) ?? ref.id;
}

function mentions(text: string, name: string): boolean {
  return text.split(/[\s/=,()]+/).includes(name);
}

/**
 * Whether an event is about the object: its own events, and for a container the events of
 * its pod that name it (`spec.containers{web}`), as `kubectl describe` groups them.
 */
export function isAbout(row: EventRow, ref: ObjectRef): boolean {
  const { involved } = row;
  const parts = ref.id.split('/');
  if (ref.kind === 'Container') {
    const [namespace, pod, container] = parts;
    return (
      involved.kind === 'Pod' &&
      involved.name === pod &&
      (involved.namespace ?? 'default') === namespace &&
      involved.fieldPath === `spec.containers{${container}}`
    );
  }
  if (involved.kind !== ref.kind) return false;
  if (parts.length === 1) return involved.name === ref.id;
  return `${involved.namespace ?? 'default'}/${involved.name}` === ref.id;
}

/**
 * apimachinery's `HumanDuration`, as kubectl prints LAST SEEN (k8s-reference §0.3). The same
 * rule as the engine's printer; the page may not import the engine's code, so it is restated.
 * @example humanDuration(150_000) // '2m30s'
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (days < 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (days < 365 * 8) return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
  return `${years}y`;
}
