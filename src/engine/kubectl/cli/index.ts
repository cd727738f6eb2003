/**
 * kubectl's command line for kubesim: a POSIX-like tokenizer, cobra/pflag parsing with
 * kubectl's own error texts, the specs of every command kubesim runs (both eras), and their
 * help pages. The command implementations live in ../commands and build on this.
 *
 * @example
 * const t = tokenize('kubectl get pods -o wide');
 * if (t.ok) {
 *   const parsed = parseCommandLine(t.argv, 'modern');
 *   // parsed.ok && parsed.command → { path: ['get'], args: ['pods'], flags: { output: 'wide', … }, … }
 * }
 */
import { ALL_COMMANDS } from './specs';
import type { CommandSpec } from './types';

export { tokenize } from './tokenize';
export type { TokenizeResult } from './tokenize';
export { parseCommandLine } from './parse';
export { renderHelp, renderRootHelp, renderUsage } from './help';
export { usageError, plainError } from './errors';
export { parseGoDuration, formatGoDuration } from './goValues';
export type {
  ArgsRule,
  CliEra,
  CommandSpec,
  FlagSpec,
  FlagType,
  FlagValue,
  ParsedCommand,
  ParseResult,
} from './types';

/** Every command spec of both eras (a command's `eras` says where it exists). */
export const COMMANDS: readonly CommandSpec[] = ALL_COMMANDS;
