/**
 * `kubectl describe`: each object with what kubectl shows next to it — its events, a
 * controller's pods, a service's endpoints, a node's pods. A name that matches nothing exactly
 * describes every object whose name starts with it, as kubectl does.
 */
import { isStatusError } from '../../api/status';
import { selectorFromLabelSelector, selectorFromSet } from '../../labels/selector';
import type { AnyObject, Event, Pod } from '../../types';
import { buildRequests } from '../builder';
import {
  allNamespaces,
  flagString,
  requestNamespace,
  type Invocation,
  type KubectlContext,
} from '../context';
import { formatStatusError } from '../errors';
import {
  describe as describeObject,
  formatLabels,
  NoDescriberError,
  printYaml,
  type DescribeData,
} from '../printers';
import { labelSelector } from '../selectors';

export function describe(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  if (cmd.args.length === 0) {
    out.error(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
    return out.fail(
      "error: Required resource not specified.\nSee 'kubectl describe -h' for help and examples",
    );
  }
  const built = buildRequests(cmd.args, ctx.era);
  if (!built.ok) return out.fail(built.error);
  const selector = labelSelector(flagString(inv, 'selector'), ctx.era === 'modern');
  if (!selector.ok) return out.fail(selector.error);
  const everywhere = allNamespaces(inv);
  const namespace = requestNamespace(inv);
  const found: AnyObject[] = [];
  for (const req of built.requests) {
    const ns = req.info.namespaced && !everywhere ? namespace : undefined;
    if (req.names.length === 0) {
      found.push(
        ...ctx.api.list(req.info.kind, {
          ...(ns ? { namespace: ns } : {}),
          ...(selector.value ? { labelSelector: selector.value } : {}),
        }),
      );
      continue;
    }
    for (const name of req.names) {
      try {
        found.push(ctx.api.get(req.info.kind, req.info.namespaced ? namespace : undefined, name));
      } catch (e) {
        if (!isStatusError(e)) throw e;
        const prefixed = ctx.api
          .list(req.info.kind, req.info.namespaced ? { namespace } : {})
          .filter((o) => o.metadata.name.startsWith(name));
        if (prefixed.length) found.push(...prefixed);
        else out.fail(formatStatusError(e, ctx.era));
      }
    }
  }
  if (found.length === 0 && out.exitCode === 0) {
    out.error(
      everywhere || !built.requests.some((r) => r.info.namespaced)
        ? 'No resources found'
        : `No resources found in ${namespace} namespace.`,
    );
    return;
  }
  const texts: string[] = [];
  for (const obj of found) {
    try {
      texts.push(
        describeObject(obj.kind, gather(ctx, obj), { era: ctx.era, nowMs: ctx.clock.wallMs }),
      );
    } catch (e) {
      if (!(e instanceof NoDescriberError)) throw e;
      // kubectl v1.0 had no generic describer; modern kubectl falls back to one
      if (ctx.era === '2015') return out.fail(`error: ${e.message}`);
      texts.push(genericDescription(obj));
    }
  }
  // v1.0 printed each description followed by a blank line; modern kubectl puts one between them
  out.print(ctx.era === '2015' ? texts.map((t) => `${t}\n\n`).join('') : texts.join('\n\n'));
}

/** What `describe` shows beside the object itself. */
export function gather(ctx: KubectlContext, obj: AnyObject): DescribeData {
  const ns = obj.metadata.namespace;
  const events = ctx.api.list('Event', { namespace: ns ?? 'default' }).filter((e: Event) => {
    const ref = e.involvedObject;
    if (ref.kind !== obj.kind || ref.name !== obj.metadata.name) return false;
    return !ref.uid || ref.uid === obj.metadata.uid || obj.kind === 'Node';
  });
  const data: DescribeData = { object: obj, events };
  switch (obj.kind) {
    case 'ReplicationController':
      return {
        ...data,
        pods: ctx.api.list('Pod', {
          namespace: ns ?? 'default',
          labelSelector: selectorFromSet(obj.spec.selector),
        }),
      };
    case 'ReplicaSet':
      return {
        ...data,
        pods: ctx.api.list('Pod', {
          namespace: ns ?? 'default',
          labelSelector: selectorFromLabelSelector(obj.spec.selector),
        }),
      };
    case 'Deployment':
      return {
        ...data,
        pods: ctx.api.list('Pod', {
          namespace: ns ?? 'default',
          labelSelector: selectorFromLabelSelector(obj.spec.selector),
        }),
        replicaSets: ctx.api
          .list('ReplicaSet', { namespace: ns ?? 'default' })
          .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid)),
      };
    case 'PersistentVolumeClaim':
      return {
        ...data,
        pods: ctx.api
          .list('Pod', { namespace: ns ?? 'default' })
          .filter((p) =>
            p.spec.volumes?.some((v) => v.persistentVolumeClaim?.claimName === obj.metadata.name),
          ),
      };
    case 'Service': {
      const endpoints = ctx.api.find('Endpoints', ns, obj.metadata.name);
      return endpoints ? { ...data, endpoints } : data;
    }
    case 'Node':
      return {
        ...data,
        pods: ctx.api.list('Pod', {
          fieldSelector: (p) => (p as Pod).spec.nodeName === obj.metadata.name,
        }),
      };
    case 'Pod':
      return {
        ...data,
        controllers: ctx.api
          .list('ReplicationController', { namespace: ns ?? 'default' })
          .filter(
            (rc) =>
              selectorFromSet(rc.spec.selector).matches(obj.metadata.labels) &&
              Object.keys(rc.spec.selector ?? {}).length > 0,
          ),
      };
    default:
      return data;
  }
}

/**
 * kubectl's generic describer, for kinds without their own: the metadata that matters, then
 * the rest of the object.
 */
function genericDescription(obj: AnyObject): string {
  const {
    metadata,
    kind: _kind,
    apiVersion: _v,
    ...rest
  } = obj as AnyObject & Record<string, unknown>;
  const lines = [`Name:         ${metadata.name}`];
  if (metadata.namespace) lines.push(`Namespace:    ${metadata.namespace}`);
  lines.push(`Labels:       ${formatLabels(metadata.labels).split(',').join('\n              ')}`);
  lines.push(
    `Annotations:  ${formatLabels(metadata.annotations).split(',').join('\n              ')}`,
  );
  const body = printYaml(rest).trimEnd();
  return `${lines.join('\n')}\n${body ? `${body}\n` : ''}Events:       <none>\n`;
}
