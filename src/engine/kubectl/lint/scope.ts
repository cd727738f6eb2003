/**
 * What the documents would meet if applied: the live objects, minus those the file replaces
 * (same kind, namespace and name), plus the file's own. Selectors are tested against pods and
 * against pod templates (the pods a controller would make), in one namespace at a time.
 */
import type { AnyObject, Container } from '../../types';
import type { LintDocument } from './document';
import { isController, templateLabels, type Controller } from './selectors';

export interface ObjectKey {
  kind: string;
  namespace: string;
  name: string;
}

/** Pods, or the pods a controller's template would make: what a selector is tested against. */
export interface PodSet {
  namespace: string;
  labels: Readonly<Record<string, string>>;
  /** Undefined when a template has no pod spec (the dry run complains about that). */
  containers: readonly Container[] | undefined;
  inFile: boolean;
  /** The Pod, or the controller whose template this is. */
  owner: ObjectKey;
  template: boolean;
}

export interface ControllerInScope {
  key: ObjectKey;
  object: Controller;
  inFile: boolean;
}

export interface Scope {
  podSets: PodSet[];
  controllers: ControllerInScope[];
  /** The namespace an object of the file lands in (its own, else the request's). */
  namespaceOf(doc: LintDocument): string;
}

const keyOf = (o: AnyObject, namespace: string): ObjectKey => ({
  kind: o.kind,
  namespace,
  name: o.metadata?.name ?? '',
});

export const sameKey = (a: ObjectKey, b: ObjectKey): boolean =>
  a.kind === b.kind && a.namespace === b.namespace && a.name === b.name;

/**
 * A Deployment's ReplicaSets carry its selector plus `pod-template-hash`: comparing them with
 * their own Deployment would be a false overlap, and with other controllers their Deployment
 * already speaks for them.
 */
const ownedByController = (o: AnyObject): boolean =>
  o.kind === 'ReplicaSet' && (o.metadata?.ownerReferences ?? []).some((r) => r.controller);

export function buildScope(
  docs: readonly LintDocument[],
  live: readonly AnyObject[],
  requestNamespace: string,
): Scope {
  const namespaceOf = (doc: LintDocument): string =>
    doc.object.metadata?.namespace || requestNamespace;
  // a set, not a list: this runs on every pause in typing, against every live object
  const idOf = (k: ObjectKey): string => `${k.kind}/${k.namespace}/${k.name}`;
  const fileKeys = new Set(docs.map((d) => idOf(keyOf(d.object, namespaceOf(d)))));
  const podSets: PodSet[] = [];
  const controllers: ControllerInScope[] = [];

  const add = (o: AnyObject, namespace: string, inFile: boolean): void => {
    const key = keyOf(o, namespace);
    if (o.kind === 'Pod') {
      if (!inFile && o.metadata.deletionTimestamp) return; // on its way out
      podSets.push({
        namespace,
        labels: o.metadata?.labels ?? {},
        containers: o.spec?.containers,
        inFile,
        owner: key,
        template: false,
      });
    } else if (isController(o) && !ownedByController(o)) {
      controllers.push({ key, object: o, inFile });
      if (o.spec?.template)
        podSets.push({
          namespace,
          labels: templateLabels(o) ?? {},
          containers: o.spec.template.spec?.containers,
          inFile,
          owner: key,
          template: true,
        });
    }
  };

  docs.forEach((d) => add(d.object, namespaceOf(d), true));
  for (const o of live) {
    const namespace = o.metadata?.namespace ?? 'default';
    if (!fileKeys.has(idOf(keyOf(o, namespace)))) add(o, namespace, false);
  }
  return { podSets, controllers, namespaceOf };
}

/** `Pod web (in this file)`, `the pods of ReplicationController redis-slave`. */
export function describePods(set: PodSet): string {
  const name = `${set.owner.kind} ${set.owner.name}`;
  const where = set.inFile ? ' (in this file)' : '';
  return set.template ? `the pods of ${name}${where}` : `${name}${where}`;
}

/** `ReplicationController redis-slave (in this file)` / `(in the cluster)`. */
export const describeController = (c: ControllerInScope): string =>
  `${c.key.kind} ${c.key.name} (${c.inFile ? 'in this file' : 'in the cluster'})`;

/** "a, b and c", at most `max` named then "and n more". */
export function listOf(items: readonly string[], max = 3): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
