/**
 * What the label linter reads: decoded documents (with their `locate`) and where in the text a
 * value really is, so a quick fix never rewrites the wrong characters.
 */
import type { ManifestDiagnostic, ManifestFix, SourceRange } from '../../contract';
import type { AnyObject } from '../../types';

export interface LintDocument {
  /** The document's index, as in ManifestDiagnostic.document. */
  document: number;
  /** The decoded object in the internal v1 shape (decodeManifests' `object`). */
  object: AnyObject;
  /** As the document said it: `v1beta1`, `v1`… (legacy docs used other field names). */
  apiVersion: string;
  /** Internal field path → range of its value in the text (decodeManifests' `locate`). */
  locate(path: string): SourceRange | undefined;
}

const sameRange = (a: SourceRange, b: SourceRange): boolean =>
  a.start.line === b.start.line &&
  a.start.column === b.start.column &&
  a.end.line === b.end.line &&
  a.end.column === b.end.column;

/**
 * The range of the value at `path`, only when the text really holds it. `locate` answers a path
 * the text lacks with its nearest enclosing value, and legacy documents map some fields onto
 * others (a v1beta1 Service without `containerPort` targets its `port`): a fix written there
 * would overwrite the wrong thing, so any range equal to one of `notThese` means "not in the text".
 */
export function valueRange(
  doc: LintDocument,
  path: string,
  notThese: readonly string[],
): SourceRange | undefined {
  const range = doc.locate(path);
  if (!range) return undefined;
  for (const other of notThese) {
    const r = doc.locate(other);
    if (r && sameRange(r, range)) return undefined;
  }
  return range;
}

/** Where a diagnostic goes: the path's range, else the document's own (never undefined). */
export function rangeOf(doc: LintDocument, path: string): SourceRange {
  return (
    doc.locate(path) ??
    doc.locate('') ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  );
}

/** A lint warning about `field` of a document. */
export function warning(
  doc: LintDocument,
  field: string,
  message: string,
  fixes: readonly ManifestFix[] = [],
  range: SourceRange = rangeOf(doc, field),
): ManifestDiagnostic {
  return {
    severity: 'warning',
    message,
    source: 'lint',
    document: doc.document,
    field,
    range,
    ...(fixes.length ? { fixes: [...fixes] } : {}),
  };
}

/**
 * A value as replacement text: a JSON literal is valid in both JSON and YAML (YAML 1.1 would
 * read a bare `on`, `yes` or `1.0` as something else, a quoted string stays a string).
 */
export const literal = (value: string | number): string => JSON.stringify(value);
