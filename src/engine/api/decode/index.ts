/**
 * Decoding manifests (JSON or YAML; v1beta1, v1beta3, v1, apps/v1) into kubesim's internal
 * objects, with kubectl's and the API server's error messages and source positions.
 */
export { decodeManifests } from './decodeManifests';
export type { DecodedDocument, DecodeError, SourceRange } from './types';
