/**
 * `-f` for kubectl: read each named source and decode it into documents. The engine has no
 * disk: `-f -` reads stdin, and a named file reads the text its host handed in as stdin (the
 * page passes the editor's document; tests and lessons pass the file's content).
 */
import { decodeManifests, type DecodedDocument } from '../api/decode';
import type { Invocation } from './context';
import { flagList } from './context';

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
