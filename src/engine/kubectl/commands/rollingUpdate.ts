/**
 * `kubectl rolling-update` as kubectl v1.0 ran it (pkg/kubectl/cmd/rollingupdate.go): replace
 * a ReplicationController's pods with those of a new one, from `-f` or by `--image`. With
 * `--image` kubectl builds the new controller itself: the old one's copy with the new image and
 * a `deployment=<hash>` label in selector and template, and — so the two never select each
 * other's pods — the same label with the old controller's hash added to the old controller and
 * its pods first. Modern kubectl removed the command (1.18); the CLI layer answers for that era.
 */
import { isStatusError } from '../../api/status';
import type { ReplicationController } from '../../types';
import { clone } from '../../util/freeze';
import { stableJson } from '../../util/json';
import { parseGoDuration } from '../cli/goValues';
import { usageError } from '../cli/errors';
import { fnv32a, utf8 } from '../../controllers/deployment';
import { flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects } from '../manifests';
import { printTable } from '../printers';
import {
  NEXT_CONTROLLER_ANNOTATION,
  RollingUpdater,
  UpdateError,
  type CleanupPolicy,
} from './rollingUpdater';

/**
 * `api.HashObject`: kubectl v1.0 took the MD5 of the encoded controller, 32 hex digits. kubesim
 * has no MD5 in the engine; four FNV-1a passes with different seeds give a stable hash of the
 * same shape (not the same digits a real kubectl would print).
 */
export function hashObject(rc: ReplicationController): string {
  const bytes = utf8(stableJson(rc));
  return [0x811c9dc5, 0x050c5d1f, 0x2b1b5a3d, 0x6e2f0b97]
    .map((seed) => fnv32a(bytes, seed).toString(16).padStart(8, '0'))
    .join('');
}

const USAGE = (inv: Invocation, message: string): void =>
  inv.out.fail(usageError('2015', ['rolling-update'], message));

function duration(inv: Invocation, name: string): number | undefined {
  const parsed = parseGoDuration(flagString(inv, name));
  if (parsed.ok) return parsed.value;
  inv.out.fail(`error: ${parsed.error}`);
  return undefined;
}

export function rollingUpdate(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const deploymentKey = flagString(inv, 'deployment-label-key');
  const filename = flagString(inv, 'filename');
  const image = flagString(inv, 'image');
  if (!deploymentKey) return USAGE(inv, '--deployment-label-key can not be empty');
  if (!filename && !image)
    return USAGE(inv, 'Must specify --filename or --image for new controller');
  if (filename && image) return USAGE(inv, '--filename and --image can not both be specified');
  const oldName = cmd.args[0];
  if (oldName === undefined) return USAGE(inv, 'Must specify the controller to update');
  const period = duration(inv, 'update-period');
  const interval = duration(inv, 'poll-interval');
  const timeout = duration(inv, 'timeout');
  if (period === undefined || interval === undefined || timeout === undefined) return;
  const namespace = requestNamespace(inv);

  try {
    let oldRc = ctx.api.get('ReplicationController', namespace, oldName);
    let newRc: ReplicationController | undefined;
    let keepOldName = false;
    if (filename) {
      const objects = manifestObjects(inv, 'reading');
      if (!objects) return;
      const first = objects[0]?.object;
      if (first?.kind !== 'ReplicationController')
        return USAGE(inv, `${filename} does not specify a valid ReplicationController`);
      newRc = clone(first);
    }
    if (image) {
      keepOldName = cmd.args.length === 1;
      const newName = cmd.args[1] ?? oldRc.metadata.annotations?.[NEXT_CONTROLLER_ANNOTATION] ?? '';
      newRc = newName ? ctx.api.api.find('ReplicationController', namespace, newName) : undefined;
      if (newRc)
        out.print(`Found existing update in progress (${newRc.metadata.name}), resuming.\n`);
      else newRc = controllerForImage(oldRc, newName, image, deploymentKey);
      oldRc = markOldController(inv, oldRc, newRc.metadata.name, deploymentKey, hashObject(oldRc));
    }
    if (!newRc) return;
    if (oldName === newRc.metadata.name)
      return USAGE(
        inv,
        `${filename} cannot have the same name as the existing ReplicationController ${oldName}`,
      );
    const oldSelector = oldRc.spec.selector ?? {};
    const newSelector = newRc.spec.selector ?? {};
    const differs = Object.entries(oldSelector).some(
      ([k, v]) => newSelector[k] !== undefined && newSelector[k] !== v,
    );
    if (!differs)
      return USAGE(
        inv,
        `${filename} must specify a matching key with non-equal value in Selector for ${oldName}`,
      );
    if ((newRc.spec.replicas ?? 0) === 0) newRc.spec.replicas = oldRc.spec.replicas ?? 0;

    if (cmd.flags['dry-run'] === true) {
      const table = (rc: ReplicationController): string =>
        printTable('ReplicationController', [rc], { era: '2015', nowMs: ctx.clock.wallMs });
      out.print(`Rolling from:\n${table(oldRc)}\nTo:\n${table(newRc)}\n`);
      return;
    }
    const cleanupPolicy: CleanupPolicy = keepOldName ? 'Rename' : 'Delete';
    new RollingUpdater(ctx, out, namespace).update({
      oldRc,
      newRc,
      updatePeriodMs: period,
      intervalMs: interval,
      timeoutMs: timeout,
      cleanupPolicy,
    });
    out.print(`${keepOldName ? oldName : newRc.metadata.name}\n`);
  } catch (e) {
    if (isStatusError(e)) return out.fail(formatStatusError(e, '2015'));
    if (!(e instanceof UpdateError)) throw e;
    out.fail(e.message.startsWith('Error from server') ? e.message : `error: ${e.message}`);
  }
}

