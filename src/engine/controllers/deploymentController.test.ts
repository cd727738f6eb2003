import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/testCluster';
import type { Deployment, ReplicaSet } from '../types';

/** The Deployment `web` with `replicas` pods of `image`. */
function manifest(image: string, replicas = 3, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image }] },
      },
      ...extra,
    },
  });
}

function setup(extra: Record<string, unknown> = {}) {
  const t = testCluster({ nodes: 3 });
  t.ok('apply -f -', manifest('nginx:1.26', 3, extra));
  t.cluster.advance(15_000);
  const replicaSets = (): ReplicaSet[] => t.cluster.api.list('ReplicaSet');
  const deploymentNow = (): Deployment => t.cluster.api.get('Deployment', 'default', 'web');
  const events = (): string[] =>
    t.cluster.api
      .list('Event')
      .filter((e) => e.involvedObject.kind === 'Deployment')
      .map((e) => e.message);
  return { t, replicaSets, deploymentNow, events };
}

describe('the deployment controller', () => {
  it('creates a ReplicaSet named after the template hash, owned and annotated', () => {
    const { replicaSets, deploymentNow, events } = setup();
    const [rs] = replicaSets();
    const hash = rs?.metadata.labels?.['pod-template-hash'] ?? '';
    expect(hash).toMatch(/^[456789bcdf]{1,10}$/);
    expect(rs?.metadata.name).toBe(`web-${hash}`);
    expect(rs?.spec.selector?.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs?.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      controller: true,
    });
    expect(rs?.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(events()).toEqual([`Scaled up replica set web-${hash} from 0 to 3`]);
    const d = deploymentNow();
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    expect(d.status?.conditions?.map((c) => `${c.type}=${c.status}/${c.reason}`)).toEqual([
      'Available=True/MinimumReplicasAvailable',
      'Progressing=True/NewReplicaSetAvailable',
    ]);
  });

  it('rolls a new template out within maxSurge and maxUnavailable at every step', () => {
    const { t, replicaSets, deploymentNow, events } = setup();
    const [oldRS] = replicaSets();
    let maxPods = 0;
    let minAvailable = Infinity;
    const stop = t.cluster.watch((e) => {
      if (e.type !== 'change' || e.change.kind !== 'ReplicaSet') return;
      const sets = replicaSets();
      maxPods = Math.max(
        maxPods,
        sets.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0),
      );
      const ready = t.cluster.api
        .list('Pod')
        .filter(
          (p) =>
            !p.metadata.deletionTimestamp &&
            p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        );
      minAvailable = Math.min(minAvailable, ready.length);
    });
    t.ok('apply -f -', manifest('nginx:1.27'));
    t.cluster.advance(30_000);
    stop();
    // 3 replicas at 25%/25%: one pod of surge, none may be unavailable
    expect(maxPods).toBe(4);
    expect(minAvailable).toBe(3);
    const newRS = replicaSets().find((rs) => rs.metadata.name !== oldRS?.metadata.name);
    expect(newRS?.spec.replicas).toBe(3);
    expect(
      t.cluster.api.get('ReplicaSet', 'default', oldRS?.metadata.name ?? '').spec.replicas,
    ).toBe(0);
    expect(newRS?.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    const oldName = oldRS?.metadata.name ?? '';
    const newName = newRS?.metadata.name ?? '';
    expect(events().slice(1)).toEqual([
      `Scaled up replica set ${newName} from 0 to 1`,
      `Scaled down replica set ${oldName} from 3 to 2`,
      `Scaled up replica set ${newName} from 1 to 2`,
      `Scaled down replica set ${oldName} from 2 to 1`,
      `Scaled up replica set ${newName} from 2 to 3`,
      `Scaled down replica set ${oldName} from 1 to 0`,
    ]);
    expect(deploymentNow().status).toMatchObject({
      replicas: 3,
      updatedReplicas: 3,
      availableReplicas: 3,
    });
  });

  it('does not roll a paused Deployment, and rolls once it is resumed', () => {
    const { t, replicaSets } = setup();
    t.ok('rollout pause deployment/web');
    t.ok('apply -f -', manifest('nginx:1.27'));
    t.cluster.advance(30_000);
    expect(replicaSets()).toHaveLength(1);
    expect(
      t.cluster.api
        .get('Deployment', 'default', 'web')
        .status?.conditions?.find((c) => c.type === 'Progressing'),
    ).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });
    t.ok('rollout resume deployment/web');
    t.cluster.advance(30_000);
    expect(
      replicaSets()
        .map((rs) => rs.spec.replicas)
        .sort(),
    ).toEqual([0, 3]);
  });

  it('Recreate removes every old pod before the first new one is created', () => {
    const { t, replicaSets } = setup({ strategy: { type: 'Recreate' } });
    let overlap = false;
    const stop = t.cluster.watch((e) => {
      if (e.type !== 'change' || e.change.kind !== 'Pod') return;
      const images = new Set(t.cluster.api.list('Pod').map((p) => p.spec.containers[0]?.image));
      if (images.size > 1) overlap = true;
    });
    t.ok('apply -f -', manifest('nginx:1.27', 3, { strategy: { type: 'Recreate' } }));
    t.cluster.advance(30_000);
    stop();
    expect(overlap).toBe(false);
    expect(
      replicaSets()
        .map((rs) => rs.spec.replicas)
        .sort(),
    ).toEqual([0, 3]);
  });

  it('scales proportionally when scaled with no rollout going on', () => {
    const { t, replicaSets, events } = setup();
    t.ok('scale deployment web --replicas=5');
    t.cluster.advance(15_000);
    expect(replicaSets()[0]?.spec.replicas).toBe(5);
    expect(events().at(-1)).toBe(
      `Scaled up replica set ${replicaSets()[0]?.metadata.name} from 3 to 5`,
    );
  });

  it('keeps revisionHistoryLimit old ReplicaSets', () => {
    const { t, replicaSets } = setup({ revisionHistoryLimit: 1 });
    for (const image of ['nginx:1.27', 'nginx:1.25']) {
      t.ok('apply -f -', manifest(image, 3, { revisionHistoryLimit: 1 }));
      t.cluster.advance(30_000);
    }
    expect(
      replicaSets()
        .map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'])
        .sort(),
    ).toEqual(['2', '3']);
  });

  it('reports ProgressDeadlineExceeded when new pods never become available', () => {
    const { t } = setup({ progressDeadlineSeconds: 60 });
    // an image no registry has: the new pods never start
    t.ok('apply -f -', manifest('nginx:no-such-tag', 3, { progressDeadlineSeconds: 60 }));
    t.cluster.advance(70_000);
    const d = t.cluster.api.get('Deployment', 'default', 'web');
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
    });
  });

  it('does not roll Deployments in a 2015 cluster', () => {
    const t = testCluster({ nodes: 1, era: '2015' });
    t.ok('apply -f -', manifest('nginx'));
    t.cluster.advance(10_000);
    expect(t.cluster.api.list('ReplicaSet')).toEqual([]);
  });
});
