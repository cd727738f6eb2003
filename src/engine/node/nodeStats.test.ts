import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { ImagePullProgress } from '../contract';

function pullsOf(cluster: ReturnType<typeof createCluster>): ImagePullProgress[] {
  return cluster.nodeStats().flatMap((n) => n.pulls);
}

/** Advance in small steps until `done` holds (at most `maxMs` of simulated time). */
function advanceUntil(
  cluster: ReturnType<typeof createCluster>,
  done: () => boolean,
  maxMs = 60_000,
) {
  for (let t = 0; t < maxMs && !done(); t += 50) cluster.advance(50);
  return done();
}

describe('node stats: image pulls in progress', () => {
  it('shows a pull growing with simulated time until the image is in, then forgets it', () => {
    const cluster = createCluster({ nodes: 1, seed: 1 });
    cluster.kubectl('run web --image=nginx:1.27');
    expect(advanceUntil(cluster, () => pullsOf(cluster).length > 0)).toBe(true);

    const [first] = pullsOf(cluster);
    expect(first).toMatchObject({ namespace: 'default', pod: 'web', image: 'nginx:1.27' });
    expect(first?.totalBytes).toBeGreaterThan(0);
    expect(first?.pulledBytes).toBeLessThan(first?.totalBytes ?? 0);

    cluster.advance(200);
    const [later] = pullsOf(cluster);
    expect(later?.pulledBytes).toBeGreaterThan(first?.pulledBytes ?? 0);

    expect(advanceUntil(cluster, () => pullsOf(cluster).length === 0)).toBe(true);
    const node = cluster.nodeStats()[0];
    expect(node?.images.some((i) => i.names.some((n) => n.endsWith('nginx:1.27')))).toBe(true);
  });

  it('a pull queued behind another has fetched nothing yet', () => {
    const cluster = createCluster({ nodes: 1, seed: 1 });
    cluster.kubectl('run a --image=nginx:1.27');
    cluster.kubectl('run b --image=redis:7');
    expect(advanceUntil(cluster, () => pullsOf(cluster).length === 2)).toBe(true);
    const pulls = pullsOf(cluster);
    const moving = pulls.filter((p) => p.pulledBytes > 0);
    const waiting = pulls.filter((p) => p.pulledBytes === 0);
    expect(moving.length + waiting.length).toBe(2);
    // the kubelet pulls one image at a time
    expect(moving.length).toBeLessThanOrEqual(1);
  });

  it('is the same for the same seed and inputs', () => {
    const run = () => {
      const cluster = createCluster({ nodes: 2, seed: 7 });
      cluster.kubectl('create deployment web --image=nginx --replicas=3');
      cluster.advance(1_500);
      return JSON.stringify(cluster.nodeStats());
    };
    expect(run()).toBe(run());
  });
});
