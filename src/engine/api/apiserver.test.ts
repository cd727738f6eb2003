import { describe, expect, it } from 'vitest';
import { SimCluster } from '../cluster';
import type { Pod, Service } from '../types';
import { isStatusError, type StatusError } from './status';

const pod = (name: string, extra: Partial<Pod['metadata']> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...extra },
  spec: { containers: [{ name: 'web', image: 'nginx' }] },
});

function statusOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (isStatusError(e)) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('the API server', () => {
  it('stamps new objects with uid, creationTimestamp, generation and a resourceVersion', () => {
    const { api } = new SimCluster({ seed: 7 });
    const created = api.create(pod('web'));
    expect(created.metadata).toMatchObject({
      name: 'web',
      namespace: 'default',
      generation: 1,
      creationTimestamp: '2026-01-05T09:00:00Z',
    });
    expect(created.metadata.uid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Number(created.metadata.resourceVersion)).toBe(api.resourceVersion);
    expect(created.status?.phase).toBe('Pending');
  });

  it('applies defaults before storing', () => {
    const { api } = new SimCluster();
    const created = api.create(pod('web'));
    expect(created.spec.restartPolicy).toBe('Always');
    expect(created.spec.containers[0]?.imagePullPolicy).toBe('Always');
    expect(created.spec.tolerations?.map((t) => t.key)).toEqual([
      'node.kubernetes.io/not-ready',
      'node.kubernetes.io/unreachable',
    ]);
  });

  it('rejects a stale resourceVersion with a Conflict in Kubernetes words', () => {
    const { api } = new SimCluster();
    const created = api.create(pod('web'));
    api.update({ ...created, metadata: { ...created.metadata, labels: { a: 'b' } } });
    const err = statusOf(() =>
      api.update({ ...created, metadata: { ...created.metadata, labels: { a: 'c' } } }),
    );
    expect(err.status.reason).toBe('Conflict');
    expect(err.message).toBe(
      'Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('bumps generation only when the spec changes, and writes nothing for a no-op update', () => {
    const { api } = new SimCluster();
    const rc = api.create({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'web' },
      spec: {
        replicas: 1,
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx' }] },
        },
      },
    });
    const relabelled = api.update({
      ...rc,
      metadata: { ...rc.metadata, labels: { app: 'web', x: 'y' } },
    });
    expect(relabelled.metadata.generation).toBe(1);
    const scaled = api.update({ ...relabelled, spec: { ...relabelled.spec, replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
    const same = api.update(scaled);
    expect(same.metadata.resourceVersion).toBe(scaled.metadata.resourceVersion);
  });

  it('says AlreadyExists, NotFound and namespace-not-found as Kubernetes does', () => {
    const { api } = new SimCluster();
    api.create(pod('web'));
    expect(statusOf(() => api.create(pod('web'))).message).toBe('pods "web" already exists');
    expect(statusOf(() => api.get('Pod', 'default', 'nope')).message).toBe('pods "nope" not found');
    expect(statusOf(() => api.create(pod('x', { namespace: 'ghost' }))).message).toBe(
      'namespaces "ghost" not found',
    );
    expect(statusOf(() => api.get('Deployment', 'default', 'd')).message).toBe(
      'deployments.apps "d" not found',
    );
  });

  it('returns Invalid with one cause per field error', () => {
    const { api } = new SimCluster();
    const err = statusOf(() =>
      api.create({ ...pod('Bad_Name'), spec: { containers: [{ name: 'web', image: '' }] } }),
    );
    expect(err.status.reason).toBe('Invalid');
    expect(err.status.code).toBe(422);
    expect(err.status.details?.causes?.map((c) => c.field)).toEqual([
      'metadata.name',
      'spec.containers[0].image',
    ]);
    expect(
      err.message.startsWith(
        'Pod "Bad_Name" is invalid: [metadata.name: Invalid value: "Bad_Name": ',
      ),
    ).toBe(true);
  });

  it('generates names from generateName with the era alphabet', () => {
    const modern = new SimCluster({ seed: 3 }).api.create(pod('', { generateName: 'web-' }));
    expect(modern.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const legacy = new SimCluster({ seed: 3, era: '2015' }).api.create(
      pod('', { generateName: 'web-' }),
    );
    expect(legacy.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
  });

  it('allocates ClusterIPs and NodePorts that are never handed out twice while taken', () => {
    const { api } = new SimCluster();
    const svc = (name: string, type = 'NodePort'): Service => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name },
      spec: { type, selector: { app: name }, ports: [{ port: 80 }] },
    });
    const ips = new Set<string>();
    const ports = new Set<number>();
    for (let i = 0; i < 50; i++) {
      const s = api.create(svc(`s${i}`));
      ips.add(s.spec.clusterIP ?? '');
      ports.add(s.spec.ports?.[0]?.nodePort ?? 0);
      expect(s.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    }
    expect(ips.size).toBe(50);
    expect(ports.size).toBe(50);
    const taken = [...ports][0] as number;
    const err = statusOf(() =>
      api.create({
        ...svc('clash'),
        spec: { ...svc('clash').spec, ports: [{ port: 80, nodePort: taken }] },
      }),
    );
    expect(err.message).toBe(
      `Service "clash" is invalid: spec.ports[0].nodePort: Invalid value: ${taken}: provided port is already allocated`,
    );
  });

  it('deletes an unscheduled pod at once and a bound pod gracefully', () => {
    const { api } = new SimCluster();
    api.create(pod('loose'));
    api.delete('Pod', 'default', 'loose');
    expect(api.find('Pod', 'default', 'loose')).toBeUndefined();
    api.create({ ...pod('bound'), spec: { ...pod('bound').spec, nodeName: 'node-1' } });
    const marked = api.delete('Pod', 'default', 'bound');
    expect(marked.metadata.deletionTimestamp).toBe('2026-01-05T09:00:30Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(30);
  });

  it('watch from a resourceVersion delivers every later change in order', () => {
    const { api } = new SimCluster();
    const from = api.resourceVersion;
    api.create(pod('a'));
    api.create(pod('b'));
    api.delete('Pod', 'default', 'a');
    const seen: string[] = [];
    api.watch('Pod', { namespace: 'default', resourceVersion: from }, (e) =>
      seen.push(`${e.type} ${e.object.metadata.name}`),
    );
    expect(seen).toEqual(['ADDED a', 'ADDED b', 'DELETED a']);
  });

  it('binds a pod to a node once, through the binding subresource', () => {
    const { api } = new SimCluster();
    api.create(pod('web'));
    const bound = api.bind('default', 'web', 'node-2');
    expect(bound.spec.nodeName).toBe('node-2');
    expect(bound.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
    expect(statusOf(() => api.bind('default', 'web', 'node-1')).message).toBe(
      'Operation cannot be fulfilled on pods "web": pod web is already assigned to node "node-2"',
    );
  });
});
