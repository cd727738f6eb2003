/** Shared helpers of the parser tests: a command line as a user types it, parsed. */
import { parseCommandLine } from './parse';
import { tokenize } from './tokenize';
import type { CliEra, FlagValue, ParsedCommand, ParseResult } from './types';

export function parse(line: string, era: CliEra = 'modern'): ParseResult {
  const t = tokenize(line);
  if (!t.ok) throw new Error(t.error);
  return parseCommandLine(t.argv, era);
}

export function command(line: string, era: CliEra = 'modern'): ParsedCommand {
  const r = parse(line, era);
  if (!r.ok) throw new Error(`expected ${line} to parse, got: ${r.stderr}`);
  return r.command;
}

/** The flags the user set, by long name. */
export function given(c: ParsedCommand): Record<string, FlagValue> {
  return Object.fromEntries([...c.set].map((name) => [name, c.flags[name] as FlagValue]));
}
