/**
 * Tab completion for the kubectl console, as kubectl's own bash completion behaves: commands,
 * subcommands, flags, resource types and object names. The words come from the engine's command
 * specs (the `vocabulary` the host sends with `ready`), the names from the page's mirror; this
 * file only decides, so it is a pure function with tests.
 */
import type {
  Vocabulary,
  VocabularyCommand,
  VocabularyFlag,
  VocabularyResource,
} from '../worker/protocol';

export const NO_VOCABULARY: Vocabulary = { commands: [], globalFlags: [], resources: [] };

/** Where the completer finds names: the mirror's ids and the files `-f` can read. */
export interface CompletionNames {
  /** Ids of the objects of `kind` (`namespace/name`; Nodes and Namespaces by name). */
  ids(kind: string): readonly string[];
  /** The documents `-f` can name (the editor's). */
  files: readonly string[];
  /** The containers of a pod, by its id (`namespace/name`). */
  containers?(podId: string): readonly string[];
}

export interface Completion {
  /** Every word that fits at the cursor, sorted (shown to the student when more than one). */
  candidates: readonly string[];
  /** The line after completing: the one candidate and a space, or the candidates' common prefix. */
  line: string;
  cursor: number;
}

/** Split a command line into words as a POSIX shell would (quotes and backslashes). */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Where the word under the cursor starts: after the last whitespace outside quotes. */
function wordStart(head: string): number {
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < head.length; i++) {
    const c = head[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (/\s/.test(c)) start = i + 1;
  }
  return start;
}

