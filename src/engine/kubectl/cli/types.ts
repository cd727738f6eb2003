/**
 * The shape of kubectl's command line as cobra and pflag see it: flags with Go types, commands
 * with use lines and help texts, and what a parsed command line hands to the command code.
 */

export type CliEra = 'modern' | '2015';

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Go's default; a duration is written as Go prints it (`5m0s`). Omitted: the type's zero. */
  default?: string | number | boolean;
  usage: string;
  /** Accepted but not listed in help (pflag hides deprecated flags too). */
  hidden?: boolean;
  /** pflag's deprecation message, printed as `Flag --<name> has been deprecated, <message>`. */
  deprecated?: string;
  /** cobra's MarkFlagRequired (enforced by modern kubectl only). */
  required?: boolean;
  /**
   * pflag's NoOptDefVal: the value a bare `--flag` takes. Such a flag never consumes the next
   * word, so `--dry-run client` leaves `client` as an argument, as in kubectl.
   */
  noOptDefault?: string;
  /** Width of a Go integer flag (`Int32Var`); decides `value out of range`. Default 64. */
  bits?: 32 | 64;
  /** pflag's `Value.Type()` when it is not the plain type name (`--vmodule` is `pattern=N,...`). */
  valueType?: string;
}

/**
 * A positional-argument rule kubectl enforces before doing any work, with its own words.
 * In the message `%v` becomes the arguments as Go prints a []string (`[a b]`), `%d` their count.
 */
export interface ArgsRule {
  min?: number;
  max?: number;
  /** Flags whose presence lifts the minimum (`kubectl cordon -l …` needs no node name). */
  unlessSet?: string[];
  message: string;
  /** Printed on stderr before `error: …` (kubectl get's hint about api-resources). */
  preamble?: string;
  /**
   * `usage`: cmdutil.UsageErrorf, which adds `See 'kubectl <cmd> -h' for help and examples`;
   * `plain`: just `error: <message>`.
   */
  kind: 'usage' | 'plain';
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  /**
   * What the help's usage line prints after the parent's path. Modern: kubectl's own
   * `[flags]` suffix already resolved (the renderer adds ` [options]`); 2015: cobra's raw
   * `Use` (the renderer adds ` [flags]`).
   */
  use: string;
  short: string;
  /** As kubectl prints it: paragraphs after the first start with a space (templates.LongDesc). */
  long?: string;
  /** As kubectl prints it: every line indented by two spaces (templates.Examples). */
  example?: string;
  flags: FlagSpec[];
  subcommands?: CommandSpec[];
  /** Which eras have the command: `run-container`, `resize`, `log` and `stop` are 2015; most are both. */
  eras: CliEra[];
  /** Minimum/maximum positional args where kubectl enforces them, and the error text. */
  args?: ArgsRule[];
  /**
   * A command that only groups subcommands (`rollout`, `config`, `top`): called bare it prints
   * its help to this stream and exits 1, called with an unknown word it is a usage error.
   * 2015 cobra printed the help to stdout and exited 0 instead.
   */
  dispatchHelpTo?: 'stdout' | 'stderr';
  /** cobra's SuggestFor: words that should suggest this command when mistyped. */
  suggestFor?: string[];
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedCommand {
  /** Canonical command path, e.g. ['get'], ['rollout', 'status'], ['run-container']; [] is kubectl itself. */
  path: string[];
  /** Positional arguments (before `--`). */
  args: string[];
  /** Everything after `--` (exec, run). */
  argsAfterDash: string[];
  /**
   * By long name, defaults filled in, e.g. flags.namespace, flags.output. Durations are in
   * milliseconds; ints are numbers; stringArray/stringSlice are string[].
   */
  flags: Record<string, FlagValue>;
  /** Long names the user actually gave. */
  set: Set<string>;
  /** -h / --help was given (or `kubectl help <cmd>`, or bare `kubectl`): print renderHelp(path). */
  help: boolean;
  /** pflag's deprecation notices, for stderr before anything else. */
  warnings: string[];
}

export type ParseResult =
  | { ok: true; command: ParsedCommand }
  | { ok: false; stdout?: string; stderr: string; exitCode: number };
