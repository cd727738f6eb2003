/**
 * `kubectl drain NODE` (kubectl 1.31; 2015 had no drain): cordon the node, then evict every pod
 * on it that the filters allow (mirror pods stay; DaemonSet pods with `--ignore-daemonsets`;
 * bare pods only with `--force`; emptyDir pods only with `--delete-emptydir-data`), and wait
 * for them to be gone.
 *
 * kubesim has no PodDisruptionBudgets, so an eviction is a delete with the pod's grace period
 * (or `--grace-period`). kubectl blocks while the kubelets stop the pods; kubesim's kubectl
 * must return, so the wait drives the simulated clock a second at a time, as kubectl polls.
 * `--timeout` bounds it; with none, real kubectl would wait forever (say, for pods on a dead
 * node), so kubesim stops after WAIT_CAP_MS and says that it did.
 */
import { isStatusError } from '../../api/status';
import type { Node, Pod } from '../../types';
import { goDuration } from '../../util/goDuration';
import { clone } from '../../util/freeze';
import { usageError } from '../cli';
import { flagBool, flagString, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { labelSelector } from '../selectors';
import { dryRunMode, dryRunSuffix } from './create';
import {
  deleteErrors,
  deleteWarnings,
  filterPods,
  podsToDelete,
  type DrainFlags,
  type PodDeleteList,
} from './drainFilters';

/** How long kubesim waits for evicted pods when `--timeout` is 0 (kubectl: forever). */
export const WAIT_CAP_MS = 10 * 60_000;
/** kubectl's waitForDelete polls once a second. */
const POLL_MS = 1000;

type DryRun = 'none' | 'client' | 'server';

/** Go's utilerrors aggregate text: one error bare, several `[a, b]` (duplicates dropped). */
const aggregate = (errs: string[]): string => {
  const unique = [...new Set(errs)];
  return unique.length === 1 ? (unique[0] ?? '') : `[${unique.join(', ')}]`;
};

export function drain(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const selectorText = flagString(inv, 'selector');
  if (cmd.args.length > 0 && selectorText)
    return out.fail(
      usageError(
        'modern',
        ['drain'],
        'error: cannot specify both a node name and a --selector option',
      ),
    );
  const podSelector = labelSelector(flagString(inv, 'pod-selector'), true);
  if (!podSelector.ok)
    return out.fail('error: --pod-selector=<pod_selector> must be a valid label selector');
  const nodes = drainTargets(inv, selectorText);
  if (!nodes) return;
  const dryRun = dryRunMode(inv);
  for (const node of nodes) cordon(inv, node, dryRun);

  const grace = Number(cmd.flags['grace-period'] ?? -1);
  const flags: DrainFlags = {
    force: flagBool(inv, 'force'),
    ignoreDaemonSets: flagBool(inv, 'ignore-daemonsets'),
    deleteEmptyDirData: flagBool(inv, 'delete-emptydir-data'),
    skipWaitForDeleteTimeout: Number(cmd.flags['skip-wait-for-delete-timeout'] ?? 0),
    nowWallMs: ctx.clock.wallMs,
    daemonSetExists: () => false,
  };
  const podsOn = (node: string): PodDeleteList =>
    filterPods(
      ctx.api.list('Pod', {
        fieldSelector: (o) => o.kind === 'Pod' && o.spec.nodeName === node,
        ...(podSelector.value ? { labelSelector: podSelector.value } : {}),
      }),
      { ...flags, nowWallMs: ctx.clock.wallMs },
    );
  const failed: { node: string; errors: string[] }[] = [];
  for (const node of nodes) {
    const name = node.metadata.name;
    const list = podsOn(name);
    let errors = deleteErrors(list);
    if (errors.length === 0) {
      const warnings = deleteWarnings(list);
      if (warnings) out.error(`Warning: ${warnings}`);
      const pods = podsToDelete(list);
      if (dryRun === 'client') {
        for (const p of pods)
          out.println(`evicting pod ${p.metadata.namespace ?? ''}/${p.metadata.name} (dry run)`);
      } else {
        const result = evict(inv, pods, grace, dryRun === 'server');
        if (result === 'gave-up') return;
        errors = result;
        if (errors.length > 0) {
          const pending = podsToDelete(podsOn(name));
          if (pending.length > 0) {
            out.error(
              `There are pending pods in node "${name}" when an error occurred: ${aggregate(errors)}`,
            );
            for (const p of pending) out.error(`pod/${p.metadata.name}`);
          }
        }
      }
    }
    if (errors.length > 0) {
      out.error(
        `error: unable to drain node "${name}" due to error: ${aggregate(errors)}, continuing command...`,
      );
      failed.push({ node: name, errors });
      continue;
    }
    out.println(`node/${name} drained${dryRunSuffix(dryRun)}`);
  }
  if (failed.length === 0) return;
  out.error('There are pending nodes to be drained:');
  for (const f of failed) out.error(` ${f.node}`);
  // cmdutil.CheckErr prints each error of the aggregate on its own line, without "error: "
  const lines =
    failed.length === 1 ? (failed[0]?.errors ?? []) : failed.map((f) => aggregate(f.errors));
  for (const line of lines) out.error(line);
  out.exitCode = 1;
}

/** The nodes by name (`node-1`, `node/node-1`) or by `--selector`; undefined after an error. */
function drainTargets(inv: Invocation, selectorText: string): Node[] | undefined {
  const { ctx, cmd, out } = inv;
  if (selectorText) {
    const selector = labelSelector(selectorText, true);
    if (!selector.ok) {
      out.fail(selector.error);
      return undefined;
    }
    return ctx.api.list('Node', selector.value ? { labelSelector: selector.value } : {});
  }
  const nodes: Node[] = [];
  for (const arg of cmd.args) {
    const name = arg.replace(/^(node|nodes|no)\//, '');
    try {
      nodes.push(ctx.api.get('Node', undefined, name));
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, 'modern'));
      return undefined;
    }
  }
  return nodes;
}

