/** The framework's MaxNodeScore (modern) and the 2015 priorities' MaxPriority. */
export const MAX_NODE_SCORE = 100;
export const MAX_PRIORITY = 10;

/**
 * `helper.DefaultNormalizeScore`: scale raw scores so the largest becomes `max`; `reverse`
 * turns "more is worse" counts (untolerated taints) into scores.
 */
export function defaultNormalizeScore(raw: readonly number[], max: number, reverse: boolean) {
  const top = Math.max(0, ...raw);
  if (top === 0) return raw.map((s) => (reverse ? max : s));
  return raw.map((s) => {
    const scaled = Math.trunc((max * s) / top);
    return reverse ? max - scaled : scaled;
  });
}
