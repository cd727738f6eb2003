import { describe, expect, it } from 'vitest';
import type { SchedulingDecision } from '../engine/scheduler/types';
import type { AnyObject, Event, Service } from '../engine/types';
import {
  anchorOf,
  describeLine,
  headingOf,
  envLine,
  inspectorSubject,
  lastLines,
  logsLine,
  yamlLine,
} from './inspector';
import { envRows } from './inspectorEnv';
import { eventsFor } from './inspectorEvents';
import { traceTable } from './inspectorTrace';
import type { MirrorEntry, ObjectsByKind } from './mirror';
import { node, pod } from './testObjects';

function mirrorOf(...objects: AnyObject[]): ObjectsByKind {
  const out: Record<string, Record<string, MirrorEntry>> = {};
  objects.forEach((object, seq) => {
    const { namespace, name } = object.metadata;
    const id = namespace ? `${namespace}/${name}` : name;
    (out[object.kind] ??= {})[id] = { kind: object.kind, id, object, seq };
  });
  return out as ObjectsByKind;
}

describe('what the Inspector shows for a selection', () => {
  const objects = mirrorOf(pod('web', 'node-1'), node('node-1'));

  it('heads a pod by its accessible name and offers every pod tab', () => {
    const subject = inspectorSubject({ kind: 'Pod', id: 'default/web' }, objects);
    expect(subject?.heading).toBe('Pod web');
    expect(subject?.tabs).toEqual([
      'describe',
      'yaml',
      'events',
      'env',
      'logs',
      'files',
      'scheduler',
    ]);
    expect(subject?.pod).toEqual({ namespace: 'default', name: 'web', containers: ['web'] });
  });

  it('shows a container through its pod', () => {
    const subject = inspectorSubject({ kind: 'Container', id: 'default/web/web' }, objects);
    expect(subject).toMatchObject({
      heading: 'Container web',
      object: { kind: 'Pod', name: 'web', namespace: 'default' },
      pod: { containers: ['web'] },
    });
  });

  it('names nodes and components by their own names', () => {
    expect(inspectorSubject({ kind: 'Node', id: 'node-1' }, objects)?.heading).toBe('Node node-1');
    expect(inspectorSubject({ kind: 'Component', id: 'scheduler' }, objects)).toMatchObject({
      heading: 'Component scheduler',
      tabs: ['about'],
    });
  });

  it('has nothing to show for an object that is gone', () => {
    expect(inspectorSubject({ kind: 'Pod', id: 'default/gone' }, objects)).toBeNull();
    expect(inspectorSubject({ kind: 'Container', id: 'default/gone/web' }, objects)).toBeNull();
  });
});

describe('the kubectl lines each tab asks', () => {
  const web = { kind: 'Pod' as const, name: 'web', namespace: 'default' };

  it('describes and prints objects with their namespace, nodes without', () => {
    expect(describeLine(web)).toBe('describe pod web --namespace=default');
    expect(yamlLine(web)).toBe('get pod web --namespace=default -o yaml');
    expect(describeLine({ kind: 'Node', name: 'node-1' })).toBe('describe node node-1');
    expect(describeLine({ kind: 'ReplicationController', name: 'db', namespace: 'x' })).toBe(
      'describe replicationcontroller db --namespace=x',
    );
  });

  it('speaks each era’s kubectl for logs and exec', () => {
    expect(logsLine('modern', 'default', 'web', 'c')).toBe(
      'logs web -c c --namespace=default --tail=200',
    );
    expect(logsLine('2015', 'default', 'web', 'c')).toBe('log web c --namespace=default');
    expect(envLine('modern', 'default', 'web', 'c')).toBe(
      'exec web -c c --namespace=default -- env',
    );
    expect(envLine('2015', 'default', 'web', 'c')).toBe(
      'exec -p web -c c --namespace=default -- env',
    );
  });

  it('keeps the last lines of a long log', () => {
    expect(lastLines('a\nb\nc\n', 2)).toBe('b\nc\n');
    expect(lastLines('a\nb\n', 5)).toBe('a\nb\n');
  });
});

function event(name: string, about: Partial<Event['involvedObject']>, at: string): Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: about.namespace ?? 'default' },
    involvedObject: { kind: 'Pod', name: 'web', namespace: 'default', ...about },
    reason: name,
    message: `${name} happened`,
    source: { component: 'kubelet' },
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
    type: 'Normal',
  };
}

describe('the events of one object', () => {
  const events = mirrorOf(
    event('Started', { fieldPath: 'spec.containers{web}' }, '2026-01-05T09:00:05Z'),
    event('Scheduled', {}, '2026-01-05T09:00:00Z'),
    event('Other', { name: 'db' }, '2026-01-05T09:00:01Z'),
    event('Elsewhere', { namespace: 'kube-system' }, '2026-01-05T09:00:02Z'),
  ).Event;
  const now = Date.parse('2026-01-05T09:02:30Z');

  it('lists only that object’s events, newest last, with kubectl’s ages', () => {
    const rows = eventsFor(events, { kind: 'Pod', name: 'web', namespace: 'default' }, now);
    expect(rows.map((r) => [r.lastSeen, r.type, r.reason, r.from])).toEqual([
      ['2m30s', 'Normal', 'Scheduled', 'kubelet'],
      ['2m25s', 'Normal', 'Started', 'kubelet'],
    ]);
  });

  it('narrows to one container by its field path', () => {
    const rows = eventsFor(events, { kind: 'Pod', name: 'web', namespace: 'default' }, now, 'web');
    expect(rows.map((r) => r.reason)).toEqual(['Started']);
  });
});

