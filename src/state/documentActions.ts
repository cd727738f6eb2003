/**
 * The editor's actions as kubectl lines, and what their output says was applied. The buttons
 * run real console lines (`kubectl apply -f pod.yaml`), so the student sees the command and
 * kubectl's answer where every command's answer shows, and could have typed it.
 */
import type { Era } from '../engine/contract';
import type { AppliedRef, EditorDocument, LiveRef } from './documents';
import type { ClusterState } from './store';

export type DocumentAction = 'apply' | 'create' | 'replace' | 'delete' | 'diff';

export interface ActionContext {
  era: Era;
  /**
   * The root commands this cluster's kubectl runs (the vocabulary's names and aliases); absent
   * while the cluster is starting, when every action is assumed to run.
   */
  commands?: ReadonlySet<string>;
}

const contexts = new WeakMap<object, Partial<Record<Era, ActionContext>>>();

/**
 * The action context of a store state: its cluster's era (or `fallbackEra` until the cluster
 * says) and its kubectl's commands. The same object while neither changes, so components may
 * select it: `useCluster(selectActionContext)`.
 */
export function selectActionContext(
  s: Pick<ClusterState, 'cluster' | 'vocabulary'>,
  fallbackEra: Era = 'modern',
): ActionContext {
  const era = s.cluster?.era ?? fallbackEra;
  const byEra = contexts.get(s.vocabulary) ?? {};
  const hit = byEra[era];
  if (hit) return hit;
  const known = s.vocabulary.commands;
  const context: ActionContext =
    known.length === 0
      ? { era }
      : { era, commands: new Set(known.flatMap((c) => [c.name, ...c.aliases])) };
  contexts.set(s.vocabulary, { ...byEra, [era]: context });
  return context;
}

/** kubectl v0.15 (the 2015 era) called replace `update`. */
const replaceVerb = (era: Era): string => (era === '2015' ? 'update' : 'replace');

/**
 * The console line for `action` on `doc`. Applying a document opened from the cluster (kubectl
 * edit) replaces the object, as `kubectl edit` does: the text carries the resourceVersion it was
 * read at, so if the object changed meanwhile the API server refuses with its own Conflict
 * message. Where kubesim's kubectl has no replace, it applies instead: apply sends that
 * resourceVersion too, and gets the same Conflict.
 */
export function documentLine(
  action: DocumentAction,
  doc: Pick<EditorDocument, 'name' | 'live'>,
  context: ActionContext = { era: 'modern' },
): string {
  const runs = (verb: string): boolean => context.commands?.has(verb) ?? true;
  const file = `-f ${doc.name}`;
  switch (action) {
    case 'apply': {
      const replace = replaceVerb(context.era);
      return doc.live && runs(replace) ? `kubectl ${replace} ${file}` : `kubectl apply ${file}`;
    }
    case 'replace':
      return `kubectl ${replaceVerb(context.era)} ${file}`;
    default:
      return `kubectl ${action} ${file}`;
  }
}

/** Whether this cluster's kubectl runs `action` (2015 kubectl had no `diff`). */
export function actionAvailable(action: DocumentAction, context: ActionContext): boolean {
  const verb = action === 'replace' ? replaceVerb(context.era) : action;
  return context.commands?.has(verb) ?? !(action === 'diff' && context.era === '2015');
}

/** Whether the action's output names objects that now exist as the document says. */
export const marksApplied = (action: DocumentAction): boolean =>
  action === 'apply' || action === 'create' || action === 'replace';

/** Kinds by the resource words kubectl prints (`pod`, `pods`, `deployment.apps`, `minions`). */
const KIND_OF: Record<string, string> = {};
for (const [kind, singular, plural] of [
  ['Pod', 'pod', 'pods'],
  ['ReplicationController', 'replicationcontroller', 'replicationcontrollers'],
  ['Service', 'service', 'services'],
  ['Endpoints', 'endpoints', 'endpoints'],
  ['Node', 'node', 'nodes'],
  ['Node', 'minion', 'minions'],
  ['Namespace', 'namespace', 'namespaces'],
  ['PersistentVolume', 'persistentvolume', 'persistentvolumes'],
  ['PersistentVolumeClaim', 'persistentvolumeclaim', 'persistentvolumeclaims'],
  ['ReplicaSet', 'replicaset', 'replicasets'],
  ['Deployment', 'deployment', 'deployments'],
] as const) {
  KIND_OF[singular] = kind;
  KIND_OF[plural] = kind;
}

