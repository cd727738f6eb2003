/**
 * Every command kubesim's kubectl knows, per era, in the order kubectl registers them (cobra
 * keeps that order for suggestions), and the real kubectl commands it knows but does not run.
 */
import type { CliEra, CommandSpec } from '../types';
import { expose, run } from './modern/basic';
import { clusterInfo, cordon, drain, taint, top, uncordon } from './modern/cluster';
import { create } from './modern/create';
import { describe, exec, logs } from './modern/debug';
import { autoscale, scale } from './modern/deploy';
import { explain, get } from './modern/get';
import { apply, deleteCmd, diff, edit, replace } from './modern/mutate';
import { apiResources, apiVersions, config, options, version } from './modern/other';
import { rollout } from './modern/rollout';
import { set } from './modern/set';
import { annotate, label } from './modern/settings';
import {
  create2015,
  delete2015,
  describe2015,
  exec2015,
  get2015,
  label2015,
  log2015,
  update2015,
} from './legacy/basic';
import {
  expose2015,
  resize2015,
  rollingUpdate2015,
  run2015,
  runContainer2015,
  stop2015,
} from './legacy/controllers';
import { apiVersions2015, clusterInfo2015, config2015, version2015 } from './legacy/other';

const MODERN: readonly CommandSpec[] = [
  create,
  expose,
  run,
  set,
  explain,
  get,
  edit,
  deleteCmd,
  rollout,
  scale,
  autoscale,
  clusterInfo,
  top,
  cordon,
  uncordon,
  drain,
  taint,
  describe,
  logs,
  exec,
  diff,
  apply,
  replace,
  label,
  annotate,
  config,
  version,
  apiVersions,
  apiResources,
  options,
];

const LEGACY: readonly CommandSpec[] = [
  get2015,
  describe2015,
  create2015,
  update2015,
  delete2015,
  log2015,
  rollingUpdate2015,
  resize2015,
  exec2015,
  runContainer2015,
  stop2015,
  expose2015,
  label2015,
  config2015,
  clusterInfo2015,
  apiVersions2015,
  version2015,
  // Late-2015 kubectl (v1.0 in July, v1.1 in November) added these; the 2015 era keeps the
  // seeds' spring-2015 verbs and accepts the later ones too, so `cluster.apply` and the
  // modern habits of a student work in both eras.
  run2015,
  ...[scale, apply, annotate, cordon, uncordon, explain, apiResources].map((spec): CommandSpec => ({
    ...spec,
    eras: ['modern', '2015'],
  })),
];

export const ALL_COMMANDS: readonly CommandSpec[] = [...MODERN, ...LEGACY];

export function rootCommands(era: CliEra): readonly CommandSpec[] {
  return era === 'modern' ? MODERN : LEGACY;
}

/** Modern kubectl's root help groups (cmd.go), by command name. */
export const MODERN_GROUPS: readonly { message: string; names: readonly string[] }[] = [
  { message: 'Basic Commands (Beginner):', names: ['create', 'expose', 'run', 'set'] },
  { message: 'Basic Commands (Intermediate):', names: ['explain', 'get', 'edit', 'delete'] },
  { message: 'Deploy Commands:', names: ['rollout', 'scale', 'autoscale'] },
  {
    message: 'Cluster Management Commands:',
    names: ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'],
  },
  {
    message: 'Troubleshooting and Debugging Commands:',
    names: [
      'describe',
      'logs',
      'attach',
      'exec',
      'port-forward',
      'proxy',
      'cp',
      'auth',
      'debug',
      'events',
    ],
  },
  {
    message: 'Advanced Commands:',
    names: ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'],
  },
  { message: 'Settings Commands:', names: ['label', 'annotate', 'completion'] },
  // kubectl always prints this group; with no plugins installed it is a bare heading.
  { message: 'Subcommands provided by plugins:', names: [] },
];

/** Every command of kubectl v1.31's root, in registration order (what cobra suggests from). */
const MODERN_REAL_ROOT = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'config',
  'plugin',
  'version',
  'api-versions',
  'api-resources',
  'options',
];

/** kubectl v0.15's root commands, in registration order. */
const LEGACY_REAL_ROOT = [
  'get',
  'describe',
  'create',
  'update',
  'delete',
  'namespace',
  'log',
  'rolling-update',
  'resize',
  'exec',
  'port-forward',
  'proxy',
  'run-container',
  'stop',
  'expose',
  'label',
  'config',
  'cluster-info',
  'api-versions',
  'version',
];

export function realRootCommands(era: CliEra): readonly string[] {
  return era === 'modern' ? MODERN_REAL_ROOT : LEGACY_REAL_ROOT;
}

/** Real subcommands (names and aliases) kubesim does not simulate, by parent command path. */
const UNSIMULATED_SUBCOMMANDS: Record<CliEra, Record<string, readonly string[]>> = {
  modern: {
    config: [
      'delete-cluster',
      'delete-context',
      'delete-user',
      'get-clusters',
      'get-users',
      'rename-context',
      'set',
      'set-cluster',
      'set-context',
      'set-credentials',
      'unset',
      'use-context',
      'use',
    ],
    create: [
      'clusterrole',
      'clusterrolebinding',
      'configmap',
      'cm',
      'cronjob',
      'cj',
      'ingress',
      'ing',
      'job',
      'poddisruptionbudget',
      'pdb',
      'priorityclass',
      'pc',
      'quota',
      'resourcequota',
      'role',
      'rolebinding',
      'secret',
      'serviceaccount',
      'sa',
      'token',
    ],
    'create service': ['externalname', 'loadbalancer'],
    set: ['env', 'resources', 'selector', 'serviceaccount', 'subject'],
    'cluster-info': ['dump'],
    apply: ['edit-last-applied', 'set-last-applied', 'view-last-applied'],
  },
  '2015': {
    config: ['set-cluster', 'set-credentials', 'set-context', 'set', 'unset', 'use-context'],
  },
};

/** cobra SuggestFor words of real commands kubesim does not run (`kubectl wait`). */
const UNSIMULATED_SUGGEST_FOR: Record<string, readonly string[]> = { wait: ['list', 'ps'] };

/** The words that make cobra suggest a root command besides its spelling. */
export function suggestFor(era: CliEra, name: string): readonly string[] {
  const spec = rootCommands(era).find((c) => c.name === name);
  return spec?.suggestFor ?? (era === 'modern' ? (UNSIMULATED_SUGGEST_FOR[name] ?? []) : []);
}

export function unsimulatedSubcommands(era: CliEra, path: readonly string[]): readonly string[] {
  return UNSIMULATED_SUBCOMMANDS[era][path.join(' ')] ?? [];
}

export function isUnsimulated(era: CliEra, path: readonly string[], word: string): boolean {
  if (path.length === 0) return realRootCommands(era).includes(word);
  return UNSIMULATED_SUBCOMMANDS[era][path.join(' ')]?.includes(word) ?? false;
}
