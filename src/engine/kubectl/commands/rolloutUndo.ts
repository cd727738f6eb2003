/**
 * `kubectl rollout undo`: modern kubectl rolls back by itself (`DeploymentRollbacker`): it
 * finds the ReplicaSet of the wanted revision (by default the one before the current), copies
 * its pod template — without the pod-template-hash label — and its annotations into the
 * Deployment, and lets the deployment controller roll that out as a new revision.
 */
import { resourceFor } from '../../api/resources';
import { isStatusError } from '../../api/status';
import {
  ANNOTATIONS_TO_SKIP,
  equalIgnoreHash,
  LAST_APPLIED_ANNOTATION,
  POD_TEMPLATE_HASH_LABEL,
  revisionOf,
} from '../../controllers/deployment';
import type { Deployment, ReplicaSet } from '../../types';
import { clone } from '../../util/freeze';
import type { Invocation } from '../context';
import { dryRunMode, dryRunSuffix } from './create';
import { rolloutName, rolloutTargets } from './rollout';
import { deploymentReplicaSets, viewHistory } from './rolloutHistory';

/** `deploymentRevision`: the ReplicaSet to go back to, or kubectl's error. */
export function revisionToRollBackTo(
  d: Deployment,
  sets: readonly ReplicaSet[],
  toRevision: number,
): { ok: true; rs: ReplicaSet } | { ok: false; error: string } {
  if (toRevision > 0) {
    const rs = sets.find((s) => revisionOf(s) === toRevision);
    return rs
      ? { ok: true, rs }
      : { ok: false, error: `unable to find specified revision ${toRevision} in history` };
  }
  const byRevision = [...sets].sort((a, b) => revisionOf(b) - revisionOf(a));
  const previous = byRevision[1];
  if (!previous)
    return { ok: false, error: `no rollout history found for deployment "${d.metadata.name}"` };
  return { ok: true, rs: previous };
}

/** The Deployment with the revision's template and annotations (the JSON patch kubectl sends). */
export function rolledBack(d: Deployment, rs: ReplicaSet): Deployment {
  const next = clone(d);
  const template = clone(rs.spec.template ?? { spec: { containers: [] } });
  const labels = { ...template.metadata?.labels };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  template.metadata = { ...template.metadata, labels };
  next.spec.template = template;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {}))
    if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {}))
    if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  next.metadata.annotations = annotations;
  return next;
}

export function rolloutUndo(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const toRevision = Number(cmd.flags['to-revision'] ?? 0);
  const dryRun = dryRunMode(inv);
  const targets = rolloutTargets(inv);
  if (!targets) return;
  for (const d of targets) {
    if (d.metadata.annotations?.[LAST_APPLIED_ANNOTATION] !== undefined)
      out.error(
        `Warning: resource ${resourceFor(d.kind).resource}/${d.metadata.name} was previously managed with 'kubectl apply'. Rolling back will not update the ${LAST_APPLIED_ANNOTATION} annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.`,
      );
    if (d.kind !== 'Deployment') {
      out.fail(`error: no rollbacker has been implemented for "${d.kind}"`);
      continue;
    }
    if (toRevision < 0) {
      out.fail(`error: unable to find specified revision ${toRevision} in history`);
      continue;
    }
    const sets = deploymentReplicaSets(ctx, d);
    const target = revisionToRollBackTo(d, sets, toRevision);
    if (!target.ok) {
      out.fail(`error: ${target.error}`);
      continue;
    }
    if (dryRun === 'client') {
      const viewed = viewHistory([target.rs], revisionOf(target.rs));
      out.println(`${rolloutName(d)} ${viewed.ok ? viewed.text : ''}${dryRunSuffix(dryRun)}`);
      continue;
    }
    if (d.spec.paused) {
      out.fail(
        "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
      );
      continue;
    }
    const revision = revisionOf(target.rs);
    if (equalIgnoreHash(target.rs.spec.template, d.spec.template)) {
      out.println(
        `${rolloutName(d)} skipped rollback (current template already matches revision ${revision})${dryRunSuffix(dryRun)}`,
      );
      continue;
    }
    try {
      ctx.api.update(rolledBack(d, target.rs), { dryRun: dryRun === 'server' });
      out.println(`${rolloutName(d)} rolled back${dryRunSuffix(dryRun)}`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(`error: failed restoring revision ${revision}: ${e.message}`);
    }
  }
}
