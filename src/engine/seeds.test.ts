/**
 * The seeds' walkthroughs, end to end, in both eras: what the 2015 texts showed a student must
 * happen here too.
 */
import { describe, expect, it } from 'vitest';
import { SEED_MANIFESTS } from './testing/seeds';
import { testCluster, type TestCluster } from './testing/testCluster';
import type { Pod } from './types';

const ERAS = ['2015', 'modern'] as const;
const pods = (k: TestCluster): Pod[] => k.cluster.api.list('Pod', { namespace: 'default' });

describe('scaling a single container (run-container todo, then resize)', () => {
  it('2015: Pending while the image downloads, Running after, and three pods spread 2/1 over two minions', () => {
    const k = testCluster({ era: '2015', nodes: 2, seed: 3 });
    k.ok('run-container todo --image=dockerinpractice/todo');
    k.cluster.advance(60_000);
    expect(k.ok('get pods')).toMatch(
      /^todo-[a-z0-9]{5} .* run-container=todo +Pending +About a minute/m,
    );
    k.cluster.advance(180_000);
    expect(k.ok('get pods')).toMatch(
      /^todo-[a-z0-9]{5} +10\.246\.\d\.2 .* run-container=todo +Running/m,
    );
    expect(k.ok('resize --replicas=3 replicationController todo')).toBe('resized\n');
    k.cluster.advance(240_000);
    const running = pods(k).filter((p) => p.status?.phase === 'Running');
    expect(running).toHaveLength(3);
    const perNode = new Map<string, number>();
    for (const p of running)
      perNode.set(p.spec.nodeName ?? '', (perNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
    expect([...perNode.values()].sort()).toEqual([1, 2]);
  });

  it('modern: run and scale a deployment the same way', () => {
    const k = testCluster({ nodes: 2, seed: 3 });
    k.ok('create deployment todo --image=dockerinpractice/todo');
    k.ok('scale deployment todo --replicas=3');
    k.cluster.advance(60_000);
    expect(pods(k).filter((p) => p.status?.phase === 'Running')).toHaveLength(3);
    expect(k.cluster.request('todo-missing')).toEqual({
      error: 'service "todo-missing" not found',
    });
  });
});

describe('the redis master, its service and the slave controller', () => {
  for (const era of ERAS) {
    it(`${era}: the slaves get the REDIS_MASTER_* variables and connect to the master through the service`, () => {
      const k = testCluster({ era, seed: 1 });
      k.ok('create -f redis-master.json', SEED_MANIFESTS.REDIS_MASTER_POD);
      k.ok('create -f redis-master-service.json', SEED_MANIFESTS.REDIS_MASTER_SERVICE);
      k.cluster.advance(era === '2015' ? 120_000 : 20_000);
      k.ok('create -f redis-slave-controller.json', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
      k.cluster.advance(era === '2015' ? 200_000 : 30_000);
      const svc = k.cluster.api.get('Service', 'default', 'redis-master');
      const ip = svc.spec.clusterIP ?? '';
      const port = svc.spec.ports?.[0]?.port;
      const slaves = pods(k).filter((p) => p.metadata.labels?.name === 'redisslave');
      expect(slaves).toHaveLength(2);
      const master = pods(k).find((p) => p.metadata.labels?.name === 'redis');
      for (const slave of slaves) {
        expect(slave.status?.phase).toBe('Running');
        const kubelet = k.cluster.kubelets.get(slave.spec.nodeName ?? '');
        const env = kubelet?.exec('default', slave.metadata.name, 'slave', ['env']);
        expect(env?.ok).toBe(true);
        const text = env?.ok ? env.value.stdout : '';
        expect(text).toContain(`REDIS_MASTER_SERVICE_HOST=${ip}\n`);
        expect(text).toContain(`REDIS_MASTER_SERVICE_PORT=${port}\n`);
        expect(text).toContain(`REDIS_MASTER_PORT=tcp://${ip}:${port}\n`);
        const logs = kubelet?.containerLogs('default', slave.metadata.name, 'slave', false);
        const lines = logs?.ok ? logs.value.map((l) => l.text).join('\n') : '';
        expect(lines).toContain(`Connecting to MASTER ${ip}:${port}`);
        expect(lines).toContain('MASTER <-> SLAVE sync: Finished with success');
      }
      const masterKubelet = k.cluster.kubelets.get(master?.spec.nodeName ?? '');
      const masterLogs = masterKubelet?.containerLogs(
        'default',
        master?.metadata.name ?? '',
        'redis-master',
        false,
      );
      const text = masterLogs?.ok ? masterLogs.value.map((l) => l.text).join('\n') : '';
      expect(text.match(/Synchronization with (slave|replica)[^\n]* succeeded/g)).toHaveLength(2);
      expect(k.cluster.request('redis-master')).toMatchObject({ pod: master?.metadata.name });
    });
  }
});

describe('relabelling a pod takes it out of its controller', () => {
  for (const era of ERAS) {
    it(`${era}: the controller replaces it, and the relabelled pod lives on`, () => {
      const k = testCluster({ era, seed: 4 });
      k.ok('create -f redis-slave-controller.json', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
      k.cluster.advance(5_000);
      const [first] = pods(k);
      const name = first?.metadata.name ?? '';
      k.ok(`label pods ${name} name=debug --overwrite`);
      k.cluster.advance(5_000);
      const all = pods(k);
      expect(all).toHaveLength(3);
      expect(all.filter((p) => p.metadata.labels?.name === 'redisslave')).toHaveLength(2);
      expect(all.find((p) => p.metadata.name === name)?.metadata.labels?.name).toBe('debug');
    });
  }
});

describe('the complex pod: a writer and a reader sharing an emptyDir', () => {
  for (const era of ERAS) {
    it(`${era}: the reader logs what the writer wrote through the shared volume`, () => {
      const k = testCluster({ era, seed: 2 });
      expect(k.ok('create -f complexpod.json', SEED_MANIFESTS.COMPLEXPOD)).toBe(
        era === '2015' ? 'pods/complexpod\n' : 'pod/complexpod created\n',
      );
      k.cluster.advance(era === '2015' ? 180_000 : 60_000);
      const pod = k.cluster.api.get('Pod', 'default', 'complexpod');
      expect(pod.status?.phase).toBe('Running');
      const logs =
        era === '2015'
          ? k.ok('log complexpod simplereader')
          : k.ok('logs complexpod -c simplereader');
      const lines = logs.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines)
        expect(line).toMatch(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z\] /);
      // what the reader printed is what the writer put in /data/file, line by line
      const file = k.ok(
        'exec complexpod -c simplewriter -- cat /data/file'.replace(
          'exec complexpod',
          era === '2015' ? 'exec -p complexpod' : 'exec complexpod',
        ),
      );
      const written = file.trimEnd().split('\n');
      const read = lines.map((l) => l.replace(/^\[[^\]]+\] /, ''));
      expect(written.slice(0, read.length)).toEqual(read);
    });
  }
});
