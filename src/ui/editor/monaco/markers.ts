/**
 * From the cluster's verdict on a document (`ManifestDiagnostic`s: kubectl's reading errors,
 * the API server's dry run, the label linter) to Monaco's marker data. Pure, so it is tested
 * without a browser.
 */
import type { ManifestDiagnostic, SourceRange } from '../../../worker/protocol';

/** Monaco's MarkerSeverity values (not imported: this file must not pull Monaco in). */
export const SEVERITY = { Warning: 4, Error: 8 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  source: string;
  code?: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The owner the markers are set under, apart from the schema's own (`json`, `yaml`). */
export const MARKER_OWNER = 'kubernetes';

const SOURCE_NAME: Record<ManifestDiagnostic['source'], string> = {
  kubectl: 'kubectl',
  apiserver: 'API server (dry run)',
  lint: 'label linter',
};

/**
 * A marker per diagnostic. An empty range (a field the text lacks resolves to where it would
 * go) still gets something to underline: the rest of its line, or one character.
 */
export function markersOf(
  diagnostics: readonly ManifestDiagnostic[],
  lineLength: (line: number) => number,
): MarkerData[] {
  return diagnostics.map((d) => {
    const range = visible(d.range, lineLength);
    return {
      severity: d.severity === 'error' ? SEVERITY.Error : SEVERITY.Warning,
      message: d.message,
      source: SOURCE_NAME[d.source],
      ...(d.field !== undefined && { code: d.field }),
      startLineNumber: range.start.line,
      startColumn: range.start.column,
      endLineNumber: range.end.line,
      endColumn: range.end.column,
    };
  });
}

function visible(range: SourceRange, lineLength: (line: number) => number): SourceRange {
  const { start, end } = range;
  if (end.line > start.line || (end.line === start.line && end.column > start.column)) return range;
  const length = lineLength(start.line);
  if (start.column <= length) return { start, end: { line: start.line, column: length + 1 } };
  return { start, end: { line: start.line, column: start.column + 1 } };
}
