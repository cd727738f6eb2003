import { describe, expect, it } from 'vitest';
import type { AnyObject } from '../../types';
import { orderLikeGo, sortKeys } from './order';
import { RESOURCES, schemaFor, structSchema } from './registry';
import type { SchemaType } from './model';

const pod = {
  status: { phase: 'Running', podIP: '10.244.1.2', hostIP: '10.0.0.1' },
  spec: {
    restartPolicy: 'Always',
    containers: [
      {
        resources: { requests: { memory: '64Mi', cpu: '100m' } },
        image: 'nginx',
        name: 'web',
        ports: [{ protocol: 'TCP', containerPort: 80 }],
      },
    ],
    volumes: [{ emptyDir: {}, name: 'data' }],
    nodeSelector: { zone: 'b', disk: 'ssd' },
  },
  metadata: { labels: { tier: 'front', app: 'web' }, namespace: 'default', name: 'web', madeUp: 1 },
  kind: 'Pod',
  apiVersion: 'v1',
} as unknown as AnyObject;

describe('orderLikeGo: keys in Go struct order, as the API server writes them', () => {
  it('orders a pod from TypeMeta down, sorts maps, keeps unknown keys last', () => {
    const ordered = orderLikeGo(pod);
    expect(JSON.stringify(ordered)).toBe(
      '{"kind":"Pod","apiVersion":"v1",' +
        '"metadata":{"name":"web","namespace":"default","labels":{"app":"web","tier":"front"},"madeUp":1},' +
        '"spec":{"volumes":[{"name":"data","emptyDir":{}}],' +
        '"containers":[{"name":"web","image":"nginx","ports":[{"containerPort":80,"protocol":"TCP"}],' +
        '"resources":{"requests":{"cpu":"100m","memory":"64Mi"}}}],' +
        '"restartPolicy":"Always","nodeSelector":{"disk":"ssd","zone":"b"}},' +
        '"status":{"phase":"Running","hostIP":"10.0.0.1","podIP":"10.244.1.2"}}',
    );
  });

  it('returns a copy and leaves its input alone', () => {
    const before = JSON.stringify(pod);
    const ordered = orderLikeGo(pod);
    expect(ordered).not.toBe(pod);
    expect(ordered).toEqual(pod);
    expect(JSON.stringify(pod)).toBe(before);
  });

  it('orders the items of a List by their own kinds', () => {
    const list = {
      items: [{ metadata: { name: 'a' }, apiVersion: 'v1', kind: 'Namespace' }],
      metadata: {},
      apiVersion: 'v1',
      kind: 'List',
    };
    expect(JSON.stringify(orderLikeGo(list as unknown as AnyObject))).toBe(
      '{"kind":"List","apiVersion":"v1","metadata":{},"items":[{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"a"}}]}',
    );
  });

  it('an apps/v1 Deployment', () => {
    const d = {
      spec: {
        template: { spec: { containers: [] }, metadata: {} },
        selector: { matchLabels: { app: 'x' } },
        replicas: 2,
      },
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name: 'd' },
    };
    expect(
      Object.keys((orderLikeGo(d as unknown as AnyObject) as unknown as { spec: object }).spec),
    ).toEqual(['replicas', 'selector', 'template']);
  });
});

describe('sortKeys: the order of kubectl get -o json (objects decoded into maps)', () => {
  it('sorts every level by key', () => {
    expect(
      JSON.stringify(
        sortKeys({ kind: 'Pod', apiVersion: 'v1', spec: { b: [{ z: 1, a: 2 }], a: 1 } }),
      ),
    ).toBe('{"apiVersion":"v1","kind":"Pod","spec":{"a":1,"b":[{"a":2,"z":1}]}}');
  });
});

describe('the schema is whole', () => {
  it('every referenced struct exists', () => {
    const missing: string[] = [];
    const visit = (t: SchemaType, where: string): void => {
      if (t.type === 'object' && !structSchema(t.struct)) missing.push(`${where} → ${t.struct}`);
      if (t.type === 'array') visit(t.items, where);
      if (t.type === 'map') visit(t.values, where);
    };
    for (const r of RESOURCES) {
      const seen = new Set<string>();
      const walk = (name: string): void => {
        if (seen.has(name)) return;
        seen.add(name);
        const s = structSchema(name);
        for (const f of s?.fields ?? []) {
          visit(f.type, `${name}.${f.name}`);
          let t = f.type;
          while (t.type === 'array' || t.type === 'map')
            t = t.type === 'array' ? t.items : t.values;
          if (t.type === 'object') walk(t.struct);
        }
      };
      walk(schemaFor(r.kind).name);
    }
    expect(missing).toEqual([]);
  });

  it('every kind starts with kind, apiVersion and metadata, and every field has a description', () => {
    for (const r of RESOURCES) {
      const s = schemaFor(r.kind);
      expect(s.fields.slice(0, 3).map((f) => f.name)).toEqual(['kind', 'apiVersion', 'metadata']);
    }
    for (const name of ['Pod', 'PodSpec', 'Container', 'ServiceSpec', 'NodeStatus', 'ObjectMeta']) {
      for (const f of structSchema(name)?.fields ?? [])
        expect(f.description, `${name}.${f.name}`).not.toBe('');
    }
  });

  it('Go type names are those Go prints in decoding errors', () => {
    const field = (s: string, f: string): string | undefined =>
      structSchema(s)?.fields.find((x) => x.name === f)?.goType;
    expect(field('PodSpec', 'containers')).toBe('[]v1.Container');
    expect(field('PodSpec', 'restartPolicy')).toBe('v1.RestartPolicy');
    expect(field('ContainerPort', 'containerPort')).toBe('int32');
    expect(field('ResourceRequirements', 'limits')).toBe('v1.ResourceList');
    expect(field('ObjectMeta', 'uid')).toBe('types.UID');
    expect(field('DeploymentSpec', 'selector')).toBe('v1.LabelSelector');
  });
});
