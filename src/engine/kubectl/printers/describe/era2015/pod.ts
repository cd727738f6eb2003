/** kubectl v1.0 `describe pod` (k8s-reference §9.4). */
import type {
  AnyObject,
  ContainerState,
  Event,
  Pod,
  ReplicationController,
} from '../../../../types';
import { formatRFC1123Z } from '../../format/goTime';
import { formatLabels } from '../../format/labels';
import { quantityOf, quantityText } from '../../format/resources';
import type { Tabwriter } from '../../format/tabwriter';
import { goBool } from '../common';
import { podFieldValue } from '../pod';
import { describeLegacyEvents, imageList, legacyWriter } from './common';

function describeState(out: Tabwriter, state: ContainerState | undefined): void {
  if (state?.running) {
    out.write('    State:\tRunning\n');
    out.write(`      Started:\t${formatRFC1123Z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    out.write('    State:\tWaiting\n');
    if (state.waiting.reason) out.write(`      Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    out.write('    State:\tTerminated\n');
    if (t.reason) out.write(`      Reason:\t${t.reason}\n`);
    if (t.message) out.write(`      Message:\t${t.message}\n`);
    out.write(`      Exit Code:\t${t.exitCode}\n`);
    if (t.signal) out.write(`      Signal:\t${t.signal}\n`);
    out.write(`      Started:\t${formatRFC1123Z(t.startedAt)}\n`);
    out.write(`      Finished:\t${formatRFC1123Z(t.finishedAt)}\n`);
  } else {
    out.write('    State:\tWaiting\n');
  }
}

function describeContainers(out: Tabwriter, pod: Pod): void {
  const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name, s]));
  for (const c of pod.spec.containers) {
    const status = statuses.get(c.name);
    out.write(`  ${c.name}:\n`);
    out.write(`    Image:\t${c.image}\n`);
    // Go iterated the limits map in random order; sorted here so the output is repeatable.
    const limits = Object.keys(c.resources?.limits ?? {}).sort();
    if (limits.length > 0) out.write('    Limits:\n');
    for (const name of limits)
      out.write(`      ${name}:\t${quantityText(quantityOf(c.resources?.limits, name))}\n`);
    describeState(out, status?.state);
    out.write(`    Ready:\t${goBool(status?.ready)}\n`);
    out.write(`    Restart Count:\t${status?.restartCount ?? 0}\n`);
    out.write('    Variables:\n');
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.fieldRef;
      out.write(
        ref
          ? `      ${e.name}:\t${podFieldValue(pod, ref.fieldPath)} (${ref.apiVersion ?? ''}:${ref.fieldPath})\n`
          : `      ${e.name}:\t${e.value ?? ''}\n`,
      );
    }
  }
}

/** `printReplicationControllersByLabels`: `frontend (2/2 replicas created)`, or `<none>`. */
function controllersText(controllers: readonly AnyObject[]): string {
  const rcs = controllers.filter(
    (c): c is ReplicationController => c.kind === 'ReplicationController',
  );
  return (
    rcs
      .map(
        (rc) =>
          `${rc.metadata.name} (${rc.status?.replicas ?? 0}/${rc.spec.replicas ?? 1} replicas created)`,
      )
      .join(', ') || '<none>'
  );
}

export function describeLegacyPod(
  pod: Pod,
  events: readonly Event[],
  controllers: readonly AnyObject[],
): string {
  const out = legacyWriter();
  const status = pod.status ?? {};
  out.write(`Name:\t${pod.metadata.name}\n`);
  out.write(`Namespace:\t${pod.metadata.namespace ?? ''}\n`);
  out.write(`Image(s):\t${imageList(pod.spec.containers)}\n`);
  out.write(`Node:\t${pod.spec.nodeName ?? ''}/${status.hostIP ?? ''}\n`);
  out.write(`Labels:\t${formatLabels(pod.metadata.labels)}\n`);
  out.write(`Status:\t${status.phase ?? ''}\n`);
  out.write(`Reason:\t${status.reason ?? ''}\n`);
  out.write(`Message:\t${status.message ?? ''}\n`);
  out.write(`IP:\t${status.podIP ?? ''}\n`);
  out.write(`Replication Controllers:\t${controllersText(controllers)}\n`);
  out.write('Containers:\n');
  describeContainers(out, pod);
  if (status.conditions?.length) {
    out.write('Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions) out.write(`  ${c.type} \t${c.status} \n`);
  }
  describeLegacyEvents(out, events);
  return out.toString();
}
