/**
 * `-f` for kubectl: read each named source and decode it into documents. The engine has no
 * disk: `-f -` reads stdin, and a named file reads the text its host handed in as stdin (the
 * page passes the editor's document; tests and lessons pass the file's content).
 */
import { decodeManifests, type DecodedDocument } from '../api/decode';
import type { AnyObject } from '../types';
import type { Invocation } from './context';
import { flagList, requestNamespace } from './context';

export interface ManifestSource {
  /** As kubectl names it in messages: the path, or `STDIN`. */
  name: string;
  documents: DecodedDocument[];
}

export function readManifests(
  inv: Invocation,
): { ok: true; sources: ManifestSource[] } | { ok: false; error: string } {
  const files = flagList(inv, 'filename');
  const sources: ManifestSource[] = [];
  let stdinUsed = false;
  for (const file of files) {
    if (inv.stdin === undefined || stdinUsed)
      return { ok: false, error: `error: the path "${file}" does not exist` };
    stdinUsed = true;
    const name = file === '-' ? 'STDIN' : file;
    sources.push({ name, documents: decodeManifests(inv.stdin, { source: name }) });
  }
  return { ok: true, sources };
}

/**
 * How kubectl reports a document it could not decode — in kubectl's words, and then where in
 * the file (absolute line and column), which kubectl itself often leaves the student to find.
 */
export function decodeErrorText(
  doc: Extract<DecodedDocument, { ok: false }>,
  source: string,
  verb: string,
  modern: boolean,
): string {
  const err = doc.error;
  const where =
    err.line !== undefined
      ? ` (line ${err.line}${err.column !== undefined ? `, column ${err.column}` : ''})`
      : '';
  if (err.status) {
    const prefix = modern ? `Error from server (${err.status.reason}): ` : 'Error from server: ';
    return `${prefix}error when ${verb} "${source}": ${err.status.message}${where}`;
  }
  // a syntax error is worth its place; "kind not set" and unknown kinds concern the whole document
  const positioned = err.message.startsWith('error parsing') && !err.message.includes('(line ');
  return `error: ${err.message}${positioned ? where : ''}`;
}

/** The namespace a document goes to, or kubectl's error when `-n` disagrees with the document. */
export function documentNamespace(
  inv: Invocation,
  obj: AnyObject,
): { ok: true; namespace: string } | { ok: false; error: string } {
  const requested = requestNamespace(inv);
  const own = obj.metadata.namespace;
  const explicit = inv.cmd.set.has('namespace');
  if (own && explicit && own !== requested)
    return {
      ok: false,
      error: `error: the namespace from the provided object "${own}" does not match the namespace "${requested}". You must pass '--namespace=${own}' to perform this operation.`,
    };
  return { ok: true, namespace: own || requested };
}

export interface ManifestObject {
  object: AnyObject;
  /** v1beta1/v1beta3: old-style names allowed. */
  legacy: boolean;
  /** The file as kubectl names it in messages. */
  source: string;
  namespace: string;
}

/**
 * Every object the `-f` sources hold, in order. Documents that cannot be decoded, or whose
 * namespace disagrees with `-n`, are reported on stderr (exit 1) and skipped, as kubectl goes on
 * with the rest. Undefined when the sources could not be read at all (also reported).
 */
export function manifestObjects(inv: Invocation, verb: string): ManifestObject[] | undefined {
  const read = readManifests(inv);
  if (!read.ok) {
    inv.out.fail(read.error);
    return undefined;
  }
  const objects: ManifestObject[] = [];
  for (const source of read.sources)
    for (const doc of source.documents) {
      if (!doc.ok) {
        inv.out.fail(decodeErrorText(doc, source.name, verb, inv.ctx.era === 'modern'));
        continue;
      }
      const ns = documentNamespace(inv, doc.object);
      if (!ns.ok) inv.out.fail(ns.error);
      else
        objects.push({
          object: doc.object,
          legacy: doc.legacy,
          source: source.name,
          namespace: ns.namespace,
        });
    }
  return objects;
}
