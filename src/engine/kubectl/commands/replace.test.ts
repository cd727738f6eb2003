import { describe, expect, it } from 'vitest';
import { REDIS_SLAVE_CONTROLLER } from '../../testing/seeds';
import { testCluster, type TestCluster } from '../../testing/testCluster';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx
`;

const rc = (replicas: number) => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

interface Meta {
  metadata: {
    uid: string;
    resourceVersion: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: { replicas?: number };
}

const live = (k: TestCluster, what: string): Meta =>
  JSON.parse(k.ok(`get ${what} -o json`)) as Meta;

/** A running pod, and the YAML `kubectl get -o yaml` prints for it (what `kubectl edit` opens). */
function runningPod(era: 'modern' | '2015' = 'modern'): { k: TestCluster; yaml: string } {
  const k = testCluster({ era });
  k.ok('create -f pod.yaml', pod);
  k.cluster.advance(30_000);
  return { k, yaml: k.ok('get pod web -o yaml') };
}

const CONFLICT =
  'Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again';

describe('kubectl replace -f', () => {
  it('replaces a live pod with its edited copy', () => {
    const { k, yaml } = runningPod();
    const before = live(k, 'pod web');
    expect(k.ok('replace -f pod.yaml', yaml.replace('app: web', 'app: shop'))).toBe(
      'pod/web replaced\n',
    );
    const after = live(k, 'pod web');
    expect(after.metadata.labels).toEqual({ app: 'shop' });
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(after.metadata.resourceVersion).not.toBe(before.metadata.resourceVersion);
  });

  it('refuses a copy whose resourceVersion is stale, in the API server’s words', () => {
    const { k, yaml } = runningPod();
    k.ok('label pod web tier=frontend');
    expect(k.fails('replace -f pod.yaml', yaml.replace('app: web', 'app: shop'))).toBe(
      `Error from server (Conflict): error when replacing "pod.yaml": ${CONFLICT}\n`,
    );
    expect(live(k, 'pod web').metadata.labels).toEqual({ app: 'web', tier: 'frontend' });
  });

  it('without a resourceVersion in the file, the file wins over changes made meanwhile', () => {
    const k = testCluster();
    k.ok('create -f rc.yaml', rc(2));
    k.ok('scale rc web --replicas=5');
    expect(k.ok('replace -f rc.yaml', rc(2))).toBe('replicationcontroller/web replaced\n');
    expect(live(k, 'rc web').spec.replicas).toBe(2);
  });

  it('never creates: an object that does not exist is NotFound', () => {
    const k = testCluster();
    expect(k.fails('replace -f pod.yaml', pod)).toBe(
      'Error from server (NotFound): error when replacing "pod.yaml": pods "web" not found\n',
    );
  });

  it('sends the whole object: a pod file without the fields the scheduler set is refused', () => {
    const { k } = runningPod();
    expect(k.fails('replace -f pod.yaml', pod)).toContain(
      'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`',
    );
  });

  it('goes on with the other objects of the file when one fails', () => {
    const { k, yaml } = runningPod();
    const r = k.run(
      'replace -f all.yaml',
      [pod.replace('name: web', 'name: gone'), yaml.replace('app: web', 'app: shop')].join('---\n'),
    );
    expect(r.stdout).toBe('pod/web replaced\n');
    expect(r.stderr).toBe(
      'Error from server (NotFound): error when replacing "all.yaml": pods "gone" not found\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('--dry-run=server asks the API server and keeps nothing', () => {
    const { k, yaml } = runningPod();
    const edited = yaml.replace('app: web', 'app: shop');
    expect(k.ok('replace -f pod.yaml --dry-run=server', edited)).toBe(
      'pod/web replaced (server dry run)\n',
    );
    expect(k.fails('replace -f pod.yaml --dry-run=server', pod)).toContain('Forbidden');
    expect(k.ok('replace -f pod.yaml --dry-run=client', pod)).toBe('pod/web replaced (dry run)\n');
    expect(live(k, 'pod web').metadata.labels).toEqual({ app: 'web' });
  });

  it('prints the replaced object with -o name or -o yaml', () => {
    const { k, yaml } = runningPod();
    expect(k.ok('replace -f pod.yaml -o name', yaml)).toBe('pod/web\n');
    const edited = yaml.replace('app: web', 'app: shop');
    expect(k.ok('replace -f pod.yaml -o yaml', edited)).toContain('  labels:\n    app: shop\n');
  });

  it('keeps the last-applied configuration only with --save-config or when the file has one', () => {
    const LAST = 'kubectl.kubernetes.io/last-applied-configuration';
    const k = testCluster();
    k.ok('create -f rc.yaml', rc(2));
    k.ok('replace -f rc.yaml', rc(3));
    expect(live(k, 'rc web').metadata.annotations?.[LAST]).toBeUndefined();
    k.ok('replace -f rc.yaml --save-config', rc(3));
    const saved = live(k, 'rc web').metadata.annotations?.[LAST] ?? '';
    expect(JSON.parse(saved)).toMatchObject({
      kind: 'ReplicationController',
      spec: { replicas: 3 },
    });
    // the live object carries the annotation: replace refreshes it to what it sends
    const edited = k.ok('get rc web -o yaml').replace('replicas: 3', 'replicas: 4');
    k.ok('replace -f rc.yaml', edited);
    const refreshed = live(k, 'rc web').metadata.annotations?.[LAST] ?? '';
    expect(JSON.parse(refreshed)).toMatchObject({ spec: { replicas: 4 } });
  });

  it('--force deletes the pod, waits until it has stopped, and creates it again', () => {
    const { k } = runningPod();
    const before = live(k, 'pod web');
    const started = k.cluster.now;
    expect(k.ok('replace --force -f pod.yaml', pod.replace('app: web', 'app: shop'))).toBe(
      'pod "web" deleted\npod/web replaced\n',
    );
    // the old pod had its grace period to stop; kubectl polled until it was gone
    expect(k.cluster.now).toBeGreaterThan(started);
    const after = live(k, 'pod web');
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.metadata.labels).toEqual({ app: 'shop' });
  });

  it('--force creates what does not exist yet', () => {
    const k = testCluster();
    expect(k.ok('replace --force -f pod.yaml', pod)).toBe('pod/web replaced\n');
  });

  it('checks its flags as kubectl does', () => {
    const k = testCluster();
    expect(k.fails('replace')).toBe('error: must specify one of -f and -k\n');
    expect(k.fails('replace -f pod.yaml --grace-period=5', pod)).toBe(
      'error: --grace-period must have --force specified\n',
    );
    expect(k.fails('replace -f pod.yaml --timeout=1m', pod)).toBe(
      'error: --timeout must have --force specified\n',
    );
  });

  it('is unknown to 2015 kubectl, which called it update', () => {
    expect(testCluster({ era: '2015' }).fails('replace -f pod.yaml', pod)).toBe(
      'Error: unknown command "replace"\nRun \'kubectl help\' for usage.\n',
    );
  });
});

