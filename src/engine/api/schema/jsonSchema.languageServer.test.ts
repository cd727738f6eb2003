/**
 * The schema inside the editor's own YAML language server (monaco-yaml's worker, which bundles
 * yaml-language-server), driven headlessly: what a student sees as markers, completions and
 * hovers, without a browser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_MANIFESTS } from '../../testing/seeds';
import { testCluster } from '../../testing/testCluster';
import { manifestJsonSchema } from './jsonSchema';
import { startWorker, type LanguageWorker } from './monacoWorkerHarness';

let worker: LanguageWorker;

beforeAll(async () => {
  worker = await startWorker(
    () => import('monaco-yaml/yaml.worker.js'),
    {
      enableSchemaRequest: false,
      validate: true,
      completion: true,
      hover: true,
      // No "Source: manifest.json" link under each hover: there is no file to open.
      hoverSchemaSource: false,
      // kubectl reads YAML 1.1 (go-yaml v2): the editor should too.
      yamlVersion: '1.1',
      schemas: [
        { uri: 'kubesim://schema/manifest.json', fileMatch: ['*'], schema: manifestJsonSchema() },
      ],
    },
    'yaml',
  );
});

const markers = (text: string): Promise<string[]> => worker.markers(text);
const completions = (text: string): Promise<string[]> => worker.completions(text);
const hover = (text: string): Promise<string> => worker.hover(text);

describe('the schema in the editor’s YAML language server', () => {
  it('marks nothing in the seeds’ manifests', async () => {
    for (const [name, text] of Object.entries(SEED_MANIFESTS))
      expect(await markers(text), name).toEqual([]);
  });

  it('marks nothing in a correct pod, even with empty maps and lists', async () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
  annotations:
spec:
  containers:
  - name: web
    image: nginx
    resources:
      requests: {cpu: 100m, memory: 64Mi}
    ports:
    - containerPort: 80
  volumes:
`;
    expect(await markers(pod)).toEqual([]);
  });

  it('marks a label value that is not a string on its line', async () => {
    const found = await markers(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1\nspec:\n  containers: [{name: a, image: b}]\n',
    );
    expect(found).toEqual(['6: Incorrect type. Expected "string".']);
  });

  it('marks an unknown field of a strict version, not of a 2015 one', async () => {
    expect(
      await markers('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containerz: []\n'),
    ).toEqual(['4: Missing property "containers".', '5: Property containerz is not allowed.']);
    expect(await markers('apiVersion: v1beta1\nkind: Pod\nid: p\nfoo: 1\n')).toEqual([]);
  });

  it('offers apiVersion and kind in an empty document, and the served versions as values', async () => {
    expect((await completions('|')).sort()).toEqual(['apiVersion', 'kind']);
    expect(await completions('apiVersion: v1\n|')).toEqual(['kind']);
    expect(await markers('kind: Pod\n')).toEqual(['1: Missing property "apiVersion".']);
    expect(await completions('apiVersion: |')).toEqual(
      expect.arrayContaining(['v1', 'apps/v1', 'v1beta3', 'v1beta1']),
    );
  });

  it('offers containers under spec once kind and apiVersion say Pod', async () => {
    const items = await completions('apiVersion: v1\nkind: Pod\nspec:\n  |\n');
    expect(items).toEqual(expect.arrayContaining(['containers', 'restartPolicy', 'volumes']));
    expect(items).not.toContain('replicas');
  });

  it('offers a Deployment’s fields under its spec, and imagePullPolicy’s values', async () => {
    expect(await completions('apiVersion: apps/v1\nkind: Deployment\nspec:\n  |\n')).toEqual(
      expect.arrayContaining(['replicas', 'selector', 'template', 'strategy']),
    );
    expect(
      await completions(
        'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    imagePullPolicy: |\n',
      ),
    ).toEqual(expect.arrayContaining(['Always', 'IfNotPresent', 'Never']));
  });

  it('does not offer the fields the system writes', async () => {
    const items = await completions('apiVersion: v1\nkind: Pod\nmetadata:\n  |\n');
    expect(items).toEqual(expect.arrayContaining(['name', 'labels', 'namespace']));
    expect(items).not.toContain('uid');
    expect(await completions('apiVersion: v1\nkind: Pod\n|\n')).not.toContain('status');
  });

  it('shows the field’s description on hover, as kubectl explain words it', async () => {
    const text = await hover(
      'apiVersion: v1\nkind: Pod\nspec:\n  contai|ners:\n  - name: a\n    image: b\n',
    );
    expect(text).toMatch(/\*\*containers\*\* `\[\]Container` -required-/);
    expect(text).toMatch(/There must be at least one/);
  });
  it('marks nothing in a multi-document file with a List, a typed list, and comments', async () => {
    const text = `# web tier
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec: {selector: {app: web}, ports: [{port: 80}]}
---
# the pods, with no kind of their own: a PodList gives them theirs
apiVersion: v1
kind: PodList
items:
- metadata: {name: a}
  spec: {containers: [{name: a, image: busybox}]}
---
# nothing here yet
---
`;
    expect(await markers(text)).toEqual([]);
  });

  it('reads YAML as kubectl does: 1.1 booleans and unquoted timestamps pass', async () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  creationTimestamp: 2015-07-01T12:00:00Z
spec:
  hostNetwork: yes
  containers: [{name: a, image: b, tty: on}]
`;
    expect(await markers(text)).toEqual([]);
  });

  it('marks a kind its apiVersion does not serve, and a malformed quantity', async () => {
    expect(await markers('apiVersion: apps/v1\nkind: Pod\n')).toEqual([
      expect.stringMatching(/^2: Value is not accepted\. Valid values: "ReplicaSet", "Deployment"/),
    ]);
    const found = await markers(
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    resources:\n      limits: {cpu: 1.5.3}\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^7: quantities must match the regular expression/),
    ]);
    expect(await markers('apiVersion: v1\nkind: Pod\nspec:\n  overhead: {memory: 1mi}\n')).toEqual([
      '3: Missing property "containers".',
      "4: unable to parse quantity's suffix",
    ]);
  });

  it('offers only the kinds of the apiVersion written, once it is written', async () => {
    const items = await completions('apiVersion: apps/v1\nkind: |\n');
    expect(items).toEqual(expect.arrayContaining(['Deployment', 'ReplicaSet']));
  });

  it('offers a key being typed under spec, and the fields of a container being written', async () => {
    expect(await completions('apiVersion: v1\nkind: Pod\nspec:\n  con|\n')).toContain('containers');
    expect(
      await completions('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    |\n'),
    ).toEqual(expect.arrayContaining(['image', 'ports', 'imagePullPolicy', 'resources']));
  });

  it('offers the 2015 fields of a v1beta1 pod', async () => {
    expect(
      await completions('apiVersion: v1beta1\nkind: Pod\ndesiredState:\n  manifest:\n    |\n'),
    ).toEqual(expect.arrayContaining(['containers', 'volumes', 'version']));
  });
  it('marks nothing in what kubectl get -o yaml prints, status and null times included', async () => {
    const { cluster, ok } = testCluster();
    ok('create -f -', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
    ok('create deployment web --image=nginx --replicas=2');
    cluster.advance(20_000);
    const text = ok('get pods,rc,deploy,rs,nodes -o yaml');
    expect(text).toContain('lastProbeTime: null');
    expect(await markers(text)).toEqual([]);
  });
  it('offers the fields of the version written only: v1 is not the start of v1beta3, nor Pod of PodList', async () => {
    const container = await completions(
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    |\n',
    );
    expect(container).toContain('securityContext');
    expect(container).not.toContain('privileged');
    expect(await completions('apiVersion: v1\nkind: Pod\n|\n')).not.toContain('items');
    const kinds = await completions('apiVersion: v1\nkind: |\n');
    expect(kinds).toContain('PersistentVolume');
    expect(kinds).not.toContain('Minion');
  });
  it('knows v1beta3’s older names, and leaves v1beta3 open', async () => {
    expect(await completions('apiVersion: v1beta3\nkind: Pod\nspec:\n  |\n')).toEqual(
      expect.arrayContaining(['host', 'containers', 'nodeName']),
    );
    const pod = `apiVersion: v1beta3
kind: Pod
metadata: {name: p}
spec:
  host: node-1
  containers: [{name: a, image: b, privileged: true, imagee: c}]
`;
    expect(await markers(pod)).toEqual([]);
    expect(await hover(pod.replace('host:', 'ho|st:'))).toMatch(/v1’s spec\.nodeName/);
  });
});
