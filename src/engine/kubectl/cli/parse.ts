/**
 * From argv to a command kubesim can run, in the order cobra and kubectl check things: find
 * the command, parse its flags, honour --help, then the checks kubectl makes before doing any
 * work (required flags, argument counts). Anything that ends the command here comes back as
 * its full output (`ok: false`); everything else is a ParsedCommand for the command code.
 */
import { goQuote } from '../../api/field';
import { flagError, goList, notSimulated, plainError, unknownCommand, usageError } from './errors';
import { flagSetFor } from './flagSet';
import { findCommand, nonFlagWords, suggestionsFor } from './find';
import { renderHelp, renderUsage } from './help';
import { parseFlags, type ParsedFlags } from './pflag';
import { isUnsimulated } from './specs';
import type { ArgsRule, CliEra, CommandSpec, ParseResult } from './types';

export function parseCommandLine(argv: readonly string[], era: CliEra): ParseResult {
  const { chain, rest } = findCommand(argv, era);
  const command = chain[chain.length - 1];
  const path = chain.map((c) => c.name);
  const words = nonFlagWords(rest, command, era);

  if (command === undefined && words[0] === 'help') return helpCommand(rest, era);
  const firstWord = words[0];
  if (firstWord !== undefined && isUnsimulated(era, path, firstWord)) {
    return failure(notSimulated(era, [...path, firstWord]));
  }
  if (command === undefined && firstWord !== undefined) {
    const firstArg = argv[0] ?? '';
    // kubectl looks for a plugin before cobra complains, and a plugin name cannot follow a flag.
    if (era === 'modern' && firstArg.startsWith('-')) {
      return failure(`Error: flags cannot be placed before plugin name: ${firstArg}\n`);
    }
    return failure(
      unknownCommand(era, firstWord, era === 'modern' ? suggestionsFor(firstWord, era) : []),
    );
  }

  const parsed = parseFlags(rest, flagSetFor(command, era), era);
  if (!parsed.ok) return failure(flagError(era, path, parsed.error));
  const flags = parsed.parsed;
  if (flags.values['help'] === true || command === undefined) return success(path, flags, true);

  if (command.dispatchHelpTo !== undefined) {
    if (era === '2015') return success(path, flags, true);
    if (flags.args.length > 0) {
      return failure(usageError(era, path, `unknown command ${goQuote(flags.args.join(' '))}`));
    }
    const help = renderHelp(path, era);
    return command.dispatchHelpTo === 'stdout'
      ? { ok: false, stdout: help, stderr: '', exitCode: 1 }
      : { ok: false, stderr: help, exitCode: 1 };
  }
  if (era === 'modern' && path.join(' ') === 'options') {
    return { ok: false, stdout: renderHelp(path, era), stderr: '', exitCode: 0 };
  }

  const missing = era === 'modern' ? missingRequiredFlags(command, flags) : [];
  if (missing.length > 0) {
    return failure(
      plainError(`required flag(s) ${missing.map((n) => `"${n}"`).join(', ')} not set`),
    );
  }
  const broken = (command.args ?? []).find((rule) => breaks(rule, flags));
  if (broken !== undefined) return failure(argsError(broken, flags.args, path, era));
  return success(path, flags, false);
}

/** cobra's help command: `kubectl help get` is `kubectl get --help`. */
function helpCommand(argv: readonly string[], era: CliEra): ParseResult {
  const parsed = parseFlags(dropFirst(argv, 'help'), flagSetFor(undefined, era), era);
  if (!parsed.ok) return failure(flagError(era, ['help'], parsed.error));
  const topic = parsed.parsed.args;
  if (topic.length === 0) return success([], parsed.parsed, true);

  const { chain, rest } = findCommand(topic, era);
  const leftover = nonFlagWords(rest, chain[chain.length - 1], era)[0];
  const path = chain.map((c) => c.name);
  if (leftover !== undefined && isUnsimulated(era, path, leftover)) {
    return failure(notSimulated(era, [...path, leftover]));
  }
  if (chain.length === 0) {
    const quoted = `[${topic.map((t) => `\`${t}\``).join(' ')}]`;
    // cobra prints the root usage after the complaint, on stderr, and still exits 0.
    const complaint =
      era === 'modern' ? `Unknown help topic ${quoted}\n` : `Unknown help topic ${quoted}.`;
    return { ok: false, stderr: complaint + renderUsage([], era), exitCode: 0 };
  }
  return success(path, parsed.parsed, true);
}

function dropFirst(argv: readonly string[], word: string): string[] {
  const i = argv.indexOf(word);
  return i < 0 ? [...argv] : [...argv.slice(0, i), ...argv.slice(i + 1)];
}

function missingRequiredFlags(command: CommandSpec, flags: ParsedFlags): string[] {
  return command.flags
    .filter((f) => f.required === true && !flags.set.has(f.name))
    .map((f) => f.name)
    .sort();
}

function breaks(rule: ArgsRule, flags: ParsedFlags): boolean {
  const count = flags.args.length;
  const lifted = (rule.unlessSet ?? []).some((name) => flags.set.has(name));
  if (rule.min !== undefined && count < rule.min && !lifted) return true;
  return rule.max !== undefined && count > rule.max;
}

function argsError(
  rule: ArgsRule,
  args: readonly string[],
  path: readonly string[],
  era: CliEra,
): string {
  const message = rule.message.replace('%v', goList(args)).replace('%d', String(args.length));
  const text = rule.kind === 'usage' ? usageError(era, path, message) : plainError(message);
  return (rule.preamble ?? '') + text;
}

function failure(stderr: string): ParseResult {
  return { ok: false, stderr, exitCode: 1 };
}

function success(path: string[], flags: ParsedFlags, help: boolean): ParseResult {
  const values = { ...flags.values };
  delete values['help'];
  const set = new Set(flags.set);
  set.delete('help');
  return {
    ok: true,
    command: {
      path,
      args: flags.args,
      argsAfterDash: flags.argsAfterDash,
      flags: values,
      set,
      help,
      warnings: flags.warnings,
    },
  };
}
