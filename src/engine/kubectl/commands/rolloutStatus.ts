/**
 * `kubectl rollout status`: watch a Deployment and print its rollout status on every change,
 * until the rollout is done, fails, or `--timeout` passes (kubectl's `DeploymentStatusViewer`).
 *
 * kubectl blocks at the terminal while the cluster works. kubesim's kubectl must return, so the
 * command drives the simulated clock forward in small steps while it watches — the rollout
 * happens "while the student waits". With no `--timeout` real kubectl would wait forever; the
 * simulation stops waiting after the Deployment's progress deadline (by then the controller has
 * either finished or reported ProgressDeadlineExceeded, unless the rollout is paused) and says
 * it timed out, as kubectl does when its own timeout passes.
 */
import type { Deployment } from '../../types';
import type { Invocation } from '../context';
import { rolloutTargets } from './rollout';

/** How far the clock moves between looks (kubectl sees each change as a watch event). */
const STEP_MS = 100;

export interface StatusLine {
  text: string;
  done: boolean;
  error?: string;
}

const PROGRESS_DEADLINE_EXCEEDED = 'ProgressDeadlineExceeded';

/** `DeploymentStatusViewer.Status`: the line for this state of the Deployment. */
export function deploymentStatusLine(d: Deployment, revision: number): StatusLine {
  const name = d.metadata.name;
  if (revision > 0) {
    const current = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    if (current !== revision)
      return {
        text: '',
        done: false,
        error: `desired revision (${revision}) is different from the running revision (${current})`,
      };
  }
  const s = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0))
    return { text: 'Waiting for deployment spec update to be observed...', done: false };
  const progressing = s.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === PROGRESS_DEADLINE_EXCEEDED)
    return { text: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
  const wait = (what: string): StatusLine => ({
    text: `Waiting for deployment "${name}" rollout to finish: ${what}...`,
    done: false,
  });
  const desired = d.spec.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const replicas = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < desired) return wait(`${updated} out of ${desired} new replicas have been updated`);
  if (replicas > updated) return wait(`${replicas - updated} old replicas are pending termination`);
  if (available < updated) return wait(`${available} of ${updated} updated replicas are available`);
  return { text: `deployment "${name}" successfully rolled out`, done: true };
}

export function rolloutStatus(inv: Invocation): void {
  const { cmd, out } = inv;
  const revision = Number(cmd.flags.revision ?? 0);
  if (revision < 0) return out.fail(`error: revision must be a positive integer: ${revision}`);
  const targets = rolloutTargets(inv);
  if (!targets) return;
  const timeout = Number(cmd.flags.timeout ?? 0);
  const watch = cmd.flags.watch !== false && cmd.flags.watch !== 'false';
  for (const obj of targets) {
    if (obj.kind !== 'Deployment')
      return out.fail(`error: no status viewer has been implemented for ${obj.kind}`);
    if (!watchRollout(inv, obj, revision, timeout, watch)) return;
  }
}

/** Watch one Deployment; false when the command ends with an error. */
function watchRollout(
  inv: Invocation,
  d: Deployment,
  revision: number,
  timeoutMs: number,
  watch: boolean,
): boolean {
  const { ctx, out } = inv;
  const ns = d.metadata.namespace ?? 'default';
  let result: 'waiting' | 'done' | 'failed' = 'waiting';
  const show = (obj: Deployment): void => {
    if (result !== 'waiting') return;
    const line = deploymentStatusLine(obj, revision);
    if (line.error) {
      out.fail(`error: ${line.error}`);
      result = 'failed';
      return;
    }
    out.println(line.text);
    if (line.done || !watch) result = 'done';
  };
  show(d);
  if (result !== 'waiting') return result === 'done';

  // with no --timeout, give up once the Deployment has not changed for its progress deadline
  const quiet = (d.spec.progressDeadlineSeconds ?? 600) * 1000 + 1000;
  let lastChange = ctx.clock.now;
  const stop = ctx.api.watch('Deployment', { namespace: ns }, (e) => {
    if (e.object.metadata.name !== d.metadata.name || result !== 'waiting') return;
    lastChange = ctx.clock.now;
    if (e.type === 'DELETED') {
      out.fail('error: object has been deleted');
      result = 'failed';
    } else show(e.object as Deployment);
  });
  const start = ctx.clock.now;
  const givenUp = (): boolean =>
    timeoutMs > 0 ? ctx.clock.now - start >= timeoutMs : ctx.clock.now - lastChange >= quiet;
  try {
    while (result === 'waiting' && !givenUp()) ctx.clock.advance(STEP_MS);
  } finally {
    stop();
  }
  if (result === 'waiting') {
    out.fail('error: timed out waiting for the condition');
    return false;
  }
  return result === 'done';
}
