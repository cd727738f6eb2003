import type { AnyObject } from '../../types';
import type { Status } from '../status';
import type { SourceRange } from './locate';

export type { SourceRange } from './locate';

export interface DecodeError {
  /** kubectl-faithful text WITHOUT the leading "error: " (kubectl adds it). */
  message: string;
  /**
   * When the real API server (not the client) would have rejected the document, the Status it
   * returns (reason BadRequest), e.g. strict decoding / type errors; kubectl then prints
   * `Error from server (BadRequest): ...`. Its message is the server's, without the position
   * that `message` appends.
   */
  status?: Status;
  /** 1-based position of the offending text in the whole input. */
  line?: number;
  column?: number;
}

export type DecodedDocument =
  | {
      ok: true;
      /** Position of this result in the list `decodeManifests` returns (List items count one each). */
      index: number;
      /** The internal object: `apiVersion` `v1` or `apps/v1`, canonical `kind`, keys in Go struct order. */
      object: AnyObject;
      /** As the document said (`v1beta1`, `Minion`). */
      apiVersion: string;
      kind: string;
      /** A v1beta1 or v1beta3 document, converted. */
      legacy: boolean;
      /** Fields a 2015 server silently ignored: `unknown field "desiredState.manifest.volumes[0].emptydir"`. */
      warnings: string[];
      /**
       * Where an internal field path (`spec.containers[0].image`, `metadata.labels[app]`) is in the
       * text; for legacy documents through the conversion. A path the text lacks resolves to its
       * nearest enclosing value; undefined only for a malformed path.
       */
      locate(path: string): SourceRange | undefined;
    }
  | {
      ok: false;
      index: number;
      error: DecodeError;
      apiVersion?: string;
      kind?: string;
      name?: string;
    };
