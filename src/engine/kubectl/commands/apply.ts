/**
 * `kubectl apply -f`: create what does not exist, and bring what exists in line with the file by
 * a three-way merge against the last-applied configuration kept in an annotation. Prints
 * `created`, `configured` or `unchanged` per object.
 */
import type { ApiServer } from '../../api/apiserver';
import { isStatusError, type StatusError } from '../../api/status';
import { resourceFor } from '../../api/resources';
import type { AnyObject } from '../../types';
import { clone } from '../../util/freeze';
import { stableJson } from '../../util/json';
import { flagList, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects, type ManifestObject } from '../manifests';
import { threeWayMerge } from '../merge';
import { dryRunMode, dryRunSuffix, objectRef } from './create';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function apply(inv: Invocation): void {
  const { out } = inv;
  if (flagList(inv, 'filename').length === 0)
    return out.fail('error: must specify one of -f and -k');
  const objects = manifestObjects(inv, 'creating');
  if (!objects) return;
  const dryRun = dryRunMode(inv);
  for (const m of objects) applyOne(inv, m, dryRun);
}

/** Create the object, or three-way-merge it into the live one; say which. */
function applyOne(inv: Invocation, m: ManifestObject, dryRun: 'none' | 'client' | 'server'): void {
  const { ctx, out } = inv;
  const era = ctx.era === '2015' ? '2015' : 'modern';
  const result = applyObject(ctx.api, m, { dryRun: dryRun !== 'none' });
  if (result.warning) out.error(result.warning);
  if (!result.ok)
    return out.fail(
      formatStatusError(result.error, ctx.era, { verb: result.verb, file: m.source }),
    );
  out.println(`${objectRef(result.object, era)} ${result.action}${dryRunSuffix(dryRun)}`);
}

/** The three calls apply makes: kubectl's recording client, or the API server itself for a quiet check. */
export type ApplyApi = Pick<ApiServer, 'find' | 'create' | 'update'>;

export type ApplyOutcome =
  | {
      ok: true;
      action: 'created' | 'configured' | 'unchanged';
      /** What the server returned: the object as stored, or as it would be (dry run). */
      object: AnyObject;
      /** The object before, when there was one. */
      live: AnyObject | undefined;
      warning?: string;
    }
  | {
      ok: false;
      error: StatusError;
      /** What kubectl was doing, for its message: `creating`, `patching`, … */
      verb: string;
      live: AnyObject | undefined;
      warning?: string;
    };

/**
 * What `kubectl apply` makes of one object: create it when it does not exist, else the
 * three-way merge of the live object, the last-applied configuration and the file. `apply`,
 * the editor's dry run and `kubectl diff` all go through here, so they cannot disagree.
 * Errors other than API errors (bugs) are thrown.
 */
export function applyObject(
  api: ApplyApi,
  m: ManifestObject,
  opts: { dryRun: boolean },
): ApplyOutcome {
  const info = resourceFor(m.object.kind);
  const desired = clone(m.object);
  if (info.namespaced) desired.metadata.namespace = m.namespace;
  const annotation = lastAppliedText(desired);
  let verb = 'retrieving current configuration of';
  let live: AnyObject | undefined;
  let warning: string | undefined;
  try {
    live = api.find(desired.kind, info.namespaced ? m.namespace : undefined, desired.metadata.name);
    if (!live) {
      verb = 'creating';
      desired.metadata.annotations = {
        ...desired.metadata.annotations,
        [LAST_APPLIED]: annotation,
      };
      const created = api.create(desired, {
        namespace: m.namespace,
        legacy: m.legacy,
        dryRun: opts.dryRun,
      });
      return { ok: true, action: 'created', object: created, live };
    }
    verb = 'patching';
    const lastText = live.metadata.annotations?.[LAST_APPLIED];
    if (lastText === undefined)
      warning = `Warning: resource ${info.resource}/${live.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
    const last = lastText ? safeParse(lastText) : undefined;
    const merged = threeWayMerge(
      clone(live),
      last,
      stripForMerge(desired),
      desired.kind,
    ) as AnyObject;
    merged.metadata = {
      ...(merged.metadata ?? live.metadata),
      annotations: { ...(merged.metadata?.annotations ?? {}), [LAST_APPLIED]: annotation },
      // a resourceVersion in the file goes into the patch, and the server refuses it if the
      // object has changed since (Conflict): how `kubectl edit`-style round trips stay safe
      resourceVersion: desired.metadata.resourceVersion || live.metadata.resourceVersion || '',
    };
    const updated = api.update(merged, { legacy: m.legacy, dryRun: opts.dryRun });
    const changed =
      updated.metadata.resourceVersion !== live.metadata.resourceVersion ||
      (opts.dryRun && stableJson(updated) !== stableJson(live));
    return {
      ok: true,
      action: changed ? 'configured' : 'unchanged',
      object: updated,
      live,
      ...(warning ? { warning } : {}),
    };
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return { ok: false, error: e, verb, live, ...(warning ? { warning } : {}) };
  }
}

/**
 * What kubectl stores: the applied object as written, without server fields, as one line of
 * JSON with keys sorted (kubectl marshals it from an unstructured map) and `annotations: {}`.
 */
function lastAppliedText(obj: AnyObject): string {
  const copy = clone(obj) as AnyObject & { status?: unknown };
  delete copy.status;
  const annotations = { ...copy.metadata.annotations };
  delete annotations[LAST_APPLIED];
  copy.metadata.annotations = annotations;
  return `${stableJson(copy)}\n`;
}

/**
 * The file as kubectl's "modified" configuration: without status, and always with an
 * annotations map (kubectl puts the last-applied annotation there). Without one, the `{}` the
 * last-applied configuration holds would read as "annotations removed", and apply would drop
 * what controllers wrote there (a Deployment's revision).
 */
function stripForMerge(obj: AnyObject): AnyObject {
  const copy = clone(obj) as AnyObject & { status?: unknown };
  delete copy.status;
  copy.metadata.annotations = { ...copy.metadata.annotations };
  return copy;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
