/**
 * Test helpers: lint real manifest text (decoded as the editor decodes it), read back what a
 * range covers, and apply a quick fix to the text.
 */
import type { ManifestDiagnostic, ManifestFix, SourceRange } from '../../contract';
import { decodeManifests } from '../../api/decode';
import type { AnyObject } from '../../types';
import { lintLabels, type LintDocument } from './index';

export function documents(text: string): LintDocument[] {
  return decodeManifests(text).flatMap((d) => {
    if (!d.ok) throw new Error(`test manifest does not decode: ${d.error.message}`);
    return [{ document: d.index, object: d.object, apiVersion: d.apiVersion, locate: d.locate }];
  });
}

/** Live objects written as manifests (namespace defaulted as the API server would). */
export function liveObjects(...texts: string[]): AnyObject[] {
  return texts.flatMap(documents).map((d) => {
    const o = structuredClone(d.object);
    if (o.kind !== 'Node' && o.kind !== 'Namespace') o.metadata.namespace ??= 'default';
    return o;
  });
}

export function lint(
  text: string,
  live: readonly AnyObject[] = [],
  namespace = 'default',
): ManifestDiagnostic[] {
  return lintLabels(documents(text), live, { namespace });
}

/** The text a range covers. */
export function covered(text: string, range: SourceRange): string {
  const lines = text.split('\n');
  const { start, end } = range;
  if (start.line === end.line)
    return lines[start.line - 1]?.slice(start.column - 1, end.column - 1) ?? '';
  return [
    lines[start.line - 1]?.slice(start.column - 1) ?? '',
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1]?.slice(0, end.column - 1) ?? '',
  ].join('\n');
}

/** The text with a fix's edits applied (last first, so earlier ranges stay valid). */
export function applyFix(text: string, fix: ManifestFix): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }): number =>
    lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return [...fix.edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce(
      (out, e) => out.slice(0, offset(e.range.start)) + e.text + out.slice(offset(e.range.end)),
      text,
    );
}
