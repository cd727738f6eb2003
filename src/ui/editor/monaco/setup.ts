/**
 * Monaco, lean and local (TOOLCHAIN.md): the editor core with its features, JSON and YAML only,
 * and their workers bundled by Vite (`?worker`), never a CDN. This module is the one dynamic
 * import that brings Monaco in, so the cluster draws before the editor has loaded.
 *
 * Everything here happens once per page: Monaco's services, workers and languages are global,
 * while each editor instance (one per page instance) owns its models.
 */
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneHelpQuickAccess.js';
import 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import { configureMonacoYaml, type MonacoYaml, type MonacoYamlOptions } from 'monaco-yaml';
import YamlWorker from './yaml.worker.ts?worker';

export type Monaco = typeof monaco;
export { monaco };

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// Monaco asks for a worker by language label; each kind is a module worker from the bundle.
window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'yaml':
        return new YamlWorker();
      default:
        return new EditorWorker();
    }
  },
};

/**
 * Monaco cancels a language request when its model goes (a tab closed, a document converted)
 * and some of its promise chains leave that `Canceled` unhandled. It is not an error: keep it
 * out of the page's errors.
 */
const isCancellation = (reason: unknown): boolean =>
  reason instanceof Error && reason.name === 'Canceled' && reason.message === 'Canceled';
window.addEventListener('unhandledrejection', (event) => {
  if (isCancellation(event.reason)) event.preventDefault();
});
window.addEventListener('error', (event) => {
  if (isCancellation(event.error)) event.preventDefault();
});

/** Where the manifest schema is said to live (never fetched: it is given inline). */
const SCHEMA_URI = 'kubesim://schemas/manifest.json';

let yaml: MonacoYaml | undefined;

type JSONSchema = NonNullable<NonNullable<MonacoYamlOptions['schemas']>[number]['schema']>;

const YAML_BASE: MonacoYamlOptions = {
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  // kubectl reads YAML as go-yaml v2 does: YAML 1.1 (`on`, `yes` are booleans)
  yamlVersion: '1.1',
  // the schema has no address a student could open: do not link to it from every hover
  hoverSchemaSource: false,
};

/**
 * Give both languages the manifest schema (from the worker's `schema` query): completion,
 * hover and schema errors for every document, picked by its apiVersion and kind.
 */
export function setManifestSchema(schema: object): void {
  monaco.languages.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.json'], schema }],
  });
  const options: MonacoYamlOptions = {
    ...YAML_BASE,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.yaml', '*.yml'], schema: schema as JSONSchema }],
  };
  if (yaml) void yaml.update(options);
  else yaml = configureMonacoYaml(monaco, options);
}

// YAML before the schema arrives: syntax errors and formatting, no completion yet.
yaml = configureMonacoYaml(monaco, YAML_BASE);

/** The page's two themes, in its own colours (app.css), so the editor does not look foreign. */
monaco.editor.defineTheme('kubesim-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {},
});
monaco.editor.defineTheme('kubesim-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {},
});
