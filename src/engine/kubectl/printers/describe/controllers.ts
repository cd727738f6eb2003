/**
 * Modern `describe` for the replica controllers: ReplicationController and ReplicaSet (same
 * layout, `Replicas: 3 current / 3 desired`, `Pods Status: …`) and Deployment.
 */
import type {
  AnyObject,
  Deployment,
  Event,
  Pod,
  ReplicaSet,
  ReplicationController,
} from '../../../types';
import { formatRFC1123Z } from '../format/goTime';
import { formatLabelSelector, formatLabels, labelSelectorString } from '../format/labels';
import { controllerOf } from '../format/objects';
import { MODERN_DESCRIBE } from '../format/tabwriter';
import { stableJson } from '../../../util/json';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline } from './common';
import { describePodTemplate } from './podTemplate';
import { PrefixWriter } from './writer';

/**
 * `getPodStatusForController`: phases of the pods this controller owns. Pods that match the
 * selector but are orphans or another controller's are not counted.
 */
function podsStatusLine(owner: AnyObject, pods: readonly Pod[]): string {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of pods) {
    const ref = controllerOf(pod);
    if (!ref || ref.uid !== owner.metadata.uid) continue;
    const phase = pod.status?.phase;
    if (phase && phase in counts) counts[phase as keyof typeof counts]++;
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}

function describeConditions(
  w: PrefixWriter,
  conditions: readonly { type: string; status: string; reason?: string }[] | undefined,
): void {
  if (!conditions?.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

export function describeReplicationController(
  rc: ReplicationController,
  events: readonly Event[],
  pods: readonly Pod[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  w.write(0, `Name:\t${rc.metadata.name}\n`);
  w.write(0, `Namespace:\t${rc.metadata.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabels(rc.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rc.metadata.annotations);
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podsStatusLine(rc, pods)}\n`);
  describePodTemplate(w, rc.spec.template);
  describeConditions(w, rc.status?.conditions);
  describeEvents(w, events, nowMs);
  return w.toString();
}

export function describeReplicaSet(
  rs: ReplicaSet,
  events: readonly Event[],
  pods: readonly Pod[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controllerOf(rs);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
  w.write(0, 'Pods Status:\t');
  w.write(0, `${podsStatusLine(rs, pods)}\n`);
  describePodTemplate(w, rs.spec.template);
  describeConditions(w, rs.status?.conditions);
  describeEvents(w, events, nowMs);
  return w.toString();
}

/** `EqualIgnoreHash`: the ReplicaSet's template is the Deployment's, bar the pod-template-hash label. */
function templateMatches(rs: ReplicaSet, d: Deployment): boolean {
  const strip = (t: ReplicaSet['spec']['template']): unknown => {
    if (!t) return t;
    const labels = { ...t.metadata?.labels };
    delete labels['pod-template-hash'];
    return { ...t, metadata: { ...t.metadata, labels } };
  };
  return stableJson(strip(rs.spec.template)) === stableJson(strip(d.spec.template));
}

const byAge = (a: ReplicaSet, b: ReplicaSet): number => {
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
};

const replicaSetsText = (sets: readonly ReplicaSet[]): string =>
  sets
    .map(
      (rs) =>
        `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 1} replicas created)`,
    )
    .join(', ') || '<none>';

export function describeDeployment(
  d: Deployment,
  events: readonly Event[],
  replicaSets: readonly ReplicaSet[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const s = d.status ?? {};
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(d.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${labelSelectorString(d.spec.selector)}\n`);
  w.write(
    0,
    `Replicas:\t${d.spec.replicas ?? 1} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ` +
      `${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  if (ru)
    w.write(
      0,
      `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? 0)} max unavailable, ${String(ru.maxSurge ?? 0)} max surge\n`,
    );
  describePodTemplate(w, d.spec.template);
  describeConditions(w, s.conditions);
  // FindNewReplicaSet: the oldest whose template is the Deployment's; every other one is old.
  const sorted = [...replicaSets].sort(byAge);
  const newRS = sorted.find((rs) => templateMatches(rs, d));
  const oldRSs = replicaSets.filter((rs) => rs !== newRS); // listed in API order
  if (replicaSets.length > 0) {
    w.write(0, `OldReplicaSets:\t${replicaSetsText(oldRSs)}\n`);
    w.write(0, `NewReplicaSet:\t${replicaSetsText(newRS ? [newRS] : [])}\n`);
  }
  describeEvents(w, events, nowMs);
  return w.toString();
}