export function complete(
  line: string,
  cursor: number,
  vocabulary: Vocabulary,
  names: CompletionNames,
): Completion {
  const head = line.slice(0, cursor);
  const start = wordStart(head);
  const word = head.slice(start);
  const candidates = [
    ...new Set(candidatesFor(splitWords(head.slice(0, start)), word, vocabulary, names)),
  ].sort();
  const unchanged = { candidates, line, cursor };
  if (candidates.length === 0) return unchanged;
  let insert: string;
  if (candidates.length === 1) {
    const only = candidates[0] as string;
    // a flag's value or a name after `type/` follows without a space
    insert = /[=/]$/.test(only) ? only : `${only} `;
  } else {
    insert = commonPrefix(candidates);
    if (insert.length <= word.length) return unchanged;
  }
  return {
    candidates,
    line: line.slice(0, start) + insert + line.slice(cursor),
    cursor: start + insert.length,
  };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** What the words before the cursor say: the command, its arguments so far, the namespace. */
interface LineSoFar {
  command: VocabularyCommand | undefined;
  /** A word that names no command: nothing more to offer. */
  unknown: boolean;
  positionals: string[];
  /** A flag still waiting for its value (`-n <Tab>`). */
  awaiting: VocabularyFlag | undefined;
  namespace: string;
  allNamespaces: boolean;
  /** The pod the line names (`logs web`, 2015's `exec -p web`), for its containers. */
  pod: string | undefined;
  /** Past `--`: the words belong to the container's command. */
  afterDash: boolean;
}

function readLine(words: readonly string[], vocabulary: Vocabulary): LineSoFar {
  const so: LineSoFar = {
    command: undefined,
    unknown: false,
    positionals: [],
    awaiting: undefined,
    namespace: 'default',
    allNamespaces: false,
    pod: undefined,
    afterDash: false,
  };
  const flagsNow = (): VocabularyFlag[] => [
    ...(so.command?.flags ?? []),
    ...vocabulary.globalFlags,
  ];
  const setValue = (flag: VocabularyFlag, value: string): void => {
    if (flag.name === 'namespace') so.namespace = value;
    if (flag.values === 'Pod') so.pod = value;
  };
  const list = words[0] === 'kubectl' ? words.slice(1) : words;
  for (const w of list) {
    if (so.awaiting) {
      setValue(so.awaiting, w);
      so.awaiting = undefined;
    } else if (w === '--') {
      so.afterDash = true;
      break;
    } else if (w.startsWith('--')) {
      const [name = '', value] = w.slice(2).split(/=(.*)/s);
      const flag = flagsNow().find((f) => f.name === name);
      if (name === 'all-namespaces') so.allNamespaces = value !== 'false';
      if (flag?.takesValue && value === undefined) so.awaiting = flag;
      else if (flag && value !== undefined) setValue(flag, value);
    } else if (w.startsWith('-') && w.length > 1) {
      // shorthands cluster (`-it`); one that takes a value takes the rest of the word or the next
      for (let i = 1; i < w.length; i++) {
        const flag = flagsNow().find((f) => f.shorthand === w[i]);
        if (w[i] === 'A') so.allNamespaces = true;
        if (!flag?.takesValue) continue;
        const rest = w.slice(i + 1).replace(/^=/, '');
        if (rest) setValue(flag, rest);
        else so.awaiting = flag;
        break;
      }
    } else if (!so.command) {
      so.command = findCommand(vocabulary.commands, w);
      if (!so.command) {
        so.unknown = true;
        break;
      }
    } else if (so.command.subcommands.length > 0 && so.positionals.length === 0) {
      const sub = findCommand(so.command.subcommands, w);
      if (sub) so.command = sub;
      else so.positionals.push(w);
    } else so.positionals.push(w);
  }
  const args = so.command?.args;
  if ((args === 'Pod' || args === 'PodContainer') && so.positionals[0] !== undefined)
    so.pod = so.positionals[0];
  return so;
}

function findCommand(
  commands: readonly VocabularyCommand[],
  word: string,
): VocabularyCommand | undefined {
  return commands.find((c) => c.name === word || c.aliases.includes(word));
}

function candidatesFor(
  before: readonly string[],
  word: string,
  vocabulary: Vocabulary,
  names: CompletionNames,
): string[] {
  const so = readLine(before, vocabulary);
  if (so.unknown || so.afterDash) return [];
  const starting = (options: readonly string[]): string[] =>
    options.filter((o) => o.startsWith(word));

  if (so.awaiting) return starting(flagValues(so.awaiting, so, names));
  if (word.startsWith('-')) {
    const flags = [...(so.command?.flags ?? []), ...vocabulary.globalFlags];
    const eq = word.indexOf('=');
    if (eq > 0) {
      const flag = flags.find((f) => `--${f.name}` === word.slice(0, eq));
      const prefix = word.slice(0, eq + 1);
      return flag ? starting(flagValues(flag, so, names).map((v) => prefix + v)) : [];
    }
    return starting(flags.map((f) => (f.takesValue ? `--${f.name}=` : `--${f.name}`)));
  }

  const command = so.command;
  if (!command) {
    const typedKubectl = before[0] === 'kubectl';
    const commands = vocabulary.commands.map((c) => c.name);
    if (!typedKubectl && before.length === 0 && word !== '') commands.push('kubectl');
    return starting(commands);
  }
  if (command.subcommands.length > 0 && so.positionals.length === 0)
    return starting(command.subcommands.map((c) => c.name));

  const { positionals } = so;
  switch (command.args) {
    case 'none':
      return [];
    case 'types':
      return positionals.length === 0 ? resourceTypes(vocabulary.resources, word) : [];
    case 'Pod':
      return positionals.length === 0 ? starting(objectNames('Pod', so, names)) : [];
    case 'PodContainer':
      if (positionals.length === 0) return starting(objectNames('Pod', so, names));
      return positionals.length === 1 ? starting(containersOf(so, names)) : [];
    case 'Node':
    case 'ReplicationController':
      return starting(objectNames(command.args, so, names));
    case 'objects': {
      const slash = word.indexOf('/');
      if (slash >= 0) {
        const type = findResource(vocabulary.resources, word.slice(0, slash));
        const prefix = word.slice(0, slash + 1);
        return type ? starting(objectNames(type.kind, so, names).map((n) => prefix + n)) : [];
      }
      const [first] = positionals;
      if (first === undefined) {
        // `get pods,svc`: complete the last type of a comma list
        const comma = word.lastIndexOf(',') + 1;
        const types = resourceTypes(vocabulary.resources, word.slice(comma));
        return types.map((t) => word.slice(0, comma) + t);
      }
      // `get pod/web pod/<Tab>` goes on with type/name words; names need a single type
      if (first.includes('/') || first.includes(',')) return [];
      const type = findResource(vocabulary.resources, first);
      return type ? starting(objectNames(type.kind, so, names)) : [];
    }
  }
}

/**
 * Resource types as kubectl completes them: the plural names (`po` → `pods`); a short name
 * that no plural starts with (`svc`, `rc`) is completed as itself.
 */
function resourceTypes(resources: readonly VocabularyResource[], word: string): string[] {
  const lower = word.toLowerCase();
  const plurals = resources.map((r) => r.resource).filter((r) => r.startsWith(lower));
  if (plurals.length > 0) return plurals;
  // one name per resource, the first that fits: 2015's `minions` before `minion`
  return resources.flatMap((r) => r.aliases.find((a) => a.startsWith(lower)) ?? []);
}

/** The resource a typed type names, case-insensitively and with or without its group. */
function findResource(
  resources: readonly VocabularyResource[],
  typed: string,
): VocabularyResource | undefined {
  const base = typed.toLowerCase().split('.')[0] ?? '';
  return resources.find((r) => r.resource === base || r.aliases.includes(base));
}

function flagValues(flag: VocabularyFlag, so: LineSoFar, names: CompletionNames): string[] {
  if (flag.choices) return flag.choices;
  switch (flag.values) {
    case 'Container':
      return containersOf(so, names);
    case 'files':
      return [...names.files, '-'];
    case 'Pod':
    case 'Node':
    case 'Namespace':
      return objectNames(flag.values, so, names);
    default:
      return [];
  }
}

function containersOf(so: LineSoFar, names: CompletionNames): string[] {
  if (so.pod === undefined || !names.containers) return [];
  return [...names.containers(`${so.namespace}/${so.pod.replace(/^pods?\//, '')}`)];
}

/** Names of `kind` in the line's namespace (every namespace with `-A`). */
function objectNames(kind: string, so: LineSoFar, names: CompletionNames): string[] {
  return names.ids(kind).flatMap((id) => {
    const slash = id.indexOf('/');
    if (slash < 0) return [id];
    if (!so.allNamespaces && id.slice(0, slash) !== so.namespace) return [];
    return [id.slice(slash + 1)];
  });
}
