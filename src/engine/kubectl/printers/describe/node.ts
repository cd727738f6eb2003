/** Modern `kubectl describe node` and `describe namespace`. */
import type { Event, Namespace, Node, Pod } from '../../../types';
import { milliValue, value } from '../../../api/quantity';
import { ageSince } from '../format/duration';
import { formatRFC1123Z } from '../format/goTime';
import {
  podTotals,
  quantityOf,
  quantityText,
  sumTotals,
  type Quantities,
} from '../format/resources';
import { MODERN_DESCRIBE } from '../format/tabwriter';
import { nodeRoles } from '../get/node';
import {
  describeEvents,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTaintsMultiline,
} from './common';
import { PrefixWriter } from './writer';

/** `int64(float64(part) / float64(whole) * 100)`: a truncated percentage, 0 of nothing. */
const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.trunc((part / whole) * 100);

function describeNodeResource(
  w: PrefixWriter,
  node: Node,
  pods: readonly Pod[],
  nowMs: number,
): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const capacity = node.status?.capacity;
  const allocatable =
    node.status?.allocatable && Object.keys(node.status.allocatable).length > 0
      ? node.status.allocatable
      : capacity;
  const cpuAlloc = milliValue(quantityOf(allocatable, 'cpu'));
  const memAlloc = value(quantityOf(allocatable, 'memory'));
  const cell = (q: Quantities, name: string, whole: number, milli: boolean): string => {
    const quantity = quantityOf(q, name);
    return `${quantityText(quantity)} (${percent(milli ? milliValue(quantity) : value(quantity), whole)}%)`;
  };
  const requests: Quantities[] = [];
  const limits: Quantities[] = [];
  for (const pod of pods) {
    const req = podTotals(pod, 'requests');
    const lim = podTotals(pod, 'limits');
    requests.push(req);
    limits.push(lim);
    w.write(
      1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\t\t${cell(req, 'cpu', cpuAlloc, true)}\t${cell(lim, 'cpu', cpuAlloc, true)}\t` +
        `${cell(req, 'memory', memAlloc, false)}\t${cell(lim, 'memory', memAlloc, false)}\t${ageSince(pod.metadata.creationTimestamp, nowMs)}\n`,
    );
  }
  w.write(
    0,
    'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n',
  );
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const reqs = sumTotals(requests);
  const lims = sumTotals(limits);
  const ephemeralAlloc = value(quantityOf(allocatable, 'ephemeral-storage'));
  w.write(1, `cpu\t${cell(reqs, 'cpu', cpuAlloc, true)}\t${cell(lims, 'cpu', cpuAlloc, true)}\n`);
  w.write(
    1,
    `memory\t${cell(reqs, 'memory', memAlloc, false)}\t${cell(lims, 'memory', memAlloc, false)}\n`,
  );
  w.write(
    1,
    `ephemeral-storage\t${cell(reqs, 'ephemeral-storage', ephemeralAlloc, false)}\t${cell(lims, 'ephemeral-storage', ephemeralAlloc, false)}\n`,
  );
  const names = Object.keys(allocatable ?? {}).sort();
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) {
    const whole = value(quantityOf(allocatable, name));
    w.write(1, `${name}\t${cell(reqs, name, whole, false)}\t${cell(lims, name, whole, false)}\n`);
  }
  // Extended resources (anything but the standard container resources and pods) list plainly.
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !standard.has(n))) {
    w.write(
      1,
      `${name}\t${quantityText(quantityOf(reqs, name))}\t${quantityText(quantityOf(lims, name))}\n`,
    );
  }
}

/**
 * `describe node`. The Lease section reads the node's heartbeat: the simulation has no Lease
 * objects, and the kubelet renews its lease whenever it posts status.
 */
export function describeNode(
  node: Node,
  events: readonly Event[],
  pods: readonly Pod[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const status = node.status ?? {};
  w.write(0, `Name:\t${node.metadata.name}\n`);
  w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata.creationTimestamp)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec.taints);
  w.write(0, `Unschedulable:\t${node.spec.unschedulable === true}\n`);
  const heartbeat = status.conditions?.find((c) => c.type === 'Ready')?.lastHeartbeatTime;
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${node.metadata.name}\n`);
  w.write(1, 'AcquireTime:\t<unset>\n');
  w.write(1, `RenewTime:\t${heartbeat ? formatRFC1123Z(heartbeat) : '<unset>'}\n`);
  if (status.conditions?.length) {
    w.write(
      0,
      'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n',
    );
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of status.conditions) {
      w.write(
        1,
        `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', status.capacity],
    ['Allocatable', status.allocatable],
  ] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const name of names) w.write(0, `  ${name}:\t${quantityText(quantityOf(list, name))}\n`);
  }
  const info = status.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (node.spec.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  // kubectl asks for this node's pods that are neither Succeeded nor Failed.
  const running = pods.filter(
    (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
  describeNodeResource(w, node, running, nowMs);
  describeEvents(w, events, nowMs);
  return w.toString();
}

/** `describe namespace`: no quotas or limit ranges exist in the simulation, so kubectl says so. */
export function describeNamespace(ns: Namespace): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
  w.write(0, '\n');
  w.write(0, 'No resource quota.\n');
  w.write(0, '\n');
  w.write(0, 'No LimitRange resource.\n');
  return w.toString();
}
