/**
 * cobra's command lookup: walk down the tree by the first word that is not a flag (or a flag's
 * value), and its suggestions for a mistyped command.
 */
import { flagSetFor, noOptDefault } from './flagSet';
import { realRootCommands, rootCommands, suggestFor } from './specs';
import type { CliEra, CommandSpec } from './types';
import { editDistance } from '../../util/editDistance';

export interface Found {
  /** The commands from the root down; empty for `kubectl` itself. */
  chain: CommandSpec[];
  /** The words left for the found command (its flags and arguments). */
  rest: string[];
}

export function childrenOf(parent: CommandSpec | undefined, era: CliEra): readonly CommandSpec[] {
  return parent === undefined ? rootCommands(era) : (parent.subcommands ?? []);
}

export function findChild(
  parent: CommandSpec | undefined,
  word: string,
  era: CliEra,
): CommandSpec | undefined {
  return childrenOf(parent, era).find((c) => c.name === word || (c.aliases ?? []).includes(word));
}

/** cobra.Find (without prefix matching, which kubectl leaves off). */
export function findCommand(argv: readonly string[], era: CliEra): Found {
  const chain: CommandSpec[] = [];
  let rest = [...argv];
  for (;;) {
    const current = chain[chain.length - 1];
    const word = nonFlagWords(rest, current, era)[0];
    if (word === undefined) break;
    const next = findChild(current, word, era);
    if (next === undefined) break;
    chain.push(next);
    rest = withoutFirst(rest, word, current, era);
  }
  return { chain, rest };
}

/**
 * cobra's stripFlags: the words that are not flags. A flag without `=` that is not a bool
 * takes the next word as its value, unknown flags included, exactly as cobra guesses.
 */
export function nonFlagWords(
  args: readonly string[],
  command: CommandSpec | undefined,
  era: CliEra,
): string[] {
  const flags = flagSetFor(command, era);
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const s = args[i] ?? '';
    if (s === '--') break;
    if (takesNextWord(s, flags)) {
      i++;
      continue;
    }
    if (s !== '' && !s.startsWith('-')) words.push(s);
  }
  return words;
}

function takesNextWord(s: string, flags: ReturnType<typeof flagSetFor>): boolean {
  if (s.includes('=')) return false;
  if (s.startsWith('--')) {
    const flag = flags.lookup(s.slice(2));
    return flag === undefined || noOptDefault(flag) === undefined;
  }
  if (s.startsWith('-') && s.length === 2) {
    const flag = flags.lookupShorthand(s.slice(1));
    return flag === undefined || noOptDefault(flag) === undefined;
  }
  return false;
}

/** cobra's argsMinusFirstX: drop the command word, never a flag's value. */
function withoutFirst(
  args: readonly string[],
  word: string,
  command: CommandSpec | undefined,
  era: CliEra,
): string[] {
  const flags = flagSetFor(command, era);
  for (let i = 0; i < args.length; i++) {
    const s = args[i] ?? '';
    if (s === '--') break;
    if (takesNextWord(s, flags)) {
      i++;
      continue;
    }
    if (s === word) return [...args.slice(0, i), ...args.slice(i + 1)];
  }
  return [...args];
}

/**
 * cobra's SuggestionsFor at the root: commands within Levenshtein distance 2 (ignoring case)
 * or starting with the typed word, plus SuggestFor matches, in registration order. Real
 * kubectl commands kubesim does not run are suggested too, because kubectl would.
 */
export function suggestionsFor(typed: string, era: CliEra): string[] {
  const lower = typed.toLowerCase();
  const out: string[] = [];
  for (const name of realRootCommands(era)) {
    if (editDistance(lower, name.toLowerCase()) <= 2 || name.toLowerCase().startsWith(lower))
      out.push(name);
    if (suggestFor(era, name).some((s) => s.toLowerCase() === lower)) out.push(name);
  }
  return out;
}