describe('the scheduler’s decision as a table', () => {
  const pending: SchedulingDecision = {
    pod: 'default/big',
    nodes: ['node-1', 'node-2'].map((name) => ({
      node: name,
      filters: [
        { plugin: 'NodeUnschedulable', fit: true, reasons: [] },
        { plugin: 'NodeResourcesFit', fit: false, reasons: ['Insufficient cpu'] },
      ],
      feasible: false,
      scores: [],
      total: 0,
    })),
    evaluated: 2,
    message: '0/2 nodes are available: 2 Insufficient cpu.',
    explanation: 'No node has 64 CPUs free.',
  };

  it('gives every node its verdicts and reasons when none fits', () => {
    const table = traceTable(pending);
    expect(table.filterPlugins).toEqual(['NodeUnschedulable', 'NodeResourcesFit']);
    expect(table.rows.map((r) => r.filters[1])).toEqual([
      { verdict: 'unfit', reasons: ['Insufficient cpu'] },
      { verdict: 'unfit', reasons: ['Insufficient cpu'] },
    ]);
    expect(table.rows.every((r) => !r.chosen && r.total === undefined)).toBe(true);
    expect(table.message).toBe('0/2 nodes are available: 2 Insufficient cpu.');
  });

  it('marks filters that did not run after a failure, and the chosen node with its total', () => {
    const table = traceTable({
      pod: 'default/web',
      nodes: [
        {
          node: 'node-1',
          filters: [{ plugin: 'NodeUnschedulable', fit: false, reasons: ['unschedulable'] }],
          feasible: false,
          scores: [],
          total: 0,
        },
        {
          node: 'node-2',
          filters: [
            { plugin: 'NodeUnschedulable', fit: true, reasons: [] },
            { plugin: 'NodeResourcesFit', fit: true, reasons: [] },
          ],
          feasible: true,
          scores: [{ plugin: 'NodeResourcesFit', score: 94, weight: 1 }],
          total: 94,
        },
      ],
      evaluated: 2,
      chosen: 'node-2',
      explanation: 'node-2 was the only node that fit.',
    });
    expect(table.rows[0]?.filters[1]).toEqual({ verdict: 'skipped' });
    expect(table.rows[1]).toMatchObject({ chosen: true, total: 94, scores: [{ score: 94 }] });
    expect(table.scorePlugins).toEqual([{ plugin: 'NodeResourcesFit', weight: 1 }]);
  });
});

describe('a container’s environment', () => {
  const service = (name: string): Service => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { ports: [{ port: 6379 }] },
  });

  it('tells the spec’s variables from the kubelet’s service variables and the image’s', () => {
    const rows = envRows(
      [
        'PATH=/usr/bin',
        'HOSTNAME=web',
        'REDIS_MASTER_SERVICE_HOST=10.0.0.11',
        'REDIS_MASTER_PORT_6379_TCP_ADDR=10.0.0.11',
        'GREETING=hello=world',
        '',
      ].join('\n'),
      { name: 'web', image: 'nginx', env: [{ name: 'GREETING', value: 'hello=world' }] },
      [service('redis-master')],
    );
    expect(rows.map((r) => [r.name, r.origin])).toEqual([
      ['PATH', 'image'],
      ['HOSTNAME', 'runtime'],
      ['REDIS_MASTER_SERVICE_HOST', 'service'],
      ['REDIS_MASTER_PORT_6379_TCP_ADDR', 'service'],
      ['GREETING', 'spec'],
    ]);
    expect(rows[4]?.value).toBe('hello=world');
  });
});

describe('what the Inspector subscribes to', () => {
  it.each([
    [
      { kind: 'Container', id: 'default/web/nginx' },
      { kind: 'Pod', id: 'default/web' },
    ],
    [
      { kind: 'Proxy', id: 'node-1' },
      { kind: 'Node', id: 'node-1' },
    ],
    [
      { kind: 'Volume', id: 'default/web/cache' },
      { kind: 'Pod', id: 'default/web' },
    ],
    [
      { kind: 'Volume', id: 'pv:db-disk' },
      { kind: 'PersistentVolume', id: 'db-disk' },
    ],
    [
      { kind: 'Volume', id: 'pvc:default/data' },
      { kind: 'PersistentVolumeClaim', id: 'default/data' },
    ],
    [{ kind: 'Volume', id: 'nfs:10.0.0.5:/exports/a/b' }, null],
    [
      { kind: 'Pod', id: 'default/web' },
      { kind: 'Pod', id: 'default/web' },
    ],
  ])('%j follows %j', (ref, anchor) => expect(anchorOf(ref)).toEqual(anchor));

  it('still names a deleted object by kind and name', () => {
    expect(headingOf({ kind: 'Pod', id: 'default/web-7x2kq' })).toBe('Pod web-7x2kq');
    expect(headingOf({ kind: 'Container', id: 'default/web/nginx' })).toBe('Container nginx');
    expect(headingOf({ kind: 'Volume', id: 'nfs:10.0.0.5:/exports' })).toBe(
      'Volume 10.0.0.5:/exports',
    );
  });
});
