import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
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

describe('kubectl run --overrides', () => {
  it('merges the JSON into the generated pod (lists replace, as a JSON merge patch does)', () => {
    const c = createCluster({ nodes: 2 });
    const res = c.kubectl(
      `run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"64"}}}]}}'`,
    );
    expect(res).toEqual({ stdout: 'pod/big created\n', stderr: '', exitCode: 0 });
    c.advance(5_000);
    expect(c.kubectl('get pod big').stdout).toMatch(/big\s+0\/1\s+Pending/);
    expect(c.kubectl('describe pod big').stdout).toContain('Insufficient cpu');
  });

  it('says what Go’s JSON decoder says about bad JSON, and creates nothing', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('run x --image=nginx --overrides=zz')).toEqual({
      stdout: '',
      stderr: "error: invalid character 'z' looking for beginning of value\n",
      exitCode: 1,
    });
    expect(c.kubectl('get pod x').exitCode).toBe(1);
  });

  it('applies to the 2015 replication controller that run-container makes', () => {
    const c = createCluster({ nodes: 2, era: '2015' });
    const res = c.kubectl(`run-container todo --image=nginx --overrides='{"spec":{"replicas":3}}'`);
    expect(res.stdout).toMatch(/todo\s+todo\s+nginx\s+run-container=todo\s+3/);
  });
});
