/**
 * `kubectl rollout history`: a Deployment's revisions are its ReplicaSets' revision
 * annotations (kubectl's `DeploymentHistoryViewer`); CHANGE-CAUSE is the ReplicaSet's
 * `kubernetes.io/change-cause` annotation. `--revision=N` shows that revision's pod template.
 */
import { selectorFromLabelSelector } from '../../labels/selector';
import {
  CHANGE_CAUSE_ANNOTATION,
  findNewReplicaSet,
  findOldReplicaSets,
  revisionOf,
} from '../../controllers/deployment';
import { controllerRefOf } from '../../controllers/replication';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../types';
import type { KubectlContext } from '../context';
import type { Invocation } from '../context';
import { describePodTemplate } from '../printers/describe/podTemplate';
import type { PrefixWriter } from '../printers/describe/writer';
import { MODERN_DESCRIBE, Tabwriter } from '../printers/format/tabwriter';
import { rolloutName, rolloutTargets } from './rollout';

/** `deploymentutil.GetAllReplicaSets`: the old ReplicaSets and the new one, as kubectl lists them. */
export function deploymentReplicaSets(ctx: KubectlContext, d: Deployment): ReplicaSet[] {
  const selector = selectorFromLabelSelector(d.spec.selector);
  const owned = ctx.api
    .list('ReplicaSet', { namespace: d.metadata.namespace ?? 'default', labelSelector: selector })
    .filter((rs) => controllerRefOf(rs)?.uid === d.metadata.uid);
  const newRS = findNewReplicaSet(d, owned);
  return [...findOldReplicaSets(d, owned), ...(newRS ? [newRS] : [])];
}

/**
 * kubectl prints a revision's template through a PrefixWriter straight into a buffer, with no
 * tabwriter in between, so its tabs reach the terminal as tabs. This writer does the same.
 */
function rawTemplate(template: PodTemplateSpec): string {
  let text = '';
  const raw = {
    write: (level: number, line: string): void => void (text += '  '.repeat(level) + line),
    flush: (): void => {},
    toString: (): string => text,
  };
  describePodTemplate(raw as unknown as PrefixWriter, template);
  return text;
}

/** `ViewHistory`: the REVISION / CHANGE-CAUSE table, or one revision's template, or an error. */
export function viewHistory(
  sets: readonly ReplicaSet[],
  revision: number,
): { ok: true; text: string } | { ok: false; error: string } {
  const history = new Map<number, ReplicaSet>();
  for (const rs of sets) history.set(revisionOf(rs), rs);
  if (history.size === 0) return { ok: true, text: 'No rollout history found.' };
  if (revision > 0) {
    const rs = history.get(revision);
    if (!rs) return { ok: false, error: 'unable to find the specified revision' };
    const template = structuredTemplate(rs);
    return { ok: true, text: rawTemplate(template) };
  }
  const tw = new Tabwriter(MODERN_DESCRIBE);
  tw.write('REVISION\tCHANGE-CAUSE\n');
  for (const r of [...history.keys()].sort((a, b) => a - b)) {
    const cause = history.get(r)?.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
    tw.write(`${r}\t${cause || '<none>'}\n`);
  }
  tw.flush();
  return { ok: true, text: tw.toString() };
}

/** The ReplicaSet's template with its change-cause copied in, as the viewer shows it. */
function structuredTemplate(rs: ReplicaSet): PodTemplateSpec {
  const template = rs.spec.template ?? { spec: { containers: [] } };
  const cause = rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
  if (!cause) return template;
  const metadata = template.metadata ?? {};
  return {
    ...template,
    metadata: {
      ...metadata,
      annotations: { ...metadata.annotations, [CHANGE_CAUSE_ANNOTATION]: cause },
    },
  };
}

export function rolloutHistory(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const revision = Number(cmd.flags.revision ?? 0);
  if (revision < 0) return out.fail(`error: revision must be a positive integer: ${revision}`);
  const targets = rolloutTargets(inv);
  if (!targets) return;
  for (const obj of targets) {
    if (obj.kind !== 'Deployment') {
      const known = ['ReplicaSet', 'ReplicationController', 'Pod'].includes(obj.kind);
      return out.fail(
        known
          ? `error: no history viewer has been implemented for "${obj.kind}"`
          : `error: error retrieving history for "${obj.kind}", no visitor method exists for { ${obj.kind}}`,
      );
    }
    const viewed = viewHistory(deploymentReplicaSets(ctx, obj), revision);
    if (!viewed.ok) return out.fail(`error: ${viewed.error}`);
    const heading = revision > 0 ? `with revision #${revision}` : '';
    out.print(`${rolloutName(obj)} ${heading}\n${viewed.text}\n`);
  }
}
