/**
 * `kubectl replace -f` (modern) and `kubectl update -f` (2015, the same command before kubectl
 * v1.0 renamed it): each object in the file is sent whole, as an HTTP PUT, in place of the live
 * one. Follows kubectl's replace.go and cli-runtime's Helper.Replace:
 * - a resourceVersion in the file goes to the server as written, so a stale one is refused
 *   (Conflict) — how `kubectl edit` round trips stay safe;
 * - without one, kubectl first GETs the live object and sends its version: last writer wins;
 * - a PUT never creates: an object that does not exist is NotFound;
 * - `--force` deletes the object, waits until it is gone, and creates it from the file.
 */
import type { DeleteOptions } from '../../api/apiserver';
import { resourceFor } from '../../api/resources';
import { orderLikeGo } from '../../api/schema';
import { isStatusError } from '../../api/status';
import type { AnyObject } from '../../types';
import { clone } from '../../util/freeze';
import { stableJson } from '../../util/json';
import { usageError } from '../cli';
import { flagBool, flagList, flagString, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects, type ManifestObject } from '../manifests';
import { printJson, printYaml } from '../printers';
import { LAST_APPLIED } from './apply';
import { dryRunMode, dryRunSuffix, objectRef } from './create';
import { cascadePolicy } from './delete';

type DryRun = 'none' | 'client' | 'server';

/** How long `replace --force` waits for the old object when `--timeout` is 0 (replace.go). */
const FORCE_WAIT_MS = 5 * 60_000;
/** kubectl polls for the deleted object once a second. */
const POLL_MS = 1000;

export function replace(inv: Invocation): void {
  const { out } = inv;
  const files = flagList(inv, 'filename');
  if (files.length === 0) return out.fail('error: must specify one of -f and -k');
  const force = flagBool(inv, 'force');
  const grace = Number(inv.cmd.flags['grace-period'] ?? -1);
  const timeout = Number(inv.cmd.flags.timeout ?? 0);
  if (grace >= 0 && !force) return out.fail('error: --grace-period must have --force specified');
  if (timeout !== 0 && !force) return out.fail('error: --timeout must have --force specified');
  if (flagString(inv, 'raw') || flagString(inv, 'subresource'))
    return out.fail(
      `error: kubesim does not simulate "kubectl replace --${flagString(inv, 'raw') ? 'raw' : 'subresource'}"`,
    );
  const dryRun = dryRunMode(inv);
  if (force && dryRun !== 'none')
    // replace.go's forceReplace never looks at --dry-run: real kubectl would delete and
    // recreate for real, then call it a dry run. kubesim refuses rather than teach that.
    return out.fail(
      'error: kubesim does not simulate --force with --dry-run: kubectl ignores --dry-run when it force-replaces, and would really delete and recreate the objects',
    );
  const objects = manifestObjects(inv, 'replacing');
  if (!objects) return;
  if (force) return forceReplace(inv, objects, grace, timeout);
  for (const m of objects) replaceOne(inv, m, dryRun);
}

/** 2015's `kubectl update -f FILENAME`: the same PUT, printed as `pods/web`. */
export function update2015(inv: Invocation): void {
  const { out } = inv;
  const files = flagList(inv, 'filename');
  const patch = flagString(inv, 'patch');
  if (files.length === 0 && !patch)
    return out.fail(
      usageError('2015', ['update'], 'Must specify --filename or --patch to update').trimEnd(),
    );
  if (files.length > 0 && patch)
    return out.fail(
      usageError('2015', ['update'], 'Can not specify both --filename and --patch').trimEnd(),
    );
  if (patch)
    return out.fail(
      'error: kubesim does not simulate "kubectl update --patch"; change the object\'s file and run "kubectl update -f" instead',
    );
  const objects = manifestObjects(inv, 'updating');
  if (!objects) return;
  for (const m of objects) {
    try {
      const updated = put(inv, m, false);
      out.println(objectRef(updated, '2015'));
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, '2015', { verb: 'updating', file: m.source }));
    }
  }
}

function replaceOne(inv: Invocation, m: ManifestObject, dryRun: DryRun): void {
  const { ctx, out } = inv;
  try {
    // --dry-run=client prints what it would send, without asking the server anything
    const obj = dryRun === 'client' ? asSent(inv, m) : put(inv, m, dryRun === 'server');
    printReplaced(inv, obj, dryRun);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    out.fail(formatStatusError(e, ctx.era, { verb: 'replacing', file: m.source }));
  }
}

/**
 * The object as kubectl sends it: the file's, in its namespace, with the last-applied
 * annotation refreshed when `--save-config` asks for it or the file already carries one
 * (kubectl's CreateOrUpdateAnnotation).
 */
function asSent(inv: Invocation, m: ManifestObject): AnyObject {
  const obj = clone(m.object);
  if (resourceFor(obj.kind).namespaced) obj.metadata.namespace = m.namespace;
  else delete obj.metadata.namespace;
  const annotations = obj.metadata.annotations;
  if (flagBool(inv, 'save-config') || annotations?.[LAST_APPLIED] !== undefined)
    obj.metadata.annotations = { ...annotations, [LAST_APPLIED]: modifiedConfiguration(obj) };
  return obj;
}

