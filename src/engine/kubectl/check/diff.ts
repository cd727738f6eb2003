/**
 * `kubectl diff`'s two sides of each object: the live object and what a server-side dry run of
 * apply returns (the "merged" object), both printed as `kubectl get -o yaml` prints them.
 * Real kubectl hides managedFields (kubesim keeps none) and strips nothing else, not even status.
 */
import { sortKeys } from '../../api/schema';
import { RESOURCES, resourceFor } from '../../api/resources';
import type { DecodedDocument } from '../../api/decode';
import type { Era, ManifestCheckOptions, ManifestDiff } from '../../contract';
import type { Rand } from '../../rand';
import type { AnyObject } from '../../types';
import { applyObject, type ApplyApi } from '../commands/apply';
import { formatStatusError } from '../errors';
import { decodeErrorText } from '../manifests';
import { printYaml } from '../printers';
import {
  manifestObjectOf,
  readDocuments,
  type CheckedDocuments,
  type OkDocument,
} from './documents';
import { quietly } from './quietly';

/**
 * What a diff needs: the API (the server itself for the editor's quiet look, kubectl's recording
 * client for `kubectl diff`), the era, and the generator to put back when the look must leave
 * no trace.
 */
export interface DiffContext {
  api: ApplyApi;
  era: Era;
  rand?: Rand;
}

/**
 * kubectl diff's file name for an object: `[group.]version.Kind.namespace.name`. A
 * cluster-scoped object has an empty namespace there, so its name has two dots: `v1.Node..node-1`.
 */
export function diffFileName(obj: { kind: string; namespace?: string; name: string }): string {
  const info = resourceFor(obj.kind as AnyObject['kind']);
  const group = info.group ? `${info.group}.` : '';
  const namespace = info.namespaced ? (obj.namespace ?? '') : '';
  return `${group}${info.version}.${info.kind}.${namespace}.${obj.name}`;
}

/** As `kubectl get -o yaml` prints one object. */
export function objectYaml(obj: AnyObject | undefined): string {
  return obj ? printYaml(sortKeys(obj)) : '';
}

/** One object's diff, and what `kubectl diff` itself would print on stderr if it failed there. */
export interface DiffEntry {
  diff: ManifestDiff;
  /** kubectl diff's error for this object (it stops at the first one): no `error when …` part. */
  diffError?: string;
}

/**
 * Each object of `text`, live and as applying it would make it, in the order kubectl reads them.
 * A document that cannot be read or would be refused has `error` (kubectl apply's message) and
 * an empty `merged`. Changes nothing. Never throws.
 * @example diffManifest(ctx, rcWithFiveReplicas)[0] // { name: 'v1.ReplicationController.default.web', live: '…replicas: 2…', merged: '…replicas: 5…' }
 */
export function diffManifest(
  ctx: DiffContext,
  text: string,
  options: ManifestCheckOptions = {},
): ManifestDiff[] {
  return diffEntries(ctx, text, options).map((e) => e.diff);
}

/** `diffManifest` with kubectl diff's own error texts, for the command. */
export function diffEntries(
  ctx: DiffContext,
  text: string,
  options: ManifestCheckOptions = {},
): DiffEntry[] {
  const read = readDocuments(String(text ?? ''), options);
  return read.documents.map((doc): DiffEntry => {
    try {
      return doc.ok ? quietly(ctx.rand, () => diffOne(ctx, doc, read)) : unreadable(doc, read, ctx);
    } catch (e) {
      const error = `error: kubesim could not diff this object (a bug in kubesim): ${e instanceof Error ? e.message : String(e)}`;
      return {
        diff: { ...identity(doc, read.namespace), live: '', merged: '', error },
        diffError: error,
      };
    }
  });
}

function diffOne(ctx: DiffContext, doc: OkDocument, read: CheckedDocuments): DiffEntry {
  const result = applyObject(ctx.api, manifestObjectOf(doc, read), { dryRun: true });
  const base = identity(doc, read.namespace);
  const live = objectYaml(result.live);
  if (result.ok) return { diff: { ...base, live, merged: objectYaml(result.object) } };
  const error = formatStatusError(result.error, ctx.era, { verb: result.verb, file: read.source });
  return {
    diff: { ...base, live, merged: '', error },
    diffError: formatStatusError(result.error, ctx.era),
  };
}

function unreadable(
  doc: Extract<DecodedDocument, { ok: false }>,
  read: CheckedDocuments,
  ctx: DiffContext,
): DiffEntry {
  const modern = ctx.era === 'modern';
  const error = decodeErrorText(doc, read.source, 'creating', modern);
  const status = doc.error.status;
  // without apply's "error when creating" (the server's refusal reaches diff unwrapped)
  const diffError = status
    ? `${modern ? `Error from server (${status.reason})` : 'Error from server'}: ${status.message}`
    : error;
  return { diff: { ...identity(doc, read.namespace), live: '', merged: '', error }, diffError };
}

/** Who a document is about: its kind, namespace, name and kubectl diff's file name for it. */
function identity(
  doc: DecodedDocument,
  requestNamespace: string,
): Pick<ManifestDiff, 'name' | 'kind' | 'namespace' | 'objectName'> {
  const kind = doc.ok ? doc.object.kind : (doc.kind ?? '');
  const objectName = doc.ok ? doc.object.metadata.name : (doc.name ?? '');
  const info = RESOURCES.find((r) => r.kind === kind);
  // a kind the server does not serve has no file name
  if (!info) return { name: '', kind, objectName };
  const namespace = info.namespaced
    ? (doc.ok ? doc.object.metadata.namespace : undefined) || requestNamespace
    : undefined;
  return {
    name: diffFileName({ kind, name: objectName, ...(namespace ? { namespace } : {}) }),
    kind,
    ...(namespace ? { namespace } : {}),
    objectName,
  };
}
