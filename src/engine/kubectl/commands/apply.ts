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
import type { Invocation } from '../context';
import { formatStatusError } from '../errors';
import { decodeErrorText, readManifests } from '../manifests';
import { threeWayMerge } from '../merge';
import { documentNamespace, dryRunMode, dryRunSuffix, objectRef } from './create';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function apply(inv: Invocation): void {
  const { ctx, out } = inv;
  const read = readManifests(inv);
  if (!read.ok) return out.fail(read.error);
  if (read.sources.length === 0) return out.fail('error: must specify one of -f and -k');
  const dryRun = dryRunMode(inv);
  for (const source of read.sources) {
    for (const doc of source.documents) {
      if (!doc.ok) {
        out.fail(decodeErrorText(doc, source.name, 'creating', ctx.era === 'modern'));
        continue;
      }
      const ns = documentNamespace(inv, doc.object);
      if (!ns.ok) {
        out.fail(ns.error);
        continue;
      }
      const info = resourceFor(doc.object.kind);
      const desired = clone(doc.object);
      if (info.namespaced) desired.metadata.namespace = ns.namespace;
      const annotation = lastAppliedText(desired);
      let verb = 'retrieving current configuration of';
      try {
        const live = ctx.api.find(
          desired.kind,
          info.namespaced ? ns.namespace : undefined,
          desired.metadata.name,
        );
        if (!live) {
          verb = 'creating';
          desired.metadata.annotations = {
            ...desired.metadata.annotations,
            [LAST_APPLIED]: annotation,
          };
          const created = ctx.api.create(desired, {
            namespace: ns.namespace,
            legacy: doc.legacy,
            dryRun: dryRun !== 'none',
          });
          out.println(
            `${objectRef(created, ctx.era === '2015' ? '2015' : 'modern')} created${dryRunSuffix(dryRun)}`,
          );
          continue;
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
        const updated = ctx.api.update(merged, { legacy: doc.legacy, dryRun: dryRun !== 'none' });
        const changed =
          updated.metadata.resourceVersion !== live.metadata.resourceVersion ||
          (dryRun !== 'none' && stableJson(updated) !== stableJson(live));
        out.println(
          `${objectRef(updated, ctx.era === '2015' ? '2015' : 'modern')} ${changed ? 'configured' : 'unchanged'}${dryRunSuffix(dryRun)}`,
        );
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, ctx.era, { verb, file: source.name }));
      }
    }
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
