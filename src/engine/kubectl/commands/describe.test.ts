import { describe as suite, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { SEED_MANIFESTS } from '../../testing/seeds';

suite('kubectl describe', () => {
  it("shows a node's events in kubectl's Events table", () => {
    const k = testCluster();
    k.cluster.advance(65_000);
    const text = k.ok('describe node node-1');
    expect(text.startsWith('Name:               node-1\nRoles:              <none>\n')).toBe(true);
    expect(text).toContain(
      [
        'Events:',
        '  Type    Reason                   Age   From             Message',
        '  ----    ------                   ----  ----             -------',
        '  Normal  Starting                 65s   kubelet          Starting kubelet.',
      ].join('\n'),
    );
  });

  it('describes a replication controller, a service and a pod from the seeds', () => {
    const k = testCluster();
    k.ok('create -f -', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
    k.ok('create -f -', SEED_MANIFESTS.REDIS_MASTER_SERVICE);
    k.ok('create -f -', SEED_MANIFESTS.COMPLEXPOD);
    expect(k.ok('describe rc redisSlaveController')).toContain(
      'Replicas:     0 current / 2 desired\n',
    );
    expect(k.ok('describe svc redis-master')).toContain('TargetPort:        6379/TCP\n');
    const pod = k.ok('describe pod complexpod');
    expect(pod).toContain('      /data from pod-disk (rw)\n');
    expect(pod).toMatch(/^Events: +<none>$/m);
  });

  it('matches by name prefix when no object has the exact name, as kubectl does', () => {
    const k = testCluster();
    k.ok('run web-1 --image=nginx');
    k.ok('run web-2 --image=nginx');
    const text = k.ok('describe pods web');
    expect(text.match(/^Name: +web-\d$/gm)).toEqual([
      'Name:             web-1',
      'Name:             web-2',
    ]);
  });

  it('says NotFound for a name nothing starts with', () => {
    expect(testCluster().fails('describe pod nope')).toBe(
      'Error from server (NotFound): pods "nope" not found\n',
    );
  });

  it('uses the 2015 layout in 2015', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f -', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
    expect(k.ok('describe rc redisSlaveController')).toBe(
      [
        'Name:\t\tredisSlaveController',
        'Namespace:\tdefault',
        'Image(s):\tbrendanburns/redis-slave',
        'Selector:\tname=redisslave',
        'Labels:\t\tname=redisslave',
        'Replicas:\t0 current / 2 desired',
        'Pods Status:\t0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
        'No events.',
        '',
        '',
      ].join('\n'),
    );
  });
});
