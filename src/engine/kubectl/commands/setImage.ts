/**
 * `kubectl set image deployment/web web=nginx:1.27`: change container images in a pod, or in a
 * controller's pod template — how students start a rollout. `*` names every container.
 */
import { isStatusError } from '../../api/status';
import type { AnyObject, Container, PodSpec } from '../../types';
import { clone } from '../../util/freeze';
import { buildRequests } from '../builder';
import { requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';

const HELP = "See 'kubectl set image -h' for help and examples";

/** The pod spec an object runs: its own (a pod) or its template's. */
function podSpecOf(obj: AnyObject): PodSpec | undefined {
  if (obj.kind === 'Pod') return obj.spec;
  if (
    obj.kind === 'ReplicationController' ||
    obj.kind === 'ReplicaSet' ||
    obj.kind === 'Deployment'
  )
    return obj.spec.template?.spec;
  return undefined;
}

export function setImage(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const pairs = cmd.args.filter((a) => a.includes('='));
  const resources = cmd.args.filter((a) => !a.includes('='));
  if (resources.length === 0)
    return out.fail(
      `error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n${HELP}`,
    );
  if (pairs.length === 0) return out.fail(`error: at least one image update is required\n${HELP}`);
  const images = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    images.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const built = buildRequests(resources, ctx.era);
  if (!built.ok) return out.fail(built.error);
  const namespace = requestNamespace(inv);
  for (const req of built.requests) {
    for (const name of req.names) {
      try {
        const live = ctx.api.get(req.info.kind, namespace, name);
        const next = clone(live) as AnyObject;
        const spec = podSpecOf(next);
        if (!spec) {
          out.fail(`error: ${req.info.resource}/${name} does not have a pod template`);
          continue;
        }
        const containers: Container[] = [...(spec.initContainers ?? []), ...spec.containers];
        let missing: string | undefined;
        for (const [container, image] of images) {
          const targets =
            container === '*' ? containers : containers.filter((c) => c.name === container);
          if (targets.length === 0) missing ??= container;
          for (const c of targets) c.image = image;
        }
        if (missing !== undefined) {
          out.fail(`error: unable to find container named "${missing}"`);
          continue;
        }
        ctx.api.update(next);
        const kind = req.info.group ? `${req.info.singular}.${req.info.group}` : req.info.singular;
        out.println(`${kind}/${name} image updated`);
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, ctx.era));
      }
    }
  }
}
