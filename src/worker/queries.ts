/**
 * The questions the page may ask without changing the cluster (the inspector's): read-only
 * kubectl verbs, the scheduler's trace, a container's files, and the editor's dry runs, diffs and
 * schema. They are not journaled, so they
 * must never change anything a rebuilt cluster would have to reproduce.
 */
import type { Cluster, ManifestCheckOptions } from '../engine/contract';
import { manifestJsonSchema } from '../engine/api/schema/jsonSchema';
import type { Query } from './protocol';

export function answerQuery(cluster: Cluster, query: Query): unknown {
  switch (query.type) {
    case 'kubectl': {
      const verb = wordsOf(query.line)[0] ?? '';
      if (!READ_ONLY_VERBS.has(verb) && !isExecEnv(query.line))
        throw new Error(`"${verb}" is not a read-only command`);
      return cluster.kubectl(query.line);
    }
    case 'trace':
      return cluster.schedulingTrace(query.namespace, query.name) ?? null;
    case 'files':
      return cluster.containerFiles(query.namespace, query.pod, query.container);
    case 'validate':
      return cluster.validateManifest(query.text, checkOptions(query));
    case 'diff':
      return cluster.diffManifest(query.text, checkOptions(query));
    case 'schema':
      return manifestJsonSchema();
  }
}

function checkOptions(query: { source?: string; namespace?: string }): ManifestCheckOptions {
  return {
    ...(query.source !== undefined && { source: query.source }),
    ...(query.namespace !== undefined && { namespace: query.namespace }),
  };
}

/** Commands a query may run: they read the cluster and change nothing. */
const READ_ONLY_VERBS = new Set([
  'get',
  'describe',
  'logs',
  'log',
  'top',
  'explain',
  'version',
  'cluster-info',
  'api-resources',
  'api-versions',
]);

/**
 * The one `exec` a query may run: `exec POD [-c C] [-n NS] -- env` (2015: `exec -p POD …`), for
 * the inspector's env tab. `env` only prints the environment the kubelet gave the container; any
 * other command could write files or use the cluster's random numbers, and a query is not
 * journaled, so a rebuilt cluster would differ.
 */
export function isExecEnv(line: string): boolean {
  const words = wordsOf(line);
  const dash = words.indexOf('--');
  if (words[0] !== 'exec' || dash < 0) return false;
  if (words.slice(dash + 1).join(' ') !== 'env') return false;
  let pods = 0;
  const flags = words.slice(1, dash);
  for (let i = 0; i < flags.length; i++) {
    const word = flags[i] ?? '';
    const flag = /^(-c|--container|-n|--namespace|-p|--pod)(=.+)?$/.exec(word);
    if (flag) {
      // a flag's value is the next word unless it came with `=`
      if (!flag[2] && ++i >= flags.length) return false;
      if (flag[1] === '-p' || flag[1] === '--pod') pods++;
    } else if (word.startsWith('-')) return false;
    else pods++;
  }
  return pods === 1;
}

/** A command line's words, without the leading `kubectl`. */
function wordsOf(line: string): string[] {
  return line
    .replace(/^\s*kubectl\s+/, '')
    .trim()
    .split(/\s+/);
}
