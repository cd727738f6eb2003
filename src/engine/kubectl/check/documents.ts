/**
 * A manifest's documents as `kubectl apply -f` reads them: decoded, and each object given the
 * namespace it goes to (its own, else the request's).
 */
import { decodeManifests, type DecodedDocument } from '../../api/decode';
import type { ManifestCheckOptions } from '../../contract';
import type { ManifestObject } from '../manifests';

export type OkDocument = Extract<DecodedDocument, { ok: true }>;

export interface CheckedDocuments {
  /** The file name kubectl prints (`STDIN` for `-`). */
  source: string;
  /** The request's namespace. */
  namespace: string;
  documents: DecodedDocument[];
}

export function readDocuments(text: string, options: ManifestCheckOptions): CheckedDocuments {
  const source =
    options.source === undefined || options.source === '' || options.source === '-'
      ? 'STDIN'
      : options.source;
  return {
    source,
    namespace: options.namespace || 'default',
    documents: decodeManifests(text, { source }),
  };
}

/**
 * The object apply would send for a document. The page's namespace is the default, not an
 * explicit `-n`: a document that names its own namespace goes there, as with a plain
 * `kubectl apply -f`.
 */
export function manifestObjectOf(doc: OkDocument, read: CheckedDocuments): ManifestObject {
  return {
    object: doc.object,
    legacy: doc.legacy,
    source: read.source,
    namespace: doc.object.metadata.namespace || read.namespace,
  };
}
