/**
 * Short constructors for flag specs, named after the pflag calls kubectl makes
 * (`Bool`, `String`, `Int`, `Duration`, `StringArray`, `StringSlice`), so a command's flag
 * list reads like its Go source: name, default, usage.
 */
import type { FlagSpec } from '../types';

type Extra = Omit<FlagSpec, 'name' | 'type' | 'default' | 'usage'>;

export const bool = (name: string, def: boolean, usage: string, extra: Extra = {}): FlagSpec => ({
  name,
  type: 'bool',
  default: def,
  usage,
  ...extra,
});

export const str = (name: string, def: string, usage: string, extra: Extra = {}): FlagSpec => ({
  name,
  type: 'string',
  default: def,
  usage,
  ...extra,
});

export const int = (name: string, def: number, usage: string, extra: Extra = {}): FlagSpec => ({
  name,
  type: 'int',
  default: def,
  usage,
  ...extra,
});

/** `def` as Go prints a time.Duration: `0s`, `30s`, `1m0s`. */
export const duration = (
  name: string,
  def: string,
  usage: string,
  extra: Extra = {},
): FlagSpec => ({
  name,
  type: 'duration',
  default: def,
  usage,
  ...extra,
});

/** Every occurrence adds one value, commas and all (`--env=A=1,2`). */
export const strArray = (name: string, usage: string, extra: Extra = {}): FlagSpec => ({
  name,
  type: 'stringArray',
  usage,
  ...extra,
});

/** Every occurrence adds a comma-separated list (`-f a.yaml,b.yaml`). */
export const strSlice = (name: string, usage: string, extra: Extra = {}): FlagSpec => ({
  name,
  type: 'stringSlice',
  usage,
  ...extra,
});

/** The same flag with another usage line or default, as kubectl varies them per command. */
export const withUsage = (flag: FlagSpec, usage: string): FlagSpec => ({ ...flag, usage });
export const withDefault = (flag: FlagSpec, def: string | number | boolean): FlagSpec => ({
  ...flag,
  default: def,
});
