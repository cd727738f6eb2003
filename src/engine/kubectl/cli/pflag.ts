/**
 * pflag's parse loop: `--flag=value`, `--flag value`, `-f value`, `-fvalue`, `-f=value`,
 * grouped bool shorthands (`-it`), `--` ending the flags, flags anywhere among the
 * arguments. Errors carry pflag's own words; the era picks the 2015 variants of them.
 */
import { goQuote } from '../../api/field';
import { noOptDefault, type FlagSet } from './flagSet';
import { parseGoBool, parseGoDuration, parseGoInt, readCSVRecord, type GoParse } from './goValues';
import type { CliEra, FlagSpec, FlagValue } from './types';

export interface ParsedFlags {
  values: Record<string, FlagValue>;
  set: Set<string>;
  args: string[];
  argsAfterDash: string[];
  warnings: string[];
}

export type FlagParse = { ok: true; parsed: ParsedFlags } | { ok: false; error: string };

/** The zero value or default of a flag, as the command sees it before the user sets it. */
export function defaultValue(flag: FlagSpec): FlagValue {
  switch (flag.type) {
    case 'bool':
      return typeof flag.default === 'boolean' ? flag.default : false;
    case 'int':
      return typeof flag.default === 'number' ? flag.default : 0;
    case 'duration': {
      const parsed = parseGoDuration(String(flag.default ?? '0s'));
      return parsed.ok ? parsed.value : 0;
    }
    case 'stringArray':
    case 'stringSlice':
      return [];
    case 'string':
      return typeof flag.default === 'string' ? flag.default : '';
  }
}

export function parseFlags(argv: readonly string[], flags: FlagSet, era: CliEra): FlagParse {
  const state: ParsedFlags = {
    values: {},
    set: new Set(),
    args: [],
    argsAfterDash: [],
    warnings: [],
  };
  for (const flag of flags.all) state.values[flag.name] = defaultValue(flag);

  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift() ?? '';
    if (s.length < 2 || !s.startsWith('-')) {
      state.args.push(s);
      continue;
    }
    if (s === '--') {
      state.argsAfterDash = rest;
      break;
    }
    const step = s.startsWith('--')
      ? parseLong(s, rest, flags, era, state)
      : parseShort(s, rest, flags, era, state);
    if (!step.ok) return step;
    rest = step.rest;
  }
  return { ok: true, parsed: state };
}

type Step = { ok: true; rest: string[] } | { ok: false; error: string };

function parseLong(
  s: string,
  rest: string[],
  flags: FlagSet,
  era: CliEra,
  state: ParsedFlags,
): Step {
  const body = s.slice(2);
  if (body === '' || body.startsWith('-') || body.startsWith('=')) {
    return { ok: false, error: `bad flag syntax: ${s}` };
  }
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const flag = flags.lookup(name);
  if (flag === undefined) return { ok: false, error: `unknown flag: --${name}` };

  let value: string;
  const noOpt = noOptDefault(flag);
  if (eq >= 0) value = body.slice(eq + 1);
  else if (noOpt !== undefined) value = noOpt;
  else if (rest.length > 0) value = rest.shift() ?? '';
  else return { ok: false, error: `flag needs an argument: ${s}` };

  const error = setFlag(flag, value, era === 'modern' ? modernFlagName(flag) : s, era, state);
  return error === undefined ? { ok: true, rest } : { ok: false, error };
}

function parseShort(
  s: string,
  rest: string[],
  flags: FlagSet,
  era: CliEra,
  state: ParsedFlags,
): Step {
  let shorthands = s.slice(1);
  while (shorthands.length > 0) {
    const c = shorthands.charAt(0);
    // 2015 pflag named the whole group in its errors; later versions name what was left of it.
    const group = era === 'modern' ? shorthands : s.slice(1);
    const flag = flags.lookupShorthand(c);
    if (flag === undefined)
      return { ok: false, error: `unknown shorthand flag: ${goChar(c)} in -${group}` };

    let value: string;
    let next = shorthands.slice(1);
    const noOpt = noOptDefault(flag);
    if (shorthands.length > 2 && shorthands.charAt(1) === '=') {
      value = shorthands.slice(2);
      next = '';
    } else if (noOpt !== undefined) {
      value = noOpt;
    } else if (shorthands.length > 1) {
      value = shorthands.slice(1);
      next = '';
    } else if (rest.length > 0) {
      value = rest.shift() ?? '';
    } else {
      return { ok: false, error: `flag needs an argument: ${goChar(c)} in -${group}` };
    }
    const error = setFlag(flag, value, era === 'modern' ? modernFlagName(flag) : s, era, state);
    if (error !== undefined) return { ok: false, error };
    shorthands = next;
  }
  return { ok: true, rest };
}

/** How modern pflag names a flag in `invalid argument` errors. */
function modernFlagName(flag: FlagSpec): string {
  return flag.shorthand !== undefined ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
}

/** Go's %q of a byte: a character literal. */
function goChar(c: string): string {
  return c === "'" ? "'\\''" : c === '\\' ? "'\\\\'" : `'${c}'`;
}

function setFlag(
  flag: FlagSpec,
  raw: string,
  flagName: string,
  era: CliEra,
  state: ParsedFlags,
): string | undefined {
  const converted = convert(
    flag,
    raw,
    state.set.has(flag.name) ? state.values[flag.name] : undefined,
  );
  if (!converted.ok) {
    return era === 'modern'
      ? `invalid argument ${goQuote(raw)} for ${goQuote(flagName)} flag: ${converted.error}`
      : `invalid argument ${goQuote(raw)} for ${flagName}: ${converted.error}`;
  }
  state.values[flag.name] = converted.value;
  state.set.add(flag.name);
  if (flag.deprecated !== undefined)
    state.warnings.push(`Flag --${flag.name} has been deprecated, ${flag.deprecated}`);
  return undefined;
}

/** A value as pflag's Value.Set stores it; list flags replace their default, then append. */
function convert(flag: FlagSpec, raw: string, previous: FlagValue | undefined): GoParse<FlagValue> {
  const earlier = Array.isArray(previous) ? previous : [];
  switch (flag.type) {
    case 'bool':
      return parseGoBool(raw);
    case 'int':
      return parseGoInt(raw, flag.bits ?? 64);
    case 'duration':
      return parseGoDuration(raw);
    case 'string':
      return { ok: true, value: raw };
    case 'stringArray':
      return { ok: true, value: [...earlier, raw] };
    case 'stringSlice': {
      const record = readCSVRecord(raw);
      return record.ok ? { ok: true, value: [...earlier, ...record.value] } : record;
    }
  }
}