/** `CreateNewControllerFromCurrentController`: the old controller with the new image and hash. */
function controllerForImage(
  oldRc: ReplicationController,
  newName: string,
  image: string,
  deploymentKey: string,
): ReplicationController {
  const rc = clone(oldRc);
  const containers = rc.spec.template?.spec.containers ?? [];
  if (containers.length > 1)
    throw new UpdateError('Image update is not supported for multi-container pods');
  const first = containers[0];
  if (!first || !rc.spec.template)
    throw new UpdateError(`Pod has no containers! (${rc.metadata.name})`);
  first.image = image;
  const hash = hashObject(rc);
  rc.metadata = { name: newName || `${rc.metadata.name}-${hash}` };
  if (oldRc.metadata.labels) rc.metadata.labels = { ...oldRc.metadata.labels };
  rc.spec.selector = { ...rc.spec.selector, [deploymentKey]: hash };
  const tmeta = (rc.spec.template.metadata ??= {});
  tmeta.labels = { ...tmeta.labels, [deploymentKey]: hash };
  delete rc.status;
  return rc;
}

/**
 * `UpdateExistingReplicationController`: point the old controller at the next one, and if its
 * selector lacks the deployment key, add the key (with the old hash) to its template, its pods
 * and its selector, in that order — then delete any pod it created meanwhile without the label.
 */
function markOldController(
  inv: Invocation,
  oldRc: ReplicationController,
  nextName: string,
  key: string,
  oldHash: string,
): ReplicationController {
  const { ctx } = inv;
  const namespace = oldRc.metadata.namespace ?? 'default';
  const annotate = (rc: ReplicationController): ReplicationController => {
    const next = clone(rc);
    next.metadata.annotations = {
      ...next.metadata.annotations,
      [NEXT_CONTROLLER_ANNOTATION]: nextName,
    };
    return next;
  };
  if (oldRc.spec.selector?.[key] !== undefined) return ctx.api.update(annotate(oldRc));

  const withTemplate = annotate(oldRc);
  const tmeta = ((withTemplate.spec.template ??= { spec: { containers: [] } }).metadata ??= {});
  tmeta.labels = { ...tmeta.labels, [key]: oldHash };
  let rc = ctx.api.update(withTemplate);
  const selector = { ...rc.spec.selector };
  const matching = (labels: Record<string, string> | undefined): boolean =>
    Object.entries(selector).every(([k, v]) => labels?.[k] === v);
  for (const pod of ctx.api.list('Pod', { namespace }))
    if (matching(pod.metadata.labels))
      ctx.api.update({
        ...pod,
        metadata: { ...pod.metadata, labels: { ...pod.metadata.labels, [key]: oldHash } },
      });
  const withSelector = clone(rc);
  withSelector.spec.selector = { ...selector, [key]: oldHash };
  rc = ctx.api.update(withSelector);
  for (const pod of ctx.api.list('Pod', { namespace }))
    if (matching(pod.metadata.labels) && pod.metadata.labels?.[key] !== oldHash)
      ctx.api.delete('Pod', namespace, pod.metadata.name);
  return rc;
}