function cordon(inv: Invocation, node: Node, dryRun: DryRun): void {
  const { ctx, out } = inv;
  const name = node.metadata.name;
  if (node.spec.unschedulable)
    return out.println(`node/${name} already cordoned${dryRunSuffix(dryRun)}`);
  if (dryRun !== 'client') {
    const next = clone(node);
    next.spec.unschedulable = true;
    try {
      if (dryRun === 'none') ctx.api.update(next);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.error(`error: unable to cordon node "${name}": ${e.message}`);
      return;
    }
  }
  out.println(`node/${name} cordoned${dryRunSuffix(dryRun)}`);
}

/**
 * Evict the pods and wait until each is gone (or replaced by a pod of the same name with a
 * new UID). Returns the per-pod errors, or 'gave-up' when kubesim stopped an endless wait.
 */
function evict(
  inv: Invocation,
  pods: Pod[],
  grace: number,
  serverDryRun: boolean,
): string[] | 'gave-up' {
  const { ctx, cmd, out } = inv;
  const errors: string[] = [];
  const waiting: Pod[] = [];
  for (const pod of pods) {
    const ns = pod.metadata.namespace ?? 'default';
    const name = pod.metadata.name;
    out.println(`evicting pod ${ns}/${name}${serverDryRun ? ' (server dry run)' : ''}`);
    try {
      const deleted = ctx.api.delete('Pod', ns, name, {
        ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
        dryRun: serverDryRun,
      });
      // a zero grace period removes the object at once, as the API server does
      if (grace === 0 && !serverDryRun && deleted.metadata.deletionTimestamp)
        ctx.api.finalizeDelete('Pod', ns, name);
      if (!serverDryRun) waiting.push(pod);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason !== 'NotFound')
        errors.push(`error when evicting pods/"${name}" -n "${ns}": ${e.message}`);
    }
  }
  const timeout = Number(cmd.flags.timeout ?? 0);
  const limit = timeout > 0 ? timeout : WAIT_CAP_MS;
  const start = ctx.clock.now;
  for (;;) {
    for (const pod of [...waiting]) {
      const live = ctx.api.api.find('Pod', pod.metadata.namespace, pod.metadata.name);
      if (live && live.metadata.uid === pod.metadata.uid) continue;
      out.println(`pod/${pod.metadata.name} evicted`);
      waiting.splice(waiting.indexOf(pod), 1);
    }
    if (waiting.length === 0) return errors;
    if (ctx.clock.now - start >= limit) break;
    ctx.clock.advance(POLL_MS);
  }
  if (timeout > 0) {
    for (const pod of waiting)
      errors.push(
        `error when waiting for pod "${pod.metadata.name}" in namespace "${pod.metadata.namespace ?? ''}" to terminate: global timeout reached: ${goDuration(timeout)}`,
      );
    return errors;
  }
  out.fail(
    `error: kubesim stopped waiting after ${goDuration(WAIT_CAP_MS)} of simulated time; kubectl (--timeout=0s) would still be waiting for ${waiting
      .map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`)
      .join(', ')}`,
  );
  return 'gave-up';
}
