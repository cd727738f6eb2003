/**
 * The Inspector's events tab: the mirror's Events about one object, as `kubectl get events
 * --field-selector involvedObject.name=…` lists them (LAST SEEN, TYPE, REASON, MESSAGE), oldest
 * first so the newest is last. The OBJECT column gives way to describe's From: the object is
 * the one selected, and which component spoke is the lesson.
 */
import type { Event } from '../engine/types';
import type { MirrorEntry } from './mirror';
import type { ApiObjectRef } from './inspector';
import { humanDuration } from './timeline';

export interface EventRow {
  /** Mirror id of the Event. */
  id: string;
  lastSeen: string;
  type: string;
  reason: string;
  /** The component that reported it (`default-scheduler`, `kubelet`), as describe's From. */
  from: string;
  message: string;
  count: number;
}

/**
 * Events whose involvedObject is `object` (a container's: its pod's, with that container's
 * field path), newest last.
 * @param nowMs wall-clock ms the cluster is at (for LAST SEEN).
 */
export function eventsFor(
  events: Readonly<Record<string, MirrorEntry>> | undefined,
  object: ApiObjectRef,
  nowMs: number,
  container?: string,
): EventRow[] {
  const fieldPath = container === undefined ? undefined : `spec.containers{${container}}`;
  const mine: { entry: MirrorEntry; event: Event; at: number }[] = [];
  for (const entry of Object.values(events ?? {})) {
    const event = entry.object as Event;
    const about = event.involvedObject;
    if (about.kind !== object.kind || about.name !== object.name) continue;
    if (object.namespace !== undefined && (about.namespace || 'default') !== object.namespace)
      continue;
    if (fieldPath !== undefined && about.fieldPath !== fieldPath) continue;
    mine.push({ entry, event, at: Date.parse(event.lastTimestamp || event.firstTimestamp) });
  }
  mine.sort((a, b) => a.at - b.at || a.entry.seq - b.entry.seq);
  return mine.map(({ entry, event, at }) => ({
    id: entry.id,
    lastSeen: Number.isFinite(at) ? humanDuration(nowMs - at) : '<unknown>',
    type: event.type,
    reason: event.reason,
    from: event.source?.component || event.reportingComponent || '',
    message: event.message,
    count: event.count,
  }));
}
