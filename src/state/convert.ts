/**
 * Switching a document between YAML and JSON. YAML is read as kubectl reads it (YAML 1.1, as
 * go-yaml v2 does: `yes` is true, `0755` is octal; timestamps stay strings, as they do for
 * kubectl's untyped decoding) and written so that kubectl reads it back the same (strings such
 * as "on" or "0755" quoted), in kubectl's own style (lists not indented under their key).
 *
 * JSON keeps no comments. The YAML a JSON document came from is kept beside it, and converting
 * back with the data unchanged restores that text exactly, comments and all.
 *
 * Several YAML documents become one JSON `List`: kubectl also reads a stream of JSON objects
 * (`{…}{…}`), but that is not JSON to any editor — Monaco would mark everything after the first
 * object as an error and check only the first against the schema — while a List is one JSON
 * value that kubectl, in both eras, unpacks into its items.
 */
import { parseAllDocuments, stringify, type Tags } from 'yaml';
import {
  languageOf,
  uniqueName,
  type DocumentLanguage,
  type EditorDocument,
  type EditorState,
} from './documents';

export type Conversion =
  { ok: true; name: string; text: string; yamlSource?: string } | { ok: false; error: string };

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';

const YAML_OPTIONS = {
  version: '1.1' as const,
  // go-yaml v2 leaves timestamps as strings when decoding into interface{}, as kubectl does
  customTags: (tags: Tags): Tags =>
    tags.filter((t) => t !== 'timestamp' && (typeof t === 'string' || t.tag !== TIMESTAMP)),
};

/** The document converted to `to`, renamed to match; or why its text cannot be. */
export function convertedDocument(
  doc: Pick<EditorDocument, 'name' | 'text' | 'yamlSource'>,
  to: DocumentLanguage,
): Conversion {
  const name = renamed(doc.name, to);
  if (languageOf(doc) === to) return { ok: true, name: doc.name, text: doc.text };
  if (to === 'json') {
    const values = yamlValues(doc.text);
    if (!Array.isArray(values)) return values;
    const value =
      values.length === 1 ? values[0] : { apiVersion: 'v1', kind: 'List', items: values };
    return {
      ok: true,
      name,
      text: `${JSON.stringify(value ?? {}, null, 2)}\n`,
      yamlSource: doc.text,
    };
  }
  const values = jsonValues(doc.text);
  if (!Array.isArray(values)) return values;
  if (doc.yamlSource !== undefined) {
    const before = yamlValues(doc.yamlSource);
    if (Array.isArray(before)) {
      const was =
        before.length === 1 ? before[0] : { apiVersion: 'v1', kind: 'List', items: before };
      if (values.length === 1 && sameData(values[0], was))
        return { ok: true, name, text: doc.yamlSource };
      // a List made from several YAML documents goes back to several documents
      if (before.length > 1 && values.length === 1 && isList(values[0]))
        return { ok: true, name, text: yamlText(values[0].items) };
    }
  }
  return { ok: true, name, text: yamlText(values) };
}

function renamed(name: string, to: DocumentLanguage): string {
  const stem = name.replace(/\.(ya?ml|json)$/i, '');
  return `${stem}.${to}`;
}

/** The data of each non-empty YAML document, or the first error (with where it is). */
function yamlValues(text: string): unknown[] | { ok: false; error: string } {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const values: unknown[] = [];
  for (const doc of list) {
    const [error] = doc.errors;
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? ` (line ${at.line}, column ${at.col})` : '';
      return { ok: false, error: `the YAML does not parse${where}: ${firstLine(error.message)}` };
    }
    // kubectl skips empty documents (a trailing `---`, a document of comments)
    if (doc.contents !== null) values.push(doc.toJS());
  }
  return values;
}

/** The JSON value, or each object of a JSON stream (`{…}{…}`, as kubectl reads them). */
function jsonValues(text: string): unknown[] | { ok: false; error: string } {
  if (text.trim() === '') return [];
  try {
    return [JSON.parse(text)];
  } catch (error) {
    const parts = splitJsonStream(text);
    if (parts.length > 1) {
      try {
        return parts.map((p) => JSON.parse(p) as unknown);
      } catch {
        // report the whole text's error below
      }
    }
    return { ok: false, error: `the JSON does not parse: ${(error as Error).message}` };
  }
}

/** Top-level `{…}` values of a stream, split at their closing braces (strings skipped). */
function splitJsonStream(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && --depth === 0) parts.push(text.slice(start, i + 1));
  }
  return parts;
}

function yamlText(values: readonly unknown[]): string {
  return values
    .map((v) => stringify(v, { version: '1.1', indentSeq: false, lineWidth: 0 }))
    .join('---\n');
}

const isList = (v: unknown): v is { items: unknown[] } =>
  typeof v === 'object' &&
  v !== null &&
  (v as { kind?: unknown }).kind === 'List' &&
  Array.isArray((v as { items?: unknown }).items);

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const firstLine = (s: string): string => s.split('\n')[0] ?? s;

/** The data of every document of a manifest, JSON or YAML (best effort: none if it does not parse). */
export function documentValues(text: string): unknown[] {
  if (/^\s*[[{]/.test(text)) {
    const values = jsonValues(text);
    if (Array.isArray(values)) return values;
  }
  const values = yamlValues(text);
  return Array.isArray(values) ? values : [];
}

/**
 * The editor with document `id` switched to `to`: its text converted and its name's extension
 * changed (to the next free name if another tab has it); or why its text cannot be converted.
 */
export function documentConverted(
  state: EditorState,
  id: string,
  to: DocumentLanguage,
): { state: EditorState } | { error: string } {
  const index = state.documents.findIndex((d) => d.id === id);
  const doc = state.documents[index];
  if (!doc) return { state };
  const result = convertedDocument(doc, to);
  if (!result.ok) return { error: result.error };
  if (result.name === doc.name && result.text === doc.text) return { state };
  const { yamlSource: _, ...rest } = doc;
  const next: EditorDocument = {
    ...rest,
    name: uniqueName(
      result.name,
      state.documents.map((d) => d.name),
      doc.name,
    ),
    text: result.text,
    ...(result.yamlSource !== undefined ? { yamlSource: result.yamlSource } : {}),
  };
  const documents = state.documents.slice();
  documents[index] = next;
  return { state: { ...state, documents } };
}
