/**
 * What kubectl and the API server say about a manifest, turned into diagnostics at their place
 * in the text: reading errors at their line and column, a Status's causes at the field each
 * names, and anything else at the object's name.
 */
import type { DecodedDocument } from '../../api/decode';
import type { StatusError } from '../../api/status';
import type { Era, ManifestDiagnostic, SourceRange } from '../../contract';
import { parsePath } from '../../api/decode/locate';
import { decodeErrorText } from '../manifests';
import { formatStatusError } from '../errors';
import type { OkDocument } from './documents';

type FailedDocument = Extract<DecodedDocument, { ok: false }>;

/** The text's lines, without their line breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * A span worth underlining from a 1-based line and column: the token there (a quoted string,
 * or up to the next space or YAML/JSON punctuation), else the rest of the line, else the whole
 * line; never empty unless the line is.
 */
export function tokenRange(lines: readonly string[], line: number, column: number): SourceRange {
  const l = Math.min(Math.max(1, line), Math.max(1, lines.length));
  const text = lines[l - 1] ?? '';
  const start = Math.min(Math.max(0, column - 1), text.length);
  const rest = text.slice(start);
  let length: number;
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    length = close === -1 ? rest.length : close + 1;
  } else length = /^[^\s:,[\]{}]*/.exec(rest)?.[0].length ?? 0;
  if (length === 0) length = rest.trimEnd().length;
  if (length === 0) {
    // nothing at the column (past the end, or a blank): the line's own text
    const indent = /^\s*/.exec(text)?.[0].length ?? 0;
    return {
      start: { line: l, column: indent + 1 },
      end: { line: l, column: Math.max(indent + 1, text.trimEnd().length + 1) },
    };
  }
  return { start: { line: l, column: start + 1 }, end: { line: l, column: start + length + 1 } };
}

/**
 * The first line of a range. A missing field resolves to its nearest enclosing value, which
 * may be a whole container or document: underline where it starts, not every line of it.
 */
export function firstLineOf(range: SourceRange, lines: readonly string[]): SourceRange {
  const text = lines[range.start.line - 1] ?? '';
  const end = range.end.line === range.start.line ? range.end.column : text.trimEnd().length + 1;
  return {
    start: range.start,
    end: { line: range.start.line, column: Math.max(end, range.start.column) },
  };
}

/** Where a document's object is named (or, failing that, where it starts). */
export function nameRange(doc: OkDocument, lines: readonly string[]): SourceRange {
  const located = doc.locate('metadata.name') ?? doc.locate('');
  if (located) return firstLineOf(located, lines);
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** kubesim's own position suffix, which an editor marker does not need. */
const POSITION = / \(line \d+(, column \d+)?\)$/;

/** A document kubectl could not read, or the server could not decode. */
export function decodeDiagnostic(
  doc: FailedDocument,
  source: string,
  era: Era,
  lines: readonly string[],
): ManifestDiagnostic {
  const text = decodeErrorText(doc, source, 'creating', era === 'modern')
    .replace(/^error: /, '')
    .replace(POSITION, '');
  return {
    severity: 'error',
    message: text,
    source: doc.error.status ? 'apiserver' : 'kubectl',
    document: doc.index,
    range: tokenRange(lines, doc.error.line ?? 1, doc.error.column ?? 1),
  };
}

/** Fields a 2015 server ignored (`unknown field "desiredState.manifest.volumes[0].emptydir"`). */
export function warningDiagnostics(
  doc: OkDocument,
  lines: readonly string[],
): ManifestDiagnostic[] {
  return doc.warnings.map((message) => {
    const field = /^unknown field "(.*)"$/.exec(message)?.[1];
    const located = field !== undefined ? doc.locate(field) : undefined;
    return {
      severity: 'warning',
      message,
      source: 'apiserver',
      document: doc.index,
      ...(field !== undefined ? { field } : {}),
      range: located ? firstLineOf(located, lines) : nameRange(doc, lines),
    };
  });
}

/**
 * The API server's refusal of one object: one diagnostic per cause (`metadata.labels: Invalid
 * value: …` at the label), or, without causes, kubectl's whole message at the object's name (at
 * its namespace when the namespace is what is wrong).
 */
export function statusDiagnostics(
  error: StatusError,
  doc: OkDocument,
  context: { era: Era; verb: string; source: string; lines: readonly string[] },
): ManifestDiagnostic[] {
  const causes = error.status.reason === 'Invalid' ? (error.status.details?.causes ?? []) : [];
  if (causes.length > 0)
    return causes.map((cause) => {
      const field = cause.field ?? '';
      const located = field ? doc.locate(entryOf(doc, field, cause.message) ?? field) : undefined;
      return {
        severity: 'error',
        message: field ? `${field}: ${cause.message}` : cause.message,
        source: 'apiserver',
        document: doc.index,
        ...(field ? { field } : {}),
        range: located ? firstLineOf(located, context.lines) : nameRange(doc, context.lines),
      };
    });
  const aboutNamespace =
    error.status.details?.kind === 'namespaces' ||
    error.status.message.includes('because it is being terminated');
  // a stale resourceVersion in the file is what a Conflict is about
  const [field, located] =
    aboutNamespace && doc.object.metadata.namespace
      ? ['metadata.namespace', doc.locate('metadata.namespace')]
      : error.status.reason === 'Conflict' && doc.object.metadata.resourceVersion
        ? ['metadata.resourceVersion', doc.locate('metadata.resourceVersion')]
        : [undefined, undefined];
  return [
    {
      severity: 'error',
      message: formatStatusError(error, context.era, {
        verb: context.verb,
        file: context.source,
      }),
      source: 'apiserver',
      document: doc.index,
      ...(field && located ? { field } : {}),
      range: located ?? nameRange(doc, context.lines),
    },
  ];
}

/**
 * The server names a whole map (`metadata.labels: Invalid value: "bad value"`); the entry it
 * means is the one with that key or value, so the marker goes on that line, not on the first.
 */
function entryOf(doc: OkDocument, field: string, message: string): string | undefined {
  const quoted = /^Invalid value: ("(?:[^"\\]|\\.)*")/.exec(message)?.[1];
  if (quoted === undefined) return undefined;
  let bad: unknown;
  try {
    bad = JSON.parse(quoted);
  } catch {
    return undefined;
  }
  let value: unknown = doc.object;
  for (const seg of parsePath(field) ?? []) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = 'name' in seg ? seg.name : seg.bracket;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entry = Object.entries(value).find(([k, v]) => k === bad || v === bad);
  return entry ? `${field}[${entry[0]}]` : undefined;
}
