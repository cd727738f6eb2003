/**
 * Rule 1 — a Service whose selector matches no pod: no live pod, no pod of the file, no pod a
 * controller (of the file or live) would make, in the Service's own namespace. The Service is
 * accepted and simply has no endpoints, the silent "missed route" the seeds warn about.
 *
 * A controller's selector always matches its own template once the API server accepts it, so
 * for controllers "matches nothing" is the template mismatch of rule 3 (templateLabels.ts).
 */
import type { ManifestDiagnostic, ManifestFix } from '../../contract';
import type { Service } from '../../types';
import { literal, valueRange, warning, type LintDocument } from './document';
import { editDistance } from '../../util/editDistance';
import { meantValue, NEAR } from './nearMiss';
import { describePods, listOf, type PodSet, type Scope } from './scope';
import { selectorOfService, type EffectiveSelector, type Equality } from './selectors';

export function serviceSelectsNothing(doc: LintDocument, scope: Scope): ManifestDiagnostic[] {
  if (doc.object.kind !== 'Service') return [];
  const svc = doc.object as Service;
  const sel = selectorOfService(svc);
  if (!sel) return [];
  const namespace = scope.namespaceOf(doc);
  const here = scope.podSets.filter((p) => p.namespace === namespace);
  if (here.some((p) => sel.selector.matches(p.labels))) return [];

  const elsewhere = scope.podSets.filter(
    (p) => p.namespace !== namespace && sel.selector.matches(p.labels),
  );
  const hints = [
    ...keyHints(sel, here),
    ...(elsewhere.length
      ? [
          `${listOf(elsewhere.map((p) => `${describePods(p)} in namespace ${p.namespace}`))} ` +
            `would match, but a Service only selects pods of its own namespace, ${namespace}`,
        ]
      : []),
  ];
  const message =
    `selector ${sel.text} matches no pod in the cluster or in this file: ` +
    `Service ${svc.metadata.name} would have no endpoints to send connections to` +
    (hints.length ? ` (${hints.join('; ')})` : '');
  return [warning(doc, sel.field, message, valueFixes(doc, sel, here))];
}

/**
 * One quick fix per selector value that, changed alone, would make the selector match pods in
 * scope — when the value it should become is obvious (see `meantValue`).
 */
export function valueFixes(
  doc: LintDocument,
  sel: EffectiveSelector,
  pods: readonly PodSet[],
): ManifestFix[] {
  const fixes: ManifestFix[] = [];
  for (const eq of sel.equalities) {
    const candidates = new Set<string>();
    for (const p of pods) {
      const value = p.labels[eq.key];
      if (value === undefined || value === eq.value) continue;
      if (sel.selector.matches({ ...p.labels, [eq.key]: eq.value })) candidates.add(value);
    }
    const meant = meantValue(eq.value, candidates);
    const range = valueRange(doc, eq.path, [eq.parent]);
    if (meant === undefined || !range) continue;
    fixes.push({
      title: `Change ${eq.key} to ${literal(meant)}`,
      edits: [{ range, text: literal(meant) }],
    });
  }
  return fixes;
}

/** A selector key no pod carries, when a pod carries one a typo away. */
function keyHints(sel: EffectiveSelector, pods: readonly PodSet[]): string[] {
  const keys = new Set(pods.flatMap((p) => Object.keys(p.labels)));
  return sel.equalities
    .filter((eq: Equality) => !keys.has(eq.key))
    .flatMap((eq) => {
      const near = [...keys].filter((k) => editDistance(k, eq.key) <= NEAR);
      return near.length === 1
        ? [`no pod has a label ${eq.key}; did you mean ${near[0] ?? ''}?`]
        : [];
    });
}
