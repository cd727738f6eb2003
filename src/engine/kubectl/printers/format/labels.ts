/** Labels and selectors the way kubectl prints them (`labels.FormatLabels`, `metav1.FormatLabelSelector`). */
import { formatSet, selectorFromLabelSelector } from '../../../labels/selector';
import type { LabelSelector } from '../../../types';

/**
 * `k=v,k2=v2` sorted by key, or `<none>`.
 * @example formatLabels({ tier: 'fe', app: 'web' }) // 'app=web,tier=fe'
 */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const text = formatSet(labels);
  return text === '' ? '<none>' : text;
}

/** `metav1.LabelSelectorAsSelector(s).String()`: empty for an empty or missing selector. */
export function labelSelectorString(selector: LabelSelector | undefined): string {
  return selectorFromLabelSelector(selector).toString();
}

/** `metav1.FormatLabelSelector`: like `labelSelectorString` but `<none>` when empty. */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  const text = labelSelectorString(selector);
  return text === '' ? '<none>' : text;
}
