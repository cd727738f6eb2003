import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

describe('kubectl run', () => {
  it('modern: makes one pod labelled run=NAME', () => {
    const k = testCluster();
    expect(k.ok('run web --image=nginx')).toBe('pod/web created\n');
    expect(k.cluster.api.get('Pod', 'default', 'web').metadata.labels).toEqual({ run: 'web' });
    expect(k.fails('run web2 --image=nginx --replicas=2')).toBe(
      "error: unknown flag: --replicas\nSee 'kubectl run --help' for usage.\n",
    );
  });

  it('2015 (v1.0): --replicas makes a replication controller labelled run=NAME', () => {
    const k = testCluster({ era: '2015' });
    expect(k.ok('run nginx --image=nginx --replicas=2')).toBe(
      'CONTROLLER   CONTAINER(S)   IMAGE(S)   SELECTOR    REPLICAS\nnginx        nginx          nginx      run=nginx   2\n',
    );
    k.cluster.advance(2_000);
    const pods = k.cluster.api.list('Pod', { namespace: 'default' });
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.metadata.labels).toEqual({ run: 'nginx' });
  });

  it('2015: run-container labels with run-container=NAME', () => {
    const k = testCluster({ era: '2015' });
    k.ok('run-container todo --image=dockerinpractice/todo');
    expect(k.cluster.api.get('ReplicationController', 'default', 'todo').spec.selector).toEqual({
      'run-container': 'todo',
    });
  });
});
