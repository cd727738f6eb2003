import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

const pod = (name: string, labels = '{app: web}') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: ${labels}\nspec:\n  containers:\n  - name: web\n    image: nginx\n`;

const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('kubectl create', () => {
  it('creates each document on its own and says which one failed', () => {
    const k = testCluster();
    const r = k.run(
      'create -f pods.yaml',
      [pod('a'), pod('b', '{app: "-x"}'), pod('c')].join('---\n'),
    );
    expect(r.stdout).toBe('pod/a created\npod/c created\n');
    expect(r.stderr).toBe(
      `The Pod "b" is invalid: metadata.labels: Invalid value: "-x": ${LABEL_VALUE_MESSAGE}\n`,
    );
    expect(r.exitCode).toBe(1);
  });

  it('lists several causes one per line', () => {
    const k = testCluster();
    const bad =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containers:\n  - name: Web\n    image: ""\n';
    expect(k.fails('create -f -', bad)).toBe(
      [
        'The Pod "bad" is invalid: ',
        `* spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
        '* spec.containers[0].image: Required value',
        '',
      ].join('\n'),
    );
  });

  it('names the file when the server refuses a duplicate', () => {
    const k = testCluster();
    k.ok('create -f pod.yaml', pod('web'));
    expect(k.fails('create -f pod.yaml', pod('web'))).toBe(
      'Error from server (AlreadyExists): error when creating "pod.yaml": pods "web" already exists\n',
    );
  });

  it('prints 2015 results as resource/name', () => {
    const k = testCluster({ era: '2015' });
    expect(k.ok('create -f pod.yaml', pod('web'))).toBe('pods/web\n');
  });

  it('says where a document is broken, in kubectl words plus line and column', () => {
    const k = testCluster();
    expect(
      k.fails(
        'create -f bad.json',
        '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p",}}',
      ),
    ).toBe(
      "error: error parsing bad.json: json: offset 62: invalid character '}' looking for beginning of object key string (line 1, column 62)\n",
    );
    const typo =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    imagee: nginx\n';
    expect(k.fails('create -f pod.yaml', typo)).toBe(
      'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee" (line 8, column 5)\n',
    );
    expect(k.fails('create -f pod.yaml', 'apiVersion: v1\nmetadata:\n  name: p\n')).toBe(
      'error: error validating "pod.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it('needs the file contents: the engine has no disk', () => {
    expect(testCluster().fails('create -f pod.yaml')).toBe(
      'error: the path "pod.yaml" does not exist\n',
    );
  });

  it('refuses a document whose namespace disagrees with -n', () => {
    const k = testCluster();
    k.ok('create namespace team-a');
    const inOther = pod('web').replace('  name: web\n', '  name: web\n  namespace: team-a\n');
    expect(k.fails('create -n default -f -', inOther)).toBe(
      `error: the namespace from the provided object "team-a" does not match the namespace "default". You must pass '--namespace=team-a' to perform this operation.\n`,
    );
    expect(k.ok('create -f -', inOther)).toBe('pod/web created\n');
    expect(k.ok('get pods -n team-a -o name')).toBe('pod/web\n');
  });
});

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', () => {
    const k = testCluster();
    const rc = (replicas: number) =>
      `apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
    expect(k.ok('apply -f rc.yaml', rc(2))).toBe('replicationcontroller/web created\n');
    expect(k.ok('apply -f rc.yaml', rc(2))).toBe('replicationcontroller/web unchanged\n');
    expect(k.ok('apply -f rc.yaml', rc(3))).toBe('replicationcontroller/web configured\n');
    expect(k.ok('get rc web -o name')).toBe('replicationcontroller/web\n');
    expect(k.ok('get rc')).toContain('web    3         0         0       0s');
  });

  it('warns when the object was not created by apply', () => {
    const k = testCluster();
    k.ok('create -f -', pod('web'));
    const r = k.run('apply -f -', pod('web', '{app: web, tier: fe}'));
    expect(r.stdout).toBe('pod/web configured\n');
    expect(r.stderr).toContain(
      'Warning: resource pods/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation',
    );
  });

  it('removes a label the user dropped but keeps what others added', () => {
    const k = testCluster();
    k.ok('apply -f -', pod('web', '{app: web, tier: fe}'));
    k.ok('label pod web owner=ops');
    k.ok('apply -f -', pod('web', '{app: web}'));
    expect(k.ok('get pods --show-labels')).toContain('app=web,owner=ops');
  });
});

describe('kubectl delete', () => {
  it('deletes by name, by selector and all, in kubectl words', () => {
    const k = testCluster();
    for (const n of ['a', 'b', 'c'])
      k.ok('create -f -', pod(n, n === 'c' ? '{app: db}' : '{app: web}'));
    expect(k.ok('delete pod a')).toBe('pod "a" deleted\n');
    expect(k.fails('delete pod a')).toBe('Error from server (NotFound): pods "a" not found\n');
    expect(k.ok('delete pods -l app=web')).toBe('pod "b" deleted\n');
    expect(k.ok('delete pods --all')).toBe('pod "c" deleted\n');
    expect(k.run('delete pods --all').stderr).toBe('No resources found in default namespace.\n');
  });

  it('warns before a forced deletion', () => {
    const k = testCluster();
    k.ok('create -f -', pod('web'));
    const r = k.run('delete pod web --grace-period=0 --force');
    expect(r.stdout).toBe('pod "web" force deleted\n');
    expect(r.stderr).toBe(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
  });

  it('never deletes the default namespace', () => {
    expect(testCluster().fails('delete namespace default')).toBe(
      'Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted\n',
    );
  });
});

describe('kubectl label and annotate', () => {
  it('adds, refuses to overwrite without --overwrite, overwrites and removes', () => {
    const k = testCluster();
    k.ok('create -f -', pod('web'));
    expect(k.ok('label pods web tier=fe')).toBe('pod/web labeled\n');
    expect(k.fails('label pods web tier=be')).toBe(
      "error: 'tier' already has a value (fe), and --overwrite is false\n",
    );
    expect(k.ok('label pod/web tier=be --overwrite')).toBe('pod/web labeled\n');
    expect(k.ok('label pods web tier-')).toBe('pod/web unlabeled\n');
    expect(k.ok('annotate pods web note=hello')).toBe('pod/web annotated\n');
    expect(k.ok('get pod web -o yaml')).toContain('  annotations:\n    note: hello\n');
  });

  it('checks label values before asking the server', () => {
    const k = testCluster();
    k.ok('create -f -', pod('web'));
    expect(k.fails('label pods web tier=-x')).toBe(
      `error: invalid label value: "tier=-x": ${LABEL_VALUE_MESSAGE}\n`,
    );
    expect(k.fails('label pods web')).toBe('error: at least one label update is required\n');
  });
});

describe('kubectl run, scale and resize', () => {
  it('modern run makes a pod labelled run=NAME', () => {
    const k = testCluster();
    expect(k.ok('run web --image=nginx --port=80')).toBe('pod/web created\n');
    expect(k.ok('get pods --show-labels')).toContain('run=web');
  });

  it('2015 run-container makes a replication controller and prints it', () => {
    const k = testCluster({ era: '2015' });
    expect(k.ok('run-container todo --image=dockerinpractice/todo')).toBe(
      'CONTROLLER   CONTAINER(S)   IMAGE(S)                SELECTOR             REPLICAS\ntodo         todo           dockerinpractice/todo   run-container=todo   1\n',
    );
    expect(k.ok('resize --replicas=3 replicationController todo')).toBe('resized\n');
    expect(k.ok('get rc')).toContain('run-container=todo   3');
  });

  it('modern scale checks --current-replicas', () => {
    const k = testCluster();
    k.ok('create deployment web --image=nginx');
    expect(k.ok('scale deployment web --replicas=4')).toBe('deployment.apps/web scaled\n');
    expect(k.fails('scale deploy web --replicas=2 --current-replicas=3')).toBe(
      'error: Expected replicas to be 3, was 4\n',
    );
  });
});
