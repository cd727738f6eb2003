/**
 * `kubectl <path> --help` and `kubectl help`, in the era's own layout.
 */
import { findChild } from '../find';
import type { CliEra, CommandSpec } from '../types';
import { legacyHelp, legacyUsage } from './legacy';
import { modernHelp, modernUsage } from './modern';

function chainFor(path: readonly string[], era: CliEra): CommandSpec[] {
  const chain: CommandSpec[] = [];
  for (const word of path) {
    const next = findChild(chain[chain.length - 1], word, era);
    if (next === undefined)
      throw new Error(`kubectl ${path.join(' ')}: no such command in the ${era} era`);
    chain.push(next);
  }
  return chain;
}

/** The text `kubectl <path> --help` prints on stdout; `path` may use aliases. */
export function renderHelp(path: readonly string[], era: CliEra): string {
  const chain = chainFor(path, era);
  return era === 'modern' ? modernHelp(chain) : legacyHelp(chain);
}

/** The usage part alone, which cobra prints after `Unknown help topic`. */
export function renderUsage(path: readonly string[], era: CliEra): string {
  const chain = chainFor(path, era);
  return era === 'modern' ? modernUsage(chain) : legacyUsage(chain);
}

/** `kubectl`, `kubectl help`, `kubectl --help`. */
export function renderRootHelp(era: CliEra): string {
  return renderHelp([], era);
}
