/**
 * The flags one command accepts, as cobra merges them: its own flags, the global (persistent)
 * flags of `kubectl`, and cobra's `-h, --help`. Lookups follow pflag, including kubectl's
 * word-separator normalization (modern `--all_namespaces` is `--all-namespaces`).
 */
import type { CliEra, CommandSpec, FlagSpec } from './types';
import { GLOBAL_FLAGS, GLOBAL_FLAGS_2015 } from './specs/globalFlags';

export interface FlagSet {
  /** Own flags, then global flags, then help; each long name once. */
  readonly all: readonly FlagSpec[];
  lookup(name: string): FlagSpec | undefined;
  lookupShorthand(shorthand: string): FlagSpec | undefined;
}

export function helpFlag(commandName: string): FlagSpec {
  return {
    name: 'help',
    shorthand: 'h',
    type: 'bool',
    default: false,
    usage: `help for ${commandName}`,
  };
}

export function globalFlags(era: CliEra): readonly FlagSpec[] {
  return era === 'modern' ? GLOBAL_FLAGS : GLOBAL_FLAGS_2015;
}

/** kubectl (cliflag.WordSepNormalizeFunc) treats `_` in a flag name as `-`; 2015 kubectl did not. */
export function normalizeFlagName(name: string, era: CliEra): string {
  return era === 'modern' ? name.replaceAll('_', '-') : name;
}

export function flagSetFor(command: CommandSpec | undefined, era: CliEra): FlagSet {
  const all: FlagSpec[] = [];
  const byName = new Map<string, FlagSpec>();
  const byShorthand = new Map<string, FlagSpec>();
  const add = (flag: FlagSpec): void => {
    if (byName.has(flag.name)) return;
    all.push(flag);
    byName.set(flag.name, flag);
    if (flag.shorthand !== undefined && !byShorthand.has(flag.shorthand))
      byShorthand.set(flag.shorthand, flag);
  };
  command?.flags.forEach(add);
  globalFlags(era).forEach(add);
  add(helpFlag(command?.name ?? 'kubectl'));
  return {
    all,
    lookup: (name) => byName.get(normalizeFlagName(name, era)),
    lookupShorthand: (shorthand) => byShorthand.get(shorthand),
  };
}

/** pflag's NoOptDefVal: bool flags and the few string flags kubectl gives one. */
export function noOptDefault(flag: FlagSpec): string | undefined {
  return flag.type === 'bool' ? 'true' : flag.noOptDefault;
}
