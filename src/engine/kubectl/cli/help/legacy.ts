/**
 * Help as 2015 kubectl printed it: cobra's default templates of spring 2015 (`Usage:` first,
 * then Examples, `Flags:`, `Global Flags:` and every sibling command under "Additional help
 * topics"), with pflag's one-line flag format (`  -l, --selector="": …`).
 */
import { goQuote } from '../../../api/field';
import { globalFlags, helpFlag } from '../flagSet';
import { realRootCommands, rootCommands, unsimulatedSubcommands } from '../specs';
import type { CommandSpec, FlagSpec } from '../types';
import { defValue, isGoString, rpad, sortedByName } from './flagUsage';

const ROOT_LONG =
  'kubectl controls the Kubernetes cluster manager.\n\nFind more information at https://github.com/GoogleCloudPlatform/kubernetes.';

/** cobra added its own `help` command to the root; 2015 help listed it with the others. */
const HELP_COMMAND = { name: 'help', short: 'Help about any command' };

export function legacyHelp(chain: readonly CommandSpec[]): string {
  const command = chain[chain.length - 1];
  const long = command === undefined ? ROOT_LONG : (command.long ?? command.short);
  return `${long.trim()}\n${legacyUsage(chain)}\n`;
}

export function legacyUsage(chain: readonly CommandSpec[]): string {
  const command = chain[chain.length - 1];
  const parent = chain[chain.length - 2];
  const path = ['kubectl', ...chain.map((c) => c.name)].join(' ');
  const children: { name: string; short: string }[] =
    command === undefined ? [...rootCommands('2015'), HELP_COMMAND] : (command.subcommands ?? []);
  let out = '\nUsage: ';
  out += `\n  ${command === undefined ? 'kubectl' : `${parentPath(chain)} ${command.use}`} [flags]`;
  if (children.length > 0) out += `\n  ${path} [command]`;
  if (command?.aliases !== undefined && command.aliases.length > 0) {
    out += `\n\nAliases:\n  ${[command.name, ...command.aliases].join(', ')}\n`;
  }
  if (command?.example !== undefined) out += `\n\nExamples:\n${command.example}\n`;
  if (children.length > 0) {
    const pad = Math.max(11, ...childNames(chain).map((n) => n.length));
    out += `\n\nAvailable Commands: ${children.map((c) => `\n  ${rpad(c.name, pad)} ${c.short}`).join('')}\n`;
  }
  out += '\n';
  const local =
    command === undefined
      ? [...globalFlags('2015'), helpFlag('kubectl')]
      : [...command.flags, helpFlag(command.name)];
  out += `Flags:\n${flagUsages(local)}`;
  out += '\n';
  if (command !== undefined) out += `Global Flags:\n${flagUsages(globalFlags('2015'))}`;
  if (command !== undefined) {
    const siblings: { name: string; short: string }[] =
      parent === undefined ? [...rootCommands('2015'), HELP_COMMAND] : (parent.subcommands ?? []);
    // cobra asked whether the parent had runnable children, the command itself included, so
    // the heading appears even when the command has no siblings.
    const others = siblings.filter((s) => s.name !== command.name);
    const base = parentPath(chain);
    const pad = Math.max(11, ...childNames(chain.slice(0, -1)).map((n) => `${base} ${n}`.length));
    out += `\nAdditional help topics:\n${others.map((s) => `\n  ${rpad(`${base} ${s.name}`, pad)} ${s.short}`).join('')}\n`;
  }
  if (children.length > 0)
    out += '\nUse "kubectl help [command]" for more information about a command.\n';
  return out;
}

function parentPath(chain: readonly CommandSpec[]): string {
  return ['kubectl', ...chain.slice(0, -1).map((c) => c.name)].join(' ');
}

/** Names cobra measured for padding: every child it had, simulated by kubesim or not. */
function childNames(chain: readonly CommandSpec[]): string[] {
  const command = chain[chain.length - 1];
  if (command === undefined) return [...realRootCommands('2015'), HELP_COMMAND.name];
  const path = chain.map((c) => c.name);
  return [
    ...(command.subcommands ?? []).map((c) => c.name),
    ...unsimulatedSubcommands('2015', path),
  ];
}

/** pflag's 2015 FlagUsages: one line per flag, string defaults in Go quotes. */
function flagUsages(flags: readonly FlagSpec[]): string {
  return sortedByName(flags)
    .map((f) => {
      const value = isGoString(f) ? goQuote(defValue(f)) : defValue(f);
      const lead = f.shorthand !== undefined ? `  -${f.shorthand}, ` : '      ';
      return `${lead}--${f.name}=${value}: ${f.usage}\n`;
    })
    .join('');
}
