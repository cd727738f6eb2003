/**
 * The schema inside Monaco's own JSON worker (vscode-json-languageservice), driven headlessly:
 * what a student editing a manifest as JSON sees as markers, completions and hovers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_MANIFESTS } from '../../testing/seeds';
import { manifestJsonSchema } from './jsonSchema';
import { startWorker, type LanguageWorker } from './monacoWorkerHarness';

let worker: LanguageWorker;

beforeAll(async () => {
  const languageSettings = {
    validate: true,
    allowComments: false,
    schemaValidation: 'error',
    enableSchemaRequest: false,
    schemas: [
      { uri: 'kubesim://schema/manifest.json', fileMatch: ['*'], schema: manifestJsonSchema() },
    ],
  };
  worker = await startWorker(
    // @ts-expect-error Monaco ships no types for its worker entry points.
    () => import('monaco-editor/esm/vs/language/json/json.worker.js'),
    { languageSettings, languageId: 'json', enableSchemaRequest: false },
    'json',
  );
});

const pod = (spec: string, labels = '{"app": "web"}'): string =>
  `{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "web", "labels": ${labels}},\n  "spec": ${spec}\n}\n`;

describe('the schema in Monaco’s JSON language service', () => {
  it('marks nothing in the seeds’ manifests', async () => {
    for (const [name, text] of Object.entries(SEED_MANIFESTS))
      expect(await worker.markers(text), name).toEqual([]);
  });

  it('marks nothing in a correct pod', async () => {
    const spec =
      '{"containers": [{"name": "web", "image": "nginx", "ports": [{"containerPort": 80}], "resources": {"limits": {"cpu": "500m", "memory": 128974848}}}], "volumes": null}';
    expect(await worker.markers(pod(spec))).toEqual([]);
  });

  it('marks a label value that is not a string, and an unknown field, on their lines', async () => {
    const text = pod('{\n    "containers": [{"name": "a", "imagee": "b"}]\n  }', '{"version": 1}');
    expect(await worker.markers(text)).toEqual([
      '4: Incorrect type. Expected "string".',
      '6: Property imagee is not allowed.',
    ]);
  });

  it('offers containers under spec, and imagePullPolicy’s values', async () => {
    expect(await worker.completions(pod('{|}'))).toEqual(
      expect.arrayContaining(['containers', 'restartPolicy']),
    );
    const values = await worker.completions(
      pod('{"containers": [{"name": "a", "imagePullPolicy": |}]}'),
    );
    expect(values).toEqual(expect.arrayContaining(['"Always"', '"IfNotPresent"', '"Never"']));
  });

  it('offers a Deployment’s fields under its spec, and marks a kind apps/v1 does not serve', async () => {
    expect(
      await worker.completions('{"apiVersion": "apps/v1", "kind": "Deployment", "spec": {|}}'),
    ).toEqual(expect.arrayContaining(['selector', 'template', 'replicas', 'strategy']));
    expect(await worker.markers('{"apiVersion": "apps/v1", "kind": "Pod"}')).toEqual([
      expect.stringMatching(/^1: Value is not accepted\. Valid values: "ReplicaSet", "Deployment"/),
    ]);
  });

  it('shows the field’s description on hover', async () => {
    const text = await worker.hover(pod('{"contai|ners": [{"name": "a", "image": "b"}]}'));
    expect(text).toMatch(/\*\*containers\*\* `\[\]Container` -required-/);
  });
});
