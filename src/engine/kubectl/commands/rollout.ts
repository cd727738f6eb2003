/**
 * `kubectl rollout pause | resume | restart`, and what every rollout subcommand shares: finding
 * its objects (`TYPE NAME`, `TYPE/NAME`, `-l`, `-f`) as kubectl's resource builder does, and
 * naming them in kubectl's words (`deployment.apps/web paused`, `deployments.apps "web" …`).
 * The texts are kubectl's `pkg/cmd/rollout` and `polymorphichelpers` (object pauser, resumer,
 * restarter).
 */
import { kindPrefix, resourceFor, type ResourceInfo } from '../../api/resources';
import { isStatusError } from '../../api/status';
import type { AnyObject, Deployment } from '../../types';
import { clone } from '../../util/freeze';
import { buildRequests } from '../builder';
import { flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects } from '../manifests';
import { labelSelector } from '../selectors';

/** The object as kubectl names it in its output: `deployment.apps/web`. */
export const rolloutName = (obj: AnyObject): string =>
  `${kindPrefix(resourceFor(obj.kind))}/${obj.metadata.name}`;

/** The resource as kubectl names it in errors: `deployments.apps`, `replicationcontrollers`. */
export function qualifiedResource(info: ResourceInfo): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}

/**
 * The objects a rollout subcommand acts on, fetched from the API server. Errors (unknown type,
 * not found, a bad selector) are printed as kubectl prints them; undefined means the command
 * stops. An empty list prints kubectl's `No resources found in <ns> namespace.`.
 */
export function rolloutTargets(inv: Invocation): AnyObject[] | undefined {
  const { ctx, cmd, out } = inv;
  const namespace = requestNamespace(inv);
  const targets: AnyObject[] = [];
  const fetch = (info: ResourceInfo, ns: string, name: string): void => {
    try {
      targets.push(ctx.api.get(info.kind, info.namespaced ? ns : undefined, name));
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, ctx.era));
    }
  };
  if (cmd.flags.filename !== undefined && (cmd.flags.filename as string[]).length > 0) {
    const objects = manifestObjects(inv, 'getting');
    if (!objects) return undefined;
    for (const m of objects) fetch(resourceFor(m.object.kind), m.namespace, m.object.metadata.name);
    return out.exitCode === 0 ? targets : undefined;
  }
  const built = buildRequests(cmd.args, ctx.era);
  if (!built.ok) {
    out.fail(built.error);
    return undefined;
  }
  const selector = labelSelector(flagString(inv, 'selector'), true);
  if (!selector.ok) {
    out.fail(selector.error);
    return undefined;
  }
  for (const req of built.requests) {
    if (req.names.length > 0) {
      for (const name of req.names) fetch(req.info, namespace, name);
      continue;
    }
    targets.push(
      ...ctx.api.list(req.info.kind, {
        ...(req.info.namespaced ? { namespace } : {}),
        ...(selector.value ? { labelSelector: selector.value } : {}),
      }),
    );
  }
  if (out.exitCode !== 0) return undefined;
  if (targets.length === 0) out.error(`No resources found in ${namespace} namespace.`);
  return targets;
}

/** `error: deployments.apps "web" is already paused`: a patch function's error, as the command words it. */
function patchError(obj: AnyObject, message: string): string {
  return `error: ${qualifiedResource(resourceFor(obj.kind))} "${obj.metadata.name}" ${message}`;
}

type Patch = (d: Deployment) => string | undefined;

/**
 * The shape of pause, resume and restart: compute the change for each object (or the reason
 * it cannot be made), send it, and print `<object> <verb>`.
 */
function patchEach(inv: Invocation, verb: string, unsupported: string, patch: Patch): void {
  const { ctx, out } = inv;
  const targets = rolloutTargets(inv);
  if (!targets) return;
  for (const obj of targets) {
    if (obj.kind !== 'Deployment') {
      out.fail(patchError(obj, unsupported));
      continue;
    }
    const next = clone(obj);
    const problem = patch(next);
    if (problem) {
      out.fail(patchError(obj, problem));
      continue;
    }
    try {
      const updated = ctx.api.update(next);
      out.println(`${rolloutName(updated)} ${verb}`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(`error: failed to patch: ${e.message}`);
    }
  }
}

export function rolloutPause(inv: Invocation): void {
  patchEach(inv, 'paused', 'pausing is not supported', (d) => {
    if (d.spec.paused) return 'is already paused';
    d.spec.paused = true;
    return undefined;
  });
}

export function rolloutResume(inv: Invocation): void {
  patchEach(inv, 'resumed', 'resuming is not supported', (d) => {
    if (!d.spec.paused) return 'is not paused';
    // the patch sets `paused: false`, which the API server stores as the field left out
    delete d.spec.paused;
    return undefined;
  });
}

/**
 * A restart stamps the pod template with `kubectl.kubernetes.io/restartedAt` (the local time in
 * RFC 3339): a new template, so a normal rollout replaces every pod. Two restarts within the
 * same second make an empty patch, which kubectl refuses.
 */
export function rolloutRestart(inv: Invocation): void {
  const { ctx, out } = inv;
  const stamp = ctx.clock.timestamp();
  const targets = rolloutTargets(inv);
  if (!targets) return;
  for (const obj of targets) {
    if (obj.kind !== 'Deployment') {
      out.fail(patchError(obj, 'restarting is not supported'));
      continue;
    }
    if (obj.spec.paused) {
      out.fail(patchError(obj, "can't restart paused deployment (run rollout resume first)"));
      continue;
    }
    const next = clone(obj);
    const template = (next.spec.template ??= { spec: { containers: [] } });
    const meta = (template.metadata ??= {});
    if (meta.annotations?.['kubectl.kubernetes.io/restartedAt'] === stamp) {
      out.fail(
        `error: failed to create patch for ${obj.metadata.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
      );
      continue;
    }
    meta.annotations = { ...meta.annotations, 'kubectl.kubernetes.io/restartedAt': stamp };
    try {
      out.println(`${rolloutName(ctx.api.update(next))} restarted`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(`error: failed to patch: ${e.message}`);
    }
  }
}
