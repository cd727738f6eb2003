/**
 * Pod tolerations and node taints (ValidateTolerations, validateNodeTaints, validateTaintEffect).
 */
import type { Taint, Toleration } from '../../types';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../field';
import { goTaint, goToleration } from './goSyntax';
import { isValidLabelValue, validateLabelName } from './labels';

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTaintEffect(
  effect: string | undefined,
  allowEmpty: boolean,
  path: string,
): FieldError[] {
  if (!effect) return allowEmpty ? [] : [required(path)];
  return TAINT_EFFECTS.includes(effect) ? [] : [notSupported(path, effect, TAINT_EFFECTS)];
}

export function validateTolerations(
  tolerations: Toleration[] | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const idx = `${path}[${i}]`;
    const key = t.key ?? '';
    const operator = t.operator ?? '';
    if (key) errs.push(...validateLabelName(key, `${idx}.key`));
    if (!key && operator !== 'Exists')
      errs.push(
        invalid(
          `${idx}.operator`,
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute')
      errs.push(
        invalid(
          `${idx}.effect`,
          t.effect ?? '',
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    if (operator === 'Equal' || operator === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(invalid(`${idx}.operator`, t.value ?? '', msgs.join(';')));
    } else if (operator === 'Exists') {
      if (t.value)
        errs.push(
          invalid(
            `${idx}.operator`,
            goToleration(t),
            "value must be empty when `operator` is 'Exists'",
          ),
        );
    } else {
      errs.push(notSupported(`${idx}.operator`, operator, ['Equal', 'Exists']));
    }
    errs.push(...validateTaintEffect(t.effect, true, `${idx}.effect`));
  });
  return errs;
}

/** Pod updates may add tolerations and change tolerationSeconds, nothing else. */
export function validateOnlyAddedTolerations(
  now: Toleration[] | undefined,
  before: Toleration[] | undefined,
  path: string,
): FieldError[] {
  const same = (a: Toleration, b: Toleration): boolean =>
    (a.key ?? '') === (b.key ?? '') &&
    (a.operator ?? '') === (b.operator ?? '') &&
    (a.value ?? '') === (b.value ?? '') &&
    (a.effect ?? '') === (b.effect ?? '');
  for (const old of before ?? []) {
    if (!(now ?? []).some((t) => same(old, t)))
      return [
        forbidden(path, 'existing toleration can not be modified except its tolerationSeconds'),
      ];
  }
  return validateTolerations(now, path);
}

/**
 * Taints: key, value, effect, and unique by (key, effect). Kubernetes reports these under
 * `metadata.taints` — a path slip in its own code, kept so the messages match.
 */
export function validateNodeTaints(taints: Taint[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const idx = `${path}[${i}]`;
    errs.push(...validateLabelName(t.key ?? '', `${idx}.key`));
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length) errs.push(invalid(`${idx}.value`, t.value ?? '', msgs.join(';')));
    errs.push(...validateTaintEffect(t.effect, false, `${idx}.effect`));
    const key = `${t.effect ?? ''}\u0000${t.key ?? ''}`;
    if (seen.has(key))
      errs.push({
        ...duplicate(idx, goTaint(t)),
        detail: 'taints must be unique by key and effect pair',
      });
    else seen.add(key);
  });
  return errs;
}
