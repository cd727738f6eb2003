/**
 * The event recorder: how components tell the story of what they did. Events are ordinary
 * objects (`kubectl get events`); a repeat of the same event (same source, object, type,
 * reason and message) bumps its count and lastTimestamp instead of writing a new one, as
 * client-go's event correlator does.
 */
import type { SimClock } from '../clock';
import type { AnyObject, Event, ObjectReference } from '../types';
import type { ApiServer } from './apiserver';
import { isStatusError } from './status';

export interface EventSource {
  component: string;
  host?: string;
}

export interface RecordedEvent {
  involved: AnyObject | ObjectReference;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  source: EventSource;
  /** e.g. `spec.containers{web}` */
  fieldPath?: string;
}

export class EventRecorder {
  /** correlation key → event name */
  private readonly seen = new Map<string, { namespace: string; name: string }>();
  private lastStamp = -1;
  private sameStampCount = 0;

  constructor(
    private readonly api: ApiServer,
    private readonly clock: SimClock,
  ) {}

  record(e: RecordedEvent): Event | undefined {
    const ref = toReference(e.involved, e.fieldPath);
    const namespace = ref.namespace || 'default';
    const key = [
      e.source.component,
      e.source.host ?? '',
      ref.kind,
      namespace,
      ref.name,
      ref.uid ?? '',
      ref.fieldPath ?? '',
      e.type,
      e.reason,
      e.message,
    ].join('\u0000');
    const now = this.clock.timestamp();
    // the component that saw it writes it: `kubelet/node-1 → apiserver: create events/…`
    const api = this.api.client(
      e.source.host && e.source.component === 'kubelet'
        ? `kubelet/${e.source.host}`
        : e.source.component,
    );
    try {
      const known = this.seen.get(key);
      const existing = known ? this.api.find('Event', known.namespace, known.name) : undefined;
      if (existing) {
        return api.update({ ...existing, count: existing.count + 1, lastTimestamp: now });
      }
      const event: Event = {
        apiVersion: 'v1',
        kind: 'Event',
        // lower-cased: a 2015 object may be named redisSlaveController, an event name may not
        metadata: { name: `${ref.name.toLowerCase()}.${this.uniqueStamp()}`, namespace },
        involvedObject: ref,
        reason: e.reason,
        message: e.message,
        source: e.source.host
          ? { component: e.source.component, host: e.source.host }
          : { component: e.source.component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type: e.type,
        reportingComponent: e.source.component,
        reportingInstance: e.source.host ?? '',
      };
      const created = api.create(event);
      this.seen.set(key, { namespace, name: created.metadata.name });
      return created;
    } catch (err) {
      // an event that cannot be written (API server down, namespace gone) is dropped, as in Kubernetes
      if (isStatusError(err)) return undefined;
      throw err;
    }
  }

  /** Event names end in the hex of the simulated wall clock in nanoseconds, kept unique. */
  private uniqueStamp(): string {
    const ms = this.clock.wallMs;
    if (ms === this.lastStamp) this.sameStampCount++;
    else {
      this.lastStamp = ms;
      this.sameStampCount = 0;
    }
    const nanos = BigInt(ms) * 1_000_000n + BigInt(this.sameStampCount);
    return nanos.toString(16);
  }
}

export function toReference(obj: AnyObject | ObjectReference, fieldPath?: string): ObjectReference {
  if ('metadata' in obj) {
    return {
      kind: obj.kind,
      ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
      name: obj.metadata.name,
      ...(obj.metadata.uid ? { uid: obj.metadata.uid } : {}),
      apiVersion: obj.apiVersion,
      ...(obj.metadata.resourceVersion ? { resourceVersion: obj.metadata.resourceVersion } : {}),
      ...(fieldPath ? { fieldPath } : {}),
    };
  }
  return fieldPath ? { ...obj, fieldPath } : obj;
}
