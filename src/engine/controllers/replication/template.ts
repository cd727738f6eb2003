/**
 * A new pod from the controller's template (`controller.GetPodFromTemplate`): the template's
 * labels, annotations and spec, a generated name, and — in modern clusters — the
 * controller reference that makes the pod the controller's own.
 */
import { nameIsDNSSubdomain } from '../../api/validation/names';
import type { Era } from '../../contract';
import type { Pod } from '../../types';
import { clone } from '../../util/freeze';
import { ownerRefOf, type ReplicaController } from './controller';

/**
 * `getPodsPrefix`: `<name>-`, so the API server's five random characters read as a suffix;
 * the bare name if the dash would make the prefix invalid.
 *
 * v1beta1 controllers could have names that are not DNS names (the seeds'
 * `redisSlaveController`), but a pod name must be a lower-case DNS-1123 subdomain, so the
 * prefix is lower-cased: `redisslavecontroller-x4k2q`. (Modern names are validated lower-case
 * already, so this changes nothing there.)
 */
export function podNamePrefix(controllerName: string): string {
  const base = controllerName.toLowerCase();
  const prefix = `${base}-`;
  return nameIsDNSSubdomain(prefix, true).length === 0 ? prefix : base;
}

/**
 * The pod to create (without a name: the API server generates one from `generateName`). Each
 * call returns fresh copies, so the caller may change the result.
 *
 * @example
 * const pod = podFromTemplate(replicaController(rc), 'modern');
 * // pod.metadata.generateName === 'web-', pod.metadata.ownerReferences[0].kind === 'ReplicationController'
 */
export function podFromTemplate(c: ReplicaController, era: Era): Pod {
  const obj = c.object;
  const template = obj.spec.template;
  const tmeta = template?.metadata;
  const metadata: Pod['metadata'] = { name: '', generateName: podNamePrefix(obj.metadata.name) };
  if (obj.metadata.namespace !== undefined) metadata.namespace = obj.metadata.namespace;
  if (tmeta?.labels) metadata.labels = { ...tmeta.labels };
  if (tmeta?.annotations) metadata.annotations = { ...tmeta.annotations };
  // 2015 pods carried no ownership: the selector alone tied them to their controller
  if (era === 'modern') metadata.ownerReferences = [ownerRefOf(obj)];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: template ? clone(template.spec) : { containers: [] },
  };
}
