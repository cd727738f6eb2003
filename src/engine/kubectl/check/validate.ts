/**
 * The editor's dry run: what `kubectl apply -f` would say of a text, each complaint at its
 * place, then the label linter's warnings. Changes nothing (see `quietly.ts`).
 */
import type { ApiServer } from '../../api/apiserver';
import type { Era, ManifestCheckOptions, ManifestDiagnostic, SourceRange } from '../../contract';
import type { Rand } from '../../rand';
import type { AnyObject, Kind } from '../../types';
import { applyObject } from '../commands/apply';
import { lintLabels } from '../lint';
import {
  decodeDiagnostic,
  nameRange,
  splitLines,
  statusDiagnostics,
  warningDiagnostics,
} from './diagnostics';
import {
  manifestObjectOf,
  readDocuments,
  type CheckedDocuments,
  type OkDocument,
} from './documents';
import { quietly } from './quietly';

export interface CheckContext {
  /** The API server itself: its dry runs record no control-loop messages. */
  api: ApiServer;
  rand: Rand;
  era: Era;
}

/** The kinds whose selectors and labels the linter weighs against the documents. */
const LINTED_KINDS: readonly Kind[] = [
  'Pod',
  'Service',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
];

/**
 * What `kubectl apply -f <source>` would say of `text`, without applying it: kubectl's reading
 * errors, the API server's dry-run verdict per object (field errors at their field), ignored
 * fields of 2015 documents, and the label linter's warnings. Never throws.
 * @example validateManifest(ctx, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: "a b"}\n…')
 * // [{ severity: 'error', message: 'metadata.labels: Invalid value: "a b": …', field: 'metadata.labels', range: line 5 }]
 */
export function validateManifest(
  ctx: CheckContext,
  text: string,
  options: ManifestCheckOptions = {},
): ManifestDiagnostic[] {
  try {
    return quietly(ctx.rand, () => check(ctx, String(text ?? ''), options));
  } catch (e) {
    return [kubesimBug(e)];
  }
}

function check(
  ctx: CheckContext,
  text: string,
  options: ManifestCheckOptions,
): ManifestDiagnostic[] {
  const read = readDocuments(text, options);
  const lines = splitLines(text);
  const out: ManifestDiagnostic[] = [];
  const ok: OkDocument[] = [];
  for (const doc of read.documents) {
    if (!doc.ok) {
      out.push(decodeDiagnostic(doc, read.source, ctx.era, lines));
      continue;
    }
    ok.push(doc);
    try {
      out.push(...dryRun(ctx, doc, read, lines));
    } catch (e) {
      out.push(kubesimBug(e, doc.index));
    }
  }
  out.push(...lint(ctx, ok, read.namespace));
  return out;
}

/** One object: what the server would say of it, as apply would send it. */
function dryRun(
  ctx: CheckContext,
  doc: OkDocument,
  read: CheckedDocuments,
  lines: readonly string[],
): ManifestDiagnostic[] {
  const out = warningDiagnostics(doc, lines);
  const result = applyObject(ctx.api, manifestObjectOf(doc, read), { dryRun: true });
  if (result.warning)
    out.push({
      severity: 'warning',
      message: result.warning.replace(/^Warning: /, ''),
      source: 'kubectl',
      document: doc.index,
      range: nameRange(doc, lines),
    });
  if (!result.ok)
    out.push(
      ...statusDiagnostics(result.error, doc, {
        era: ctx.era,
        verb: result.verb,
        source: read.source,
        lines,
      }),
    );
  return out;
}

function lint(
  ctx: CheckContext,
  docs: readonly OkDocument[],
  namespace: string,
): ManifestDiagnostic[] {
  if (docs.length === 0) return [];
  try {
    const live: AnyObject[] = LINTED_KINDS.flatMap((kind) => ctx.api.list(kind));
    return lintLabels(
      docs.map((d) => ({
        document: d.index,
        object: d.object,
        apiVersion: d.apiVersion,
        locate: d.locate,
      })),
      live,
      { namespace },
    );
  } catch (e) {
    return [kubesimBug(e, docs[0]?.index ?? 0)];
  }
}

/** The first character: where a complaint about the whole text goes (editors widen it to a word). */
const START: SourceRange = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

/** A failure of kubesim itself: say so rather than leave the editor without an answer. */
function kubesimBug(e: unknown, document = 0): ManifestDiagnostic {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    severity: 'error',
    message: `kubesim could not check this manifest (a bug in kubesim, not in your file): ${reason}`,
    source: 'kubectl',
    document,
    range: START,
  };
}