const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'PersistentVolume']);

/**
 * kubectl's success lines, in every era's format: `pod/web created`, `deployment.apps/web
 * configured`, 2015's `pods/web created` and bare `replicationcontrollers/redis-slave` (what
 * v0.15's create printed), and `replicationcontroller "redis-slave" replaced`.
 */
const SLASHED = /^([a-z]+)(?:\.[a-z0-9.-]+)?\/(\S+)(?: (created|configured|unchanged|replaced))?$/;
const QUOTED = /^([a-z]+)(?:\.[a-z0-9.-]+)? "([^"]+)" (created|configured|unchanged|replaced)$/;

/**
 * The objects an apply, create or replace's output names, as store refs. kubectl's lines give
 * no namespace: it comes from the document's objects (`values`, as `documentValues` parses the
 * text: `metadata.namespace`, v1beta1's top-level `namespace`), else `defaultNamespace`.
 */
export function appliedRefs(
  stdout: string,
  values: readonly unknown[],
  defaultNamespace = 'default',
): AppliedRef[] {
  const namespaces = documentNamespaces(values);
  const refs: AppliedRef[] = [];
  const seen = new Set<string>();
  for (const line of stdout.split('\n')) {
    const match = SLASHED.exec(line.trim()) ?? QUOTED.exec(line.trim());
    if (!match) continue;
    const kind = KIND_OF[match[1] as string];
    const name = match[2] as string;
    if (!kind) continue;
    const namespace = namespaces.get(`${kind}/${name}`) ?? defaultNamespace;
    const id = CLUSTER_SCOPED.has(kind) ? name : `${namespace}/${name}`;
    if (seen.has(`${kind}/${id}`)) continue;
    seen.add(`${kind}/${id}`);
    refs.push({ kind, id });
  }
  return refs;
}

/** `Kind/name` → namespace for every object the document names (List items included). */
function documentNamespaces(values: readonly unknown[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    if (Array.isArray(o['items'])) for (const item of o['items']) visit(item);
    const meta = (typeof o['metadata'] === 'object' ? o['metadata'] : {}) as Record<
      string,
      unknown
    >;
    const kind = o['kind'] === 'Minion' ? 'Node' : o['kind'];
    const name = meta['name'] ?? o['id'];
    const namespace = meta['namespace'] ?? o['namespace'];
    if (typeof kind === 'string' && typeof name === 'string' && typeof namespace === 'string')
      found.set(`${kind}/${name}`, namespace);
  };
  for (const value of values) visit(value);
  return found;
}

/** The file a live object opens as: `pod-web.yaml`, `deployment-web.yaml`. */
export const liveDocumentName = (ref: LiveRef): string =>
  `${ref.kind.toLowerCase()}-${ref.name}.yaml`;

/** The read-only query that fetches a live object as `kubectl edit` would show it. */
export function liveGetLine(ref: LiveRef): string {
  const scoped = CLUSTER_SCOPED.has(ref.kind) || ref.namespace === undefined;
  return `kubectl get ${ref.kind.toLowerCase()} ${ref.name}${scoped ? '' : ` -n ${ref.namespace}`} -o yaml`;
}

/**
 * The text of a live object's document: what the API server holds, headed by a note in the
 * manner of `kubectl edit`'s (its own header speaks of an editor that reopens; this one does not).
 */
export function liveDocumentText(ref: LiveRef, yaml: string, line: string): string {
  return (
    `# ${ref.kind} ${ref.name} as the cluster holds it now (${line}).\n` +
    `# Edit it and apply it back. If it changes meanwhile, the API server refuses with a\n` +
    `# Conflict: open it again from the cluster to start from the latest version.\n` +
    yaml
  );
}
