/**
 * Help as modern kubectl prints it (pkg/util/templates): the long description, then
 * Aliases, Examples, subcommands, Options, Usage and the two closing hints, each section
 * followed by a blank line. Output is unwrapped, as kubectl prints when not on a terminal.
 */
import { GLOBAL_FLAGS } from '../specs/globalFlags';
import { MODERN_GROUPS, realRootCommands, rootCommands, unsimulatedSubcommands } from '../specs';
import type { CommandSpec, FlagSpec } from '../types';
import { defValue, isGoString, rpad, sortedByName } from './flagUsage';

const ROOT_LONG =
  'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/';

const OPTIONS_HINT =
  'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** `chain` is the command path from the root; empty for kubectl itself. */
export function modernHelp(chain: readonly CommandSpec[]): string {
  const command = chain[chain.length - 1];
  if (command === undefined) return ROOT_LONG + modernUsage(chain);
  if (command.name === 'options' && chain.length === 1) return optionsText();
  return (command.long ?? command.short).trim() + modernUsage(chain);
}

export function modernUsage(chain: readonly CommandSpec[]): string {
  const command = chain[chain.length - 1];
  const path = ['kubectl', ...chain.map((c) => c.name)];
  let out = '\n\n';
  if (command === undefined) {
    out += `${rootGroups()}\n\n`;
    out += 'Usage:\n  kubectl [flags] [options]\n\n';
    out += 'Use "kubectl <command> --help" for more information about a given command.\n';
    return out + OPTIONS_HINT;
  }
  if (command.aliases !== undefined && command.aliases.length > 0) {
    out += `Aliases:\n${[command.name, ...command.aliases].join(', ')}\n\n`;
  }
  if (command.example !== undefined) out += `Examples:\n${command.example.trimEnd()}\n\n`;
  const children = command.subcommands ?? [];
  if (children.length > 0) out += `${availableCommands(chain, children)}\n\n`;
  const visible = sortedByName(command.flags.filter((f) => f.hidden !== true));
  if (visible.length > 0) out += `Options:\n${flagUsages(visible).trimEnd()}\n\n`;
  const use = `${path.slice(0, -1).join(' ')} ${command.use}`;
  out += `Usage:\n  ${use.includes('[options]') ? use : `${use} [options]`}\n\n`;
  if (children.length > 0)
    out += `Use "${path.join(' ')} <command> --help" for more information about a given command.\n`;
  return out + OPTIONS_HINT;
}

/** What `kubectl options` prints. */
export function optionsText(): string {
  return `The following options can be passed to any command:\n\n${flagUsages(sortedByName(GLOBAL_FLAGS))}`;
}

/** kubectl's HelpFlagPrinter: the flag and default, then the usage on a tab-indented line. */
export function flagUsages(flags: readonly FlagSpec[]): string {
  return flags
    .map((f) => {
      const value = isGoString(f) ? `'${defValue(f)}'` : defValue(f);
      const head =
        f.shorthand !== undefined
          ? `    -${f.shorthand}, --${f.name}=${value}:`
          : `    --${f.name}=${value}:`;
      const deprecated = f.deprecated !== undefined ? ` (DEPRECATED: ${f.deprecated})` : '';
      return `${head}\n\t${(f.usage + deprecated).replaceAll('\n', ' ')}\n\n`;
    })
    .join('');
}

/** cobra's NamePadding: the longest name among the parent's children, at least 11. */
function namePadding(names: readonly string[]): number {
  return Math.max(11, ...names.map((n) => n.length));
}

function availableCommands(
  chain: readonly CommandSpec[],
  children: readonly CommandSpec[],
): string {
  const realNames = [
    ...children.map((c) => c.name),
    ...unsimulatedSubcommands(
      'modern',
      chain.map((c) => c.name),
    ),
  ];
  const pad = namePadding(realNames);
  return [
    'Available Commands:',
    ...children.map((c) => `  ${rpad(c.name, pad)}   ${c.short}`),
  ].join('\n');
}

function rootGroups(): string {
  const commands = rootCommands('modern');
  const pad = namePadding(realRootCommands('modern'));
  const line = (c: CommandSpec): string => `  ${rpad(c.name, pad)}   ${c.short}`;
  const grouped = new Set(MODERN_GROUPS.flatMap((g) => g.names));
  const groups: string[] = [];
  for (const group of MODERN_GROUPS) {
    const members = group.names.flatMap((n) => commands.filter((c) => c.name === n));
    if (members.length === 0 && group.names.length > 0) continue;
    groups.push([group.message, ...members.map(line)].join('\n'));
  }
  const others = commands
    .filter((c) => !grouped.has(c.name) && c.name !== 'options')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (others.length > 0) groups.push(['Other Commands:', ...others.map(line)].join('\n'));
  return groups.join('\n\n');
}
