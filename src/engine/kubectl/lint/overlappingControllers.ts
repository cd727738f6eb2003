/**
 * Rule 2 — two controllers whose selectors overlap: one's selector matches the pods the other's
 * template makes. Kubernetes does not prevent it (k8s-reference §2.4), but each controller may then
 * count, adopt or delete pods the other made (in 2015 there were no owner references at all,
 * so any matching pod counted). Compared in one namespace, among the file's controllers and with
 * live ones — never with the live object the document would update.
 */
import type { ManifestDiagnostic } from '../../contract';
import { formatSet } from '../../labels/selector';
import { warning, type LintDocument } from './document';
import { describeController, sameKey, type Scope } from './scope';
import { isController, selectorOfController, templateLabels } from './selectors';

export function overlappingControllers(doc: LintDocument, scope: Scope): ManifestDiagnostic[] {
  if (!isController(doc.object)) return [];
  const c = doc.object;
  const sel = selectorOfController(c);
  if (!sel) return [];
  const namespace = scope.namespaceOf(doc);
  const self = { kind: c.kind, namespace, name: c.metadata.name };
  const own = templateLabels(c);
  const out: ManifestDiagnostic[] = [];
  for (const other of scope.controllers) {
    if (other.key.namespace !== namespace || sameKey(other.key, self)) continue;
    const theirs = templateLabels(other.object);
    const theirSelector = selectorOfController(other.object);
    const what = describeController(other);
    let why: string | undefined;
    if (theirs && sel.selector.matches(theirs))
      why = `selector ${sel.text} also matches the pods of ${what}, whose template is labelled ${formatSet(theirs)}`;
    else if (own && theirSelector?.selector.matches(own))
      why = `the selector ${theirSelector.text} of ${what} also matches this controller's pods (labelled ${formatSet(own)})`;
    if (why)
      out.push(
        warning(
          doc,
          sel.field,
          `${why}: the two controllers could count, adopt or delete each other's pods. ` +
            'Kubernetes does not stop overlapping selectors; give each controller a label of its own',
        ),
      );
  }
  return out;
}