/** The PUT, with the live resourceVersion filled in when the file has none (Helper.Replace). */
function put(inv: Invocation, m: ManifestObject, dryRun: boolean): AnyObject {
  const { api } = inv.ctx;
  const obj = asSent(inv, m);
  if (!obj.metadata.resourceVersion) {
    const info = resourceFor(obj.kind);
    const live = api.find(obj.kind, info.namespaced ? m.namespace : undefined, obj.metadata.name);
    // not found: the PUT goes out without a version, and the server answers NotFound
    if (live?.metadata.resourceVersion)
      obj.metadata.resourceVersion = live.metadata.resourceVersion;
  }
  return api.update(obj, { legacy: m.legacy, dryRun });
}

/**
 * kubectl's GetModifiedConfiguration: the object as sent, without the annotation itself, as
 * one line of JSON with sorted keys (kubectl marshals it from an unstructured map).
 */
function modifiedConfiguration(obj: AnyObject): string {
  const copy = clone(obj);
  const annotations = { ...copy.metadata.annotations };
  delete annotations[LAST_APPLIED];
  copy.metadata.annotations = annotations;
  return `${stableJson(copy)}\n`;
}

function printReplaced(inv: Invocation, obj: AnyObject, dryRun: DryRun): void {
  const format = flagString(inv, 'output');
  if (format === 'yaml') inv.out.print(printYaml(orderLikeGo(obj)));
  else if (format === 'json') inv.out.print(printJson(orderLikeGo(obj)));
  else if (format === 'name') inv.out.println(objectRef(obj, 'modern'));
  else inv.out.println(`${objectRef(obj, 'modern')} replaced${dryRunSuffix(dryRun)}`);
}

/**
 * `replace --force`: delete every object of the file (missing ones are fine), wait until each
 * is gone — a pod on a node takes its grace period — then create them all from the file. The
 * wait moves the simulated clock, as it took real time at a terminal.
 */
function forceReplace(
  inv: Invocation,
  objects: ManifestObject[],
  grace: number,
  timeout: number,
): void {
  const { ctx, out } = inv;
  const options = deleteOptions(inv, grace);
  if (typeof options === 'string') return out.fail(options);
  const deleted: AnyObject[] = [];
  for (const m of objects) {
    const info = resourceFor(m.object.kind);
    const namespace = info.namespaced ? m.namespace : undefined;
    try {
      deleted.push(ctx.api.delete(m.object.kind, namespace, m.object.metadata.name, options));
      const kind = info.group ? `${info.singular}.${info.group}` : info.singular;
      out.println(
        flagString(inv, 'output') === 'name'
          ? `${kind}/${m.object.metadata.name}`
          : `${kind} "${m.object.metadata.name}" deleted`,
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
      // replace creates what does not exist yet: kubectl ignores NotFound here
      if (e.reason === 'NotFound') continue;
      return out.fail(formatStatusError(e, ctx.era));
    }
  }
  if (!waitUntilGone(inv, deleted, timeout > 0 ? timeout : FORCE_WAIT_MS))
    return out.fail('error: timed out waiting for the condition');
  for (const m of objects) {
    try {
      const obj = asSent(inv, m);
      // Helper.Create(modify=true) clears the version: a create must not carry one
      delete obj.metadata.resourceVersion;
      const created = ctx.api.create(obj, { namespace: m.namespace, legacy: m.legacy });
      printReplaced(inv, created, 'none');
    } catch (e) {
      if (!isStatusError(e)) throw e;
      return out.fail(formatStatusError(e, ctx.era));
    }
  }
  if (objects.length === 0 && out.exitCode === 0) out.fail('error: no objects passed to replace');
}

/** Poll once a second, moving the simulated clock, until every object is gone (or replaced). */
function waitUntilGone(inv: Invocation, objects: AnyObject[], limitMs: number): boolean {
  const { ctx } = inv;
  const gone = (o: AnyObject): boolean =>
    ctx.api.api.find(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !==
    o.metadata.uid;
  const limit = ctx.clock.now + limitMs;
  ctx.clock.settle();
  while (!objects.every(gone)) {
    if (ctx.clock.now >= limit) return false;
    ctx.clock.advance(Math.min(POLL_MS, limit - ctx.clock.now));
  }
  return true;
}

/** The delete half of `--force`: `--cascade` and `--grace-period` as kubectl's DeleteFlags. */
function deleteOptions(inv: Invocation, grace: number): DeleteOptions | string {
  const opts: DeleteOptions = {};
  // replace.go turns --grace-period=0 into 1, "to prevent accidental data loss"
  if (grace >= 0) opts.gracePeriodSeconds = grace === 0 ? 1 : grace;
  const cascade = cascadePolicy(inv);
  if (!cascade.ok) return cascade.error;
  opts.propagationPolicy = cascade.policy;
  return opts;
}
