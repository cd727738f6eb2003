import { describe, expect, it } from 'vitest';
import type { Event } from '../engine/types';
import type { JournalEntry } from '../worker/protocol';
import type { MirrorEntry } from './mirror';
import {
  ALL_ROWS,
  filterRows,
  humanDuration,
  inputText,
  timelineRows,
  type TimelineRow,
} from './timeline';

const EPOCH = Date.parse('2026-01-05T09:00:00Z');
const at = (seconds: number): string => new Date(EPOCH + seconds * 1000).toISOString();

let seq = 0;
function event(
  name: string,
  involved: Event['involvedObject'],
  reason: string,
  seconds: number,
  more: Partial<Event> = {},
): MirrorEntry {
  const object: Event = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default' },
    involvedObject: involved,
    reason,
    message: `${reason} happened`,
    source: { component: 'kubelet' },
    firstTimestamp: at(seconds),
    lastTimestamp: at(seconds),
    count: 1,
    type: 'Normal',
    ...more,
  };
  return { kind: 'Event', id: `default/${name}`, object, seq: seq++ };
}

const pod = (name: string, fieldPath?: string): Event['involvedObject'] => ({
  kind: 'Pod',
  namespace: 'default',
  name,
  ...(fieldPath ? { fieldPath } : {}),
});

const byId = (...entries: MirrorEntry[]): Record<string, MirrorEntry> =>
  Object.fromEntries(entries.map((e) => [e.id, e]));

const texts = (rows: readonly TimelineRow[]): string[] =>
  rows.map((r) => (r.type === 'input' ? r.text : `${r.reason} ${r.object}`));

describe('timeline rows', () => {
  const events = byId(
    event('a', pod('web-1'), 'Scheduled', 5),
    event('b', pod('web-1', 'spec.containers{web}'), 'Started', 9),
    event('c', { kind: 'Node', name: 'node-2' }, 'NodeNotReady', 70, { type: 'Warning' }),
    event('d', pod('web-2'), 'BackOff', 30, { type: 'Warning', firstTimestamp: at(12) }),
  );
  const journal: JournalEntry[] = [
    { at: 4_200, input: { type: 'kubectl', line: 'kubectl run web --image=nginx' } },
    { at: 25_000, input: { type: 'fault', fault: { action: 'stopNode', node: 'node-2' } } },
  ];

  it('merge events and the student’s inputs in simulated time order, newest last', () => {
    expect(texts(timelineRows(events, journal, EPOCH))).toEqual([
      'you: kubectl run web --image=nginx',
      'Scheduled pod/web-1',
      'Started pod/web-1',
      'fault: node-2 powered off',
      'BackOff pod/web-2',
      'NodeNotReady node/node-2',
    ]);
  });

  it('place an input before the events of the same second (Events carry whole seconds)', () => {
    const sameSecond = byId(event('e', pod('x'), 'Killing', 40));
    const rows = timelineRows(
      sameSecond,
      [{ at: 40_700, input: { type: 'kubectl', line: 'delete pod x' } }],
      EPOCH,
    );
    expect(texts(rows)).toEqual(['you: kubectl delete pod x', 'Killing pod/x']);
  });

  it('place a repeated event at its last occurrence, with its count', () => {
    const rows = timelineRows(
      byId(event('r', pod('c'), 'BackOff', 80, { count: 4, firstTimestamp: at(10) })),
      [],
      EPOCH,
    );
    expect(rows[0]).toMatchObject({ time: 80_000, count: 4, object: 'pod/c' });
  });

  it('read a 2015 event without a type as Normal', () => {
    const old = event('o', pod('redis'), 'scheduled', 1);
    delete (old.object as Partial<Event>).type;
    expect(timelineRows(byId(old), [], EPOCH)[0]).toMatchObject({ eventType: 'Normal' });
  });
});

describe('timeline filters', () => {
  const rows = timelineRows(
    byId(
      event('a', pod('web-1'), 'Scheduled', 5),
      event('b', pod('web-1', 'spec.containers{web}'), 'BackOff', 9, { type: 'Warning' }),
      event('c', { kind: 'Node', name: 'node-2' }, 'NodeNotReady', 70),
    ),
    [{ at: 60_000, input: { type: 'fault', fault: { action: 'stopNode', node: 'node-2' } } }],
    EPOCH,
  );

  it('keep only warnings', () => {
    expect(
      texts(filterRows(rows, { ...ALL_ROWS, types: { Normal: false, Warning: true } })),
    ).toEqual(['BackOff pod/web-1', 'fault: node-2 powered off']);
  });

  it('keep the rows about an object named in the filter text', () => {
    expect(texts(filterRows(rows, { ...ALL_ROWS, objectText: 'node-2' }))).toEqual([
      'fault: node-2 powered off',
      'NodeNotReady node/node-2',
    ]);
  });

  it('keep only the selected object’s events and the inputs that name it', () => {
    const only = { kind: 'Node', id: 'node-2' };
    expect(texts(filterRows(rows, { ...ALL_ROWS, only }))).toEqual([
      'fault: node-2 powered off',
      'NodeNotReady node/node-2',
    ]);
    const container = { kind: 'Container', id: 'default/web-1/web' };
    expect(texts(filterRows(rows, { ...ALL_ROWS, only: container, inputs: false }))).toEqual([
      'BackOff pod/web-1',
    ]);
  });

  it('keep the newest rows when there are too many', () => {
    expect(texts(filterRows(rows, ALL_ROWS, 2))).toEqual([
      'fault: node-2 powered off',
      'NodeNotReady node/node-2',
    ]);
  });
});

describe('inputs in words', () => {
  it('say what the student typed and which fault they caused', () => {
    expect(inputText({ type: 'kubectl', line: 'scale rc web --replicas=5' })).toBe(
      'you: kubectl scale rc web --replicas=5',
    );
    expect(
      inputText({
        type: 'fault',
        fault: {
          action: 'crashContainer',
          namespace: 'default',
          pod: 'web-1',
          container: 'web',
          exitCode: 1,
        },
      }),
    ).toBe('fault: container web of pod web-1 crashed (exit code 1)');
    expect(
      inputText({ type: 'fault', fault: { action: 'stopComponent', component: 'etcd' } }),
    ).toBe('fault: etcd stopped');
    expect(inputText({ type: 'request', service: 'web', count: 10 })).toBe(
      'you: 10 requests to service web',
    );
  });
});

describe('LAST SEEN, as kubectl prints ages', () => {
  it.each([
    [45_000, '45s'],
    [119_000, '119s'],
    [150_000, '2m30s'],
    [300_000, '5m'],
    [12 * 60_000, '12m'],
    [5 * 3_600_000, '5h'],
    [(5 * 60 + 7) * 60_000, '5h7m'],
    [-500, '0s'],
  ])('%d ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
