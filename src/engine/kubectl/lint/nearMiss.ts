/**
 * "Did you mean…": the value a selector most likely meant, among the labels actually in use.
 */

/** Levenshtein distance (labels are at most 63 characters, so the simple table is fine). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(
        Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** Near misses are typos: at most two edits, and fewer than the word's own length. */
export const NEAR = 2;

/**
 * The one value `typed` was probably meant to be, among `candidates` (values that would make the
 * selector match something): the only candidate, else the only one within two edits, else the
 * unique closest within two edits. Undefined when it is not obvious.
 */
export function meantValue(typed: string, candidates: ReadonlySet<string>): string | undefined {
  const others = [...candidates].filter((c) => c !== typed);
  if (others.length === 1) return others[0];
  const scored = others
    .map((c) => ({ c, d: editDistance(typed, c) }))
    .filter(({ d }) => d <= NEAR && d < Math.max(typed.length, 1))
    .sort((x, y) => x.d - y.d);
  const [best, second] = scored;
  if (!best || (second && second.d === best.d)) return undefined;
  return best.c;
}
