/** `kubectl get pods`: the modern table and the 2015 one-row-per-container table. */
import type { ContainerStatus, Pod } from '../../../types';
import { ageSince, legacyAgeSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import { summarizePod } from '../status';
import { humanDuration } from '../format/duration';
import type { Table } from './table';
import { legacyName } from './legacyTable';

export function podTable(pods: readonly Pod[], nowMs: number): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Ready' },
      { name: 'Status' },
      { name: 'Restarts' },
      { name: 'Age' },
      { name: 'IP', priority: 1 },
      { name: 'Node', priority: 1 },
      { name: 'Nominated Node', priority: 1 },
      { name: 'Readiness Gates', priority: 1 },
    ],
    rows: pods.map((pod) => {
      const s = summarizePod(pod);
      const restarts =
        s.restarts !== 0 && s.lastRestartMs !== undefined
          ? `${s.restarts} (${humanDuration(nowMs - s.lastRestartMs)} ago)`
          : String(s.restarts);
      const ip = pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>';
      return {
        object: pod,
        cells: [
          pod.metadata.name,
          `${s.readyContainers}/${s.totalContainers}`,
          s.status,
          restarts,
          ageSince(pod.metadata.creationTimestamp, nowMs),
          ip,
          pod.spec.nodeName || '<none>',
          pod.status?.nominatedNodeName || '<none>',
          readinessGates(pod),
        ],
      };
    }),
  };
}

/** `1/2` true readiness-gate conditions, or `<none>` without gates. */
function readinessGates(pod: Pod): string {
  const gates = (pod.spec as { readinessGates?: { conditionType: string }[] }).readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const trueCount = gates.filter(
    (g) => pod.status?.conditions?.find((c) => c.type === g.conditionType)?.status === 'True',
  ).length;
  return `${trueCount}/${gates.length}`;
}

export const LEGACY_POD_COLUMNS = [
  'POD',
  'IP',
  'CONTAINER(S)',
  'IMAGE(S)',
  'HOST',
  'LABELS',
  'STATUS',
  'CREATED',
  'MESSAGE',
];

/**
 * kubectl v0.x `printPod`: the pod's row (IP, `host/hostIP`, labels, phase, age, message), then a
 * row per container with its image, state, start age and a message explaining the state.
 */
export function legacyPodRows(
  pod: Pod,
  nowMs: number,
  withNamespace: boolean | undefined,
): string[][] {
  const status = pod.status ?? {};
  const rows = [
    [
      legacyName(pod, withNamespace),
      status.podIP ?? '',
      '',
      '',
      podHostString(pod.spec.nodeName ?? '', status.hostIP ?? ''),
      formatLabels(pod.metadata.labels),
      status.phase ?? '',
      legacyAgeSince(pod.metadata.creationTimestamp, nowMs),
      status.message ?? '',
    ],
  ];
  const statuses = status.containerStatuses ?? [];
  if (statuses.length === 0) {
    // No status reported yet: the containers as specified.
    for (const c of pod.spec.containers) rows.push(['', '', c.name, c.image, '', '', '', '', '']);
    return rows;
  }
  for (const cs of statuses) {
    const { state, created, message } = interpretContainerStatus(cs, nowMs);
    rows.push(['', '', cs.name, cs.image, '', '', state, created, message]);
  }
  return rows;
}

function podHostString(host: string, ip: string): string {
  return host === '' && ip === '' ? '<unassigned>' : `${host}/${ip}`;
}

/** kubectl v0.x `interpretContainerStatus`: STATUS, CREATED and MESSAGE of a container row. */
function interpretContainerStatus(
  cs: ContainerStatus,
  nowMs: number,
): { state: string; created: string; message: string } {
  const termMessage = (t: ContainerStatus['state']['terminated']): string =>
    t
      ? t.reason
        ? `exit code ${t.exitCode}, reason: ${t.reason}`
        : `exit code ${t.exitCode}`
      : '';
  const { waiting, running, terminated } = cs.state ?? {};
  if (waiting) return { state: 'Waiting', created: '', message: waiting.reason ?? '' };
  if (running) {
    // While crash-looping, the last termination explains why.
    const last = termMessage(cs.lastState?.terminated);
    return {
      state: cs.ready ? 'Running' : 'Running *not ready*',
      created: legacyAgeSince(running.startedAt, nowMs),
      message: last === '' ? '' : `last termination: ${last}`,
    };
  }
  if (terminated) {
    return {
      state: 'Terminated',
      created: legacyAgeSince(terminated.startedAt, nowMs),
      message: termMessage(terminated),
    };
  }
  // Go returned an error here and printed nothing more; a state-less status is a blank row.
  return { state: '', created: '', message: '' };
}
