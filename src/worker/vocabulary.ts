/**
 * kubectl's words for the console's tab completion, taken from the engine's own command specs
 * and resource table, so the page completes exactly what the engine runs (and nothing it does
 * not) without importing the engine. Built once per cluster, for its era.
 */
import type { Era } from '../engine/contract';
import { RESOURCES } from '../engine/api/resources';
import type { CommandSpec, FlagSpec } from '../engine/kubectl/cli';
import { rootCommands } from '../engine/kubectl/cli/specs';
import { GLOBAL_FLAGS, GLOBAL_FLAGS_2015 } from '../engine/kubectl/cli/specs/globalFlags';
import type { Vocabulary, VocabularyCommand, VocabularyFlag } from './protocol';

/**
 * What each command's positional arguments name. The specs' use lines say it for people
 * (`logs POD [CONTAINER]`); this table says it for the completer, by command path.
 */
const ARGS: Record<string, VocabularyCommand['args']> = {
  get: 'objects',
  describe: 'objects',
  delete: 'objects',
  edit: 'objects',
  label: 'objects',
  annotate: 'objects',
  scale: 'objects',
  resize: 'objects',
  stop: 'objects',
  expose: 'objects',
  autoscale: 'objects',
  taint: 'objects',
  'rollout history': 'objects',
  'rollout pause': 'objects',
  'rollout restart': 'objects',
  'rollout resume': 'objects',
  'rollout status': 'objects',
  'rollout undo': 'objects',
  'set image': 'objects',
  explain: 'types',
  'api-resources': 'none',
  logs: 'PodContainer',
  log: 'PodContainer',
  exec: 'Pod',
  attach: 'Pod',
  'top pod': 'Pod',
  'top node': 'Node',
  cordon: 'Node',
  uncordon: 'Node',
  drain: 'Node',
  'rolling-update': 'ReplicationController',
};

/** Flags whose values the page can offer, by long name. */
const FLAG_VALUES: Record<string, VocabularyFlag['values']> = {
  filename: 'files',
  namespace: 'Namespace',
  // 2015's `kubectl exec -p POD`
  pod: 'Pod',
  container: 'Container',
};

/** The values a flag's usage line lists: `One of: (json, yaml, …)` or 2015's `json|yaml|…`. */
function choicesIn(usage: string): string[] | undefined {
  const listed = /One of: \(([^)]*)\)/.exec(usage)?.[1]?.split(', ');
  return listed ?? /One of: ([\w-]+(?:\|[\w-]+)+)/.exec(usage)?.[1]?.split('|');
}

export function vocabularyFor(era: Era): Vocabulary {
  return {
    commands: rootCommands(era)
      .filter((c) => c.eras.includes(era))
      .map((c) => command(c, [], era)),
    globalFlags: flags(era === 'modern' ? GLOBAL_FLAGS : GLOBAL_FLAGS_2015),
    resources: RESOURCES.map((r) => {
      // 2015's kubectl also took `minions` for nodes
      const legacy = era === '2015' ? (r.legacyNames ?? []) : [];
      const aliases = [r.singular, ...r.shortNames, r.kind.toLowerCase()];
      return {
        kind: r.kind,
        resource: r.resource,
        aliases: [...new Set([...legacy, ...aliases])].filter((a) => a !== r.resource),
      };
    }),
  };
}

function command(spec: CommandSpec, parent: readonly string[], era: Era): VocabularyCommand {
  const path = [...parent, spec.name];
  return {
    name: spec.name,
    aliases: spec.aliases ? [...spec.aliases] : [],
    flags: flags(spec.flags),
    subcommands: (spec.subcommands ?? [])
      .filter((c) => c.eras.includes(era))
      .map((c) => command(c, path, era)),
    args: ARGS[path.join(' ')] ?? 'none',
  };
}

function flags(specs: readonly FlagSpec[]): VocabularyFlag[] {
  return specs
    .filter((f) => !f.hidden && f.deprecated === undefined)
    .map((f) => {
      const values = FLAG_VALUES[f.name];
      const choices = f.type === 'bool' ? undefined : choicesIn(f.usage);
      return {
        name: f.name,
        ...(f.shorthand !== undefined ? { shorthand: f.shorthand } : {}),
        // a bool, or a flag with a bare value (`--dry-run`), never takes the next word
        takesValue: f.type !== 'bool' && f.noOptDefault === undefined,
        ...(values !== undefined ? { values } : {}),
        ...(choices !== undefined ? { choices } : {}),
      };
    });
}
