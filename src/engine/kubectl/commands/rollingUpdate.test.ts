import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

const rc = (name: string, version: string, replicas = 2): string =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name },
    spec: {
      replicas,
      selector: { name: 'frontend', version },
      template: {
        metadata: { labels: { name: 'frontend', version } },
        spec: {
          containers: [
            { name: 'php-redis', image: `kubernetes/example-guestbook-php-redis:${version}` },
          ],
        },
      },
    },
  });

function cluster() {
  const t = testCluster({ nodes: 2, era: '2015' });
  t.ok('create -f -', rc('frontend-v1', 'v1'));
  t.cluster.advance(5000);
  return t;
}

describe('kubectl rolling-update (v1.0)', () => {
  it('replaces the pods one at a time from a file, then deletes the old controller', () => {
    const t = cluster();
    const start = t.cluster.now;
    expect(
      t.ok(
        'rolling-update frontend-v1 -f frontend-v2.json --update-period=10s',
        rc('frontend-v2', 'v2'),
      ),
    ).toBe(
      [
        'Creating frontend-v2',
        'At beginning of loop: frontend-v1 replicas: 1, frontend-v2 replicas: 1',
        'Updating frontend-v1 replicas: 1, frontend-v2 replicas: 1',
        'At end of loop: frontend-v1 replicas: 1, frontend-v2 replicas: 1',
        'At beginning of loop: frontend-v1 replicas: 0, frontend-v2 replicas: 2',
        'Updating frontend-v1 replicas: 0, frontend-v2 replicas: 2',
        'At end of loop: frontend-v1 replicas: 0, frontend-v2 replicas: 2',
        'Update succeeded. Deleting frontend-v1',
        'frontend-v2',
        '',
      ].join('\n'),
    );
    // per pod: a 3s poll after each scale and the 10s update period
    expect(t.cluster.now - start).toBeGreaterThanOrEqual(2 * (3000 + 10_000 + 3000));
    expect(
      t.cluster.api.list('ReplicationController').map((r) => [r.metadata.name, r.spec.replicas]),
    ).toEqual([['frontend-v2', 2]]);
    expect(t.cluster.api.list('ReplicationController')[0]?.metadata.annotations ?? {}).toEqual({});
  });

  it('with --image, keeps the name: a hashed deployment label, then a rename', () => {
    const t = cluster();
    const out = t.ok(
      'rolling-update frontend-v1 --image=kubernetes/example-guestbook-php-redis:v2 --update-period=1s',
    );
    const [created] = out.split('\n');
    const newName = created?.replace('Creating ', '') ?? '';
    expect(newName).toMatch(/^frontend-v1-[0-9a-f]{32}$/);
    const hash = newName.slice('frontend-v1-'.length);
    expect(out.split('\n').slice(-4)).toEqual([
      'Update succeeded. Deleting old controller: frontend-v1',
      `Renaming ${newName} to frontend-v1`,
      'frontend-v1',
      '',
    ]);
    const [renamed] = t.cluster.api.list('ReplicationController');
    expect(renamed?.metadata.name).toBe('frontend-v1');
    expect(renamed?.spec.selector).toEqual({ deployment: hash, name: 'frontend', version: 'v1' });
    const pods = t.cluster.api.list('Pod').filter((p) => !p.metadata.deletionTimestamp);
    expect(pods.map((p) => p.spec.containers[0]?.image)).toEqual([
      'kubernetes/example-guestbook-php-redis:v2',
      'kubernetes/example-guestbook-php-redis:v2',
    ]);
  });

  it.each([
    ['rolling-update frontend-v1', 'Must specify --filename or --image for new controller'],
    [
      'rolling-update frontend-v1 -f x.json --image=y',
      '--filename and --image can not both be specified',
    ],
    ['rolling-update --image=y', 'Must specify the controller to update'],
    [
      'rolling-update frontend-v1 --image=y --deployment-label-key=',
      '--deployment-label-key can not be empty',
    ],
  ])('%s → usage error', (line, message) => {
    expect(cluster().fails(line)).toBe(
      `error: ${message}\nsee 'kubectl rolling-update -h' for help.\n`,
    );
  });

  it('refuses a new controller whose selector does not differ', () => {
    const t = cluster();
    const same = rc('frontend-v2', 'v1');
    expect(t.fails('rolling-update frontend-v1 -f same.json', same)).toBe(
      "error: same.json must specify a matching key with non-equal value in Selector for frontend-v1\nsee 'kubectl rolling-update -h' for help.\n",
    );
  });
});
