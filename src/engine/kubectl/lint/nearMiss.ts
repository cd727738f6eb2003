/**
 * "Did you mean…": the value a selector most likely meant, among the labels actually in use.
 */
import { editDistance } from '../../util/editDistance';

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
