/**
 * Rule 3 — a controller whose selector does not match its own pod template's labels.
 *
 * The API server already refuses this for every kind kubesim serves: ValidateReplicationControllerSpec
 * and the apps/v1 validation both report
 * ``spec.template.metadata.labels: Invalid value: …: `selector` does not match template `labels` ``,
 * and where it would stay silent the selector is either defaulted from the template (an RC,
 * legacy or not, that leaves it out) or refused for another reason (missing, empty, malformed).
 * So the linter does not say it a second time. What the server does not say is which side is the
 * typo: when one value is off, the linter adds a warning at that value with the fixes, the more
 * likely first (the value the other pods of the namespace agree with).
 */
import type { ManifestDiagnostic, ManifestFix, SourceRange } from '../../contract';
import { literal, valueRange, warning, type LintDocument } from './document';
import { describePods, listOf, sameKey, type Scope } from './scope';
import {
  isController,
  selectorOfController,
  templateLabels,
  type Controller,
  type Equality,
} from './selectors';

const TEMPLATE_LABELS = 'spec.template.metadata.labels';

export function templateNotSelected(doc: LintDocument, scope: Scope): ManifestDiagnostic[] {
  if (!isController(doc.object) || !doc.object.spec?.template) return [];
  const c: Controller = doc.object;
  const sel = selectorOfController(c);
  if (!sel || sel.defaulted) return [];
  const labels = templateLabels(c) ?? {};
  if (sel.selector.matches(labels)) return [];

  const off = sel.equalities.filter((eq) => labels[eq.key] !== eq.value);
  // Only a value that is there on both sides has an obvious fix (a missing key would need a new line).
  if (off.length === 0 || off.some((eq) => labels[eq.key] === undefined)) return [];
  const fixedLabels = { ...labels, ...Object.fromEntries(off.map((eq) => [eq.key, eq.value])) };
  if (!sel.selector.matches(fixedLabels)) return []; // an expression fails too

  const namespace = scope.namespaceOf(doc);
  const self = { kind: c.kind, namespace, name: c.metadata.name };
  const others = scope.podSets.filter((p) => p.namespace === namespace && !sameKey(p.owner, self));
  const support = (key: string, value: string): number =>
    others.filter((p) => p.labels[key] === value).length;

  const toTemplate = edits(off, (eq) => ({
    path: `${TEMPLATE_LABELS}[${eq.key}]`,
    parent: TEMPLATE_LABELS,
    text: literal(eq.value),
  }));
  const toSelector = edits(off, (eq) => ({
    path: eq.path,
    parent: eq.parent,
    text: literal(labels[eq.key] ?? ''),
  }));
  // `Change app to "web"`; with several values `Change the selector to app=web,tier=fe`.
  const title = (one: string, all: string, value: (eq: Equality) => string): string =>
    off.length === 1 && off[0]
      ? `Change ${one}${off[0].key} to ${literal(value(off[0]))}`
      : `Change ${all} to ${off.map((eq) => `${eq.key}=${value(eq)}`).join(',')}`;
  const selectorFix: ManifestFix | undefined = toSelector && {
    title: title('', 'the selector', (eq) => labels[eq.key] ?? ''),
    edits: toSelector,
  };
  const templateFix: ManifestFix | undefined = toTemplate && {
    title: title("the template's ", "the template's labels", (eq) => eq.value),
    edits: toTemplate,
  };
  const selectorLikelier = off.every(
    (eq) => support(eq.key, labels[eq.key] ?? '') >= support(eq.key, eq.value),
  );
  const fixes = (selectorLikelier ? [selectorFix, templateFix] : [templateFix, selectorFix]).filter(
    (f): f is ManifestFix => f !== undefined,
  );
  const first = fixes[0];
  if (!first) return [];

  const matched = others.filter((p) => sel.selector.matches(p.labels));
  const template = off.map((eq) => `${eq.key}=${labels[eq.key] ?? ''}`).join(',');
  const message =
    `selector ${sel.text} does not match the labels of ${c.kind} ${c.metadata.name}'s own ` +
    `template (${template})` +
    (matched.length
      ? `; it matches ${listOf(matched.map(describePods))} instead`
      : `, nor any pod in the cluster or in this file`) +
    ': one of the two is probably a typo';
  const at =
    first === selectorFix
      ? (off[0]?.path ?? sel.field)
      : `${TEMPLATE_LABELS}[${off[0]?.key ?? ''}]`;
  return [warning(doc, at, message, fixes, first.edits[0]?.range)];

  /** The edits for every off value, or undefined if one of them is not in the text. */
  function edits(
    list: readonly Equality[],
    where: (eq: Equality) => { path: string; parent: string; text: string },
  ): { range: SourceRange; text: string }[] | undefined {
    const out: { range: SourceRange; text: string }[] = [];
    for (const eq of list) {
      const { path, parent, text } = where(eq);
      const range = valueRange(doc, path, [parent]);
      if (!range) return undefined;
      out.push({ range, text });
    }
    return out;
  }
}
