/**
 * `kubectl delete`: by type and name, by `type/name`, by `-l`, with `--all`, or from `-f`.
 * Pods on a node are deleted gracefully; `--grace-period=0 --force` removes them at once.
 */
import type { DeleteOptions } from '../../api/apiserver';
import { isStatusError } from '../../api/status';
import { resourceFor, type ResourceInfo } from '../../api/resources';
import type { AnyObject } from '../../types';
import { buildRequests } from '../builder';
import { allNamespaces, flagBool, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects } from '../manifests';
import { labelSelector, fieldSelector } from '../selectors';
import { dryRunMode, dryRunSuffix } from './create';

interface Target {
  info: ResourceInfo;
  namespace: string | undefined;
  name: string;
  source?: string;
}

export function deleteCommand(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const modern = ctx.era === 'modern';
  const files = cmd.flags.filename;
  const hasFiles = Array.isArray(files) ? files.length > 0 : !!files;
  const all = flagBool(inv, 'all');
  const selectorText = flagString(inv, 'selector');

  const options = deleteOptions(inv);
  if (typeof options === 'string') return out.fail(options);

  const targets: Target[] = [];
  if (hasFiles) {
    if (cmd.args.length > 0)
      return out.fail(
        "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    const objects = manifestObjects(inv, 'deleting');
    if (!objects) return;
    for (const m of objects) {
      const info = resourceFor(m.object.kind);
      targets.push({
        info,
        namespace: info.namespaced ? m.namespace : undefined,
        name: m.object.metadata.name,
        source: m.source,
      });
    }
  } else {
    if (cmd.args.length === 0) {
      out.error('You must provide one or more resources by argument or filename.');
      out.error('Example resource specifications include:');
      out.error("   '-f rsrc.yaml'");
      out.error("   '--filename=rsrc.json'");
      out.error("   '<resource> <name>'");
      out.fail("   '<resource>'");
      return;
    }
    const built = buildRequests(cmd.args, ctx.era);
    if (!built.ok) return out.fail(built.error);
    const everywhere = allNamespaces(inv);
    const namespace = requestNamespace(inv);
    if (!built.byName && !all && !selectorText && !flagString(inv, 'field-selector'))
      return out.fail(`error: resource(s) were provided, but no name was specified`);
    if (built.byName && (all || selectorText))
      return out.fail('error: name cannot be provided when a selector is specified');
    const selector = labelSelector(selectorText, modern);
    if (!selector.ok) return out.fail(selector.error);
    for (const req of built.requests) {
      const ns = req.info.namespaced ? namespace : undefined;
      if (req.names.length) {
        for (const name of req.names) targets.push({ info: req.info, namespace: ns, name });
        continue;
      }
      const fields = fieldSelector(flagString(inv, 'field-selector'), req.info.kind, modern);
      if (!fields.ok) return out.fail(fields.error);
      const items = ctx.api.list(req.info.kind, {
        ...(req.info.namespaced && !everywhere ? { namespace } : {}),
        ...(selector.value ? { labelSelector: selector.value } : {}),
        ...(fields.value ? { fieldSelector: fields.value } : {}),
      });
      for (const obj of items)
        targets.push({
          info: req.info,
          namespace: obj.metadata.namespace,
          name: obj.metadata.name,
        });
    }
    if (targets.length === 0) {
      out.error(
        everywhere || !built.requests.some((r) => r.info.namespaced)
          ? 'No resources found'
          : `No resources found in ${namespace} namespace.`,
      );
      return;
    }
  }

  const force = flagBool(inv, 'force') && options.gracePeriodSeconds === 0;
  if (force && modern)
    out.error(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
    );
  const ignoreNotFound = flagBool(inv, 'ignore-not-found');
  const dryRun = dryRunMode(inv);
  const waitFor: AnyObject[] = [];
  for (const t of targets) {
    try {
      if (ctx.era === '2015' && t.info.kind === 'ReplicationController' && dryRun === 'none')
        reapReplicationController(inv, t.namespace ?? 'default', t.name);
      const deleted = ctx.api.delete(t.info.kind, t.namespace, t.name, {
        ...options,
        dryRun: dryRun !== 'none',
      });
      if (force && deleted.metadata.deletionTimestamp)
        ctx.api.finalizeDelete(t.info.kind, t.namespace, t.name);
      else if (deleted.metadata.deletionTimestamp && dryRun === 'none') waitFor.push(deleted);
      out.println(
        deletedLine(deleted, t.info, ctx.era, force, flagString(inv, 'output')) +
          dryRunSuffix(dryRun),
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (ignoreNotFound && e.reason === 'NotFound') continue;
      out.fail(
        formatStatusError(e, ctx.era, t.source ? { verb: 'deleting', file: t.source } : undefined),
      );
    }
  }
  if (modern && waitFor.length && inv.cmd.flags.wait !== false && inv.cmd.flags.wait !== 'false')
    waitForDeletion(inv, waitFor);
}

/**
 * kubectl (since 1.11) waits until what it deleted is gone (`--wait`, default true): a pod whose
 * container ignores SIGTERM keeps the prompt for its whole grace period. The simulated clock moves
 * while it waits; it gives up a minute after the longest grace period, as a user at a terminal
 * would press Ctrl-C (a pod on a dead node is Terminating until the node returns).
 */
function waitForDeletion(inv: Invocation, objects: AnyObject[]): void {
  const { ctx } = inv;
  const gone = (o: AnyObject): boolean =>
    ctx.api.api.find(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !==
    o.metadata.uid;
  const graceMs = Math.max(
    0,
    ...objects.map((o) => (o.metadata.deletionGracePeriodSeconds ?? 0) * 1000),
  );
  const limit = ctx.clock.now + graceMs + 60_000;
  ctx.clock.settle();
  while (!objects.every(gone) && ctx.clock.now < limit) {
    const next = ctx.clock.nextAt();
    const step = Math.min(1_000, Math.max(1, (next ?? ctx.clock.now + 1_000) - ctx.clock.now));
    ctx.clock.advance(Math.min(step, limit - ctx.clock.now));
  }
}

function deletedLine(
  obj: AnyObject,
  info: ResourceInfo,
  era: 'modern' | '2015',
  force: boolean,
  output: string,
): string {
  const name = obj.metadata.name;
  if (era === '2015') return `${info.resource}/${name}`;
  if (output === 'name')
    return `${info.group ? `${info.singular}.${info.group}` : info.singular}/${name}`;
  const kind = info.group ? `${info.singular}.${info.group}` : info.singular;
  return `${kind} "${name}" ${force ? 'force deleted' : 'deleted'}`;
}

/** `--grace-period`, `--now`, `--force`, `--cascade` into API delete options, or an error. */
function deleteOptions(inv: Invocation): DeleteOptions | string {
  const opts: DeleteOptions = {};
  const grace = inv.cmd.flags['grace-period'];
  const g = typeof grace === 'number' ? grace : Number(grace ?? -1);
  const force = flagBool(inv, 'force');
  if (flagBool(inv, 'now')) {
    if (inv.cmd.set.has('grace-period'))
      return 'error: --now and --grace-period cannot be specified together';
    opts.gracePeriodSeconds = 1;
  } else if (g >= 0) {
    opts.gracePeriodSeconds = g === 0 && !force ? 1 : g;
  } else if (force) {
    opts.gracePeriodSeconds = 0;
  }
  const cascade = cascadePolicy(inv);
  if (!cascade.ok) return cascade.error;
  opts.propagationPolicy = cascade.policy;
  return opts;
}

/** `--cascade` as a propagation policy (delete, replace --force), or kubectl's error for it. */
export function cascadePolicy(
  inv: Invocation,
):
  | { ok: true; policy: NonNullable<DeleteOptions['propagationPolicy']> }
  | { ok: false; error: string } {
  const cascade = flagString(inv, 'cascade');
  switch (cascade) {
    case '':
    case 'true':
    case 'background':
      return { ok: true, policy: 'Background' };
    case 'false':
    case 'orphan':
      return { ok: true, policy: 'Orphan' };
    case 'foreground':
      return { ok: true, policy: 'Foreground' };
    default:
      return {
        ok: false,
        error: `error: invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`,
      };
  }
}

/**
 * 2015 kubectl had no garbage collector to lean on: deleting an RC first scaled it to zero and
 * waited for its pods to go (the "reaper"), then deleted it. Waiting takes simulated time, as it
 * took real time at a terminal; the wait gives up after a minute and deletes the RC anyway.
 */
function reapReplicationController(inv: Invocation, namespace: string, name: string): void {
  const { ctx } = inv;
  const rc = ctx.api.get('ReplicationController', namespace, name);
  if ((rc.spec.replicas ?? 1) !== 0) ctx.api.update({ ...rc, spec: { ...rc.spec, replicas: 0 } });
  for (let waited = 0; waited < 60_000; waited += 100) {
    const live = ctx.api.api.find('ReplicationController', namespace, name);
    const seen = live?.status?.observedGeneration ?? live?.metadata.generation ?? 0;
    if (!live || (seen >= (live.metadata.generation ?? 0) && (live.status?.replicas ?? 0) === 0))
      return;
    ctx.clock.advance(100);
  }
}
