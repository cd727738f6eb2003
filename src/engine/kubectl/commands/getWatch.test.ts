import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

describe('kubectl get -w', () => {
  it('prints a row for each change as simulated time runs', () => {
    const k = testCluster({ nodes: 1 });
    const rows: string[] = [];
    const stream = k.cluster.kubectlStream('get pods -w', (c) => rows.push(c.text));
    expect(stream.result.stderr).toBe('No resources found in default namespace.\n');
    k.ok('run web --image=nginx:1.27');
    k.cluster.advance(10_000);
    const statuses = rows.map((r) => r.trim().split(/\s+/)[2]);
    expect(rows.every((r) => r.startsWith('web '))).toBe(true);
    expect(statuses).toContain('Pending');
    expect(statuses).toContain('ContainerCreating');
    expect(statuses.at(-1)).toBe('Running');
    stream.stop();
    k.ok('delete pod web --wait=false');
    const count = rows.length;
    k.cluster.advance(5_000);
    expect(rows).toHaveLength(count);
    // without a stream to follow, kubectl() prints the table once and returns
    expect(k.run('get pods -w').exitCode).toBe(0);
  });
});
