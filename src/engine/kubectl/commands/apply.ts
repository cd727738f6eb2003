/**
 * `kubectl apply -f`: create what does not exist, and bring what exists in line with the file by
 * a three-way merge against the last-applied configuration kept in an annotation. Prints
 * `created`, `configured` or `unchanged` per object.
 */
import { isStatusError } from '../../api/status';
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
  const info = resourceFor(m.object.kind);
  const desired = clone(m.object);
  if (info.namespaced) desired.metadata.namespace = m.namespace;
  const annotation = lastAppliedText(desired);
  const era = ctx.era === '2015' ? '2015' : 'modern';
  let verb = 'retrieving current configuration of';
  try {
    const live = ctx.api.find(
      desired.kind,
      info.namespaced ? m.namespace : undefined,
      desired.metadata.name,
    );
    if (!live) {
      verb = 'creating';
      desired.metadata.annotations = {
        ...desired.metadata.annotations,
        [LAST_APPLIED]: annotation,
      };
      const created = ctx.api.create(desired, {
        namespace: m.namespace,
        legacy: m.legacy,
        dryRun: dryRun !== 'none',
      });
      out.println(`${objectRef(created, era)} created${dryRunSuffix(dryRun)}`);
      return;
    }
    verb = 'patching';
    const lastText = live.metadata.annotations?.[LAST_APPLIED];
    if (lastText === undefined)
      out.error(
        `Warning: resource ${info.resource}/${live.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
      );
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
      resourceVersion: live.metadata.resourceVersion ?? '',
    };
    const updated = ctx.api.update(merged, { legacy: m.legacy, dryRun: dryRun !== 'none' });
    const changed =
      updated.metadata.resourceVersion !== live.metadata.resourceVersion ||
      (dryRun !== 'none' && stableJson(updated) !== stableJson(live));
    out.println(
      `${objectRef(updated, era)} ${changed ? 'configured' : 'unchanged'}${dryRunSuffix(dryRun)}`,
    );
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, ctx.era, { verb, file: m.source }));
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

function stripForMerge(obj: AnyObject): AnyObject {
  const copy = clone(obj) as AnyObject & { status?: unknown };
  delete copy.status;
  return copy;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
