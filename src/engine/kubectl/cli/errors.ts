/**
 * How kubectl words a command-line mistake and where it sends it. Modern kubectl prints
 * `error: …` through cmdutil.CheckErr; 2015 kubectl let cobra print `Error: …` and a hint to
 * run `kubectl help`. Every text ends in a newline, ready for stderr.
 */
import { goQuote } from '../../api/field';
import type { CliEra } from './types';

const commandPath = (path: readonly string[]): string => ['kubectl', ...path].join(' ');

/** A pflag error, wrapped by kubectl's FlagErrorFunc (modern) or printed by cobra (2015). */
export function flagError(era: CliEra, path: readonly string[], message: string): string {
  return era === 'modern'
    ? `error: ${message}\nSee '${commandPath(path)} --help' for usage.\n`
    : `Error: ${message}\nRun 'kubectl help' for usage.\n`;
}

/** cobra's unknown-command error at the root, with its "Did you mean this?" list. */
export function unknownCommand(era: CliEra, word: string, suggestions: readonly string[]): string {
  if (era === '2015')
    return `Error: unknown command ${goQuote(word)}\nRun 'kubectl help' for usage.\n`;
  const hint =
    suggestions.length > 0
      ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`
      : '\n';
  return `error: unknown command ${goQuote(word)} for "kubectl"${hint}`;
}

/** cmdutil.UsageErrorf: the message and a pointer to the command's help. */
export function usageError(era: CliEra, path: readonly string[], message: string): string {
  return era === 'modern'
    ? `error: ${message}\nSee '${commandPath(path)} -h' for help and examples\n`
    : `error: ${message}\nsee '${commandPath(path)} -h' for help.\n`;
}

/** cmdutil.CheckErr for an error kubectl does not recognise: `error: ` and the text. */
export function plainError(message: string): string {
  return `error: ${message}\n`;
}

/**
 * kubesim's own message for a command real kubectl has but the simulation does not run:
 * saying "unknown command" would teach something false.
 */
export function notSimulated(era: CliEra, path: readonly string[]): string {
  const prefix = era === 'modern' ? 'error' : 'Error';
  const help = era === 'modern' ? 'kubectl --help' : 'kubectl help';
  return `${prefix}: "${commandPath(path)}" is a real kubectl command, but kubesim does not simulate it\nRun '${help}' for the commands kubesim runs.\n`;
}

/** Go's %v of a []string: `[a b]`. */
export function goList(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}