describe('kubectl update -f (2015)', () => {
  it('replaces the object and prints resource/name', () => {
    const { k, yaml } = runningPod('2015');
    expect(k.ok('update -f pod.yaml', yaml.replace('app: web', 'app: shop'))).toBe('pods/web\n');
    expect(live(k, 'pod web').metadata.labels).toEqual({ app: 'shop' });
  });

  it('updates the seeds’ v1beta1 controller from its edited file', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f redis-slave-controller.json', REDIS_SLAVE_CONTROLLER);
    const threeReplicas = REDIS_SLAVE_CONTROLLER.replace('"replicas": 2', '"replicas": 3');
    expect(k.ok('update -f redis-slave-controller.json', threeReplicas)).toBe(
      'replicationcontrollers/redisSlaveController\n',
    );
    expect(live(k, 'rc redisSlaveController').spec.replicas).toBe(3);
  });

  it('refuses a stale copy and an object that does not exist, in 2015 words', () => {
    const { k, yaml } = runningPod('2015');
    k.ok('label pods web tier=frontend');
    expect(k.fails('update -f pod.yaml', yaml)).toBe(
      `Error from server: error when updating "pod.yaml": ${CONFLICT}\n`,
    );
    expect(k.fails('update -f pod.yaml', pod.replace('name: web', 'name: gone'))).toBe(
      'Error from server: error when updating "pod.yaml": pods "gone" not found\n',
    );
  });

  it('needs a file', () => {
    expect(testCluster({ era: '2015' }).fails('update')).toBe(
      "error: Must specify --filename or --patch to update\nsee 'kubectl update -h' for help.\n",
    );
  });

  it('is unknown to modern kubectl, which calls it replace', () => {
    expect(testCluster().fails('update -f pod.yaml', pod)).toBe(
      'error: unknown command "update" for "kubectl"\n',
    );
  });
});
