/** Modern `kubectl describe pod` (kubectl 1.33 layout, k8s-reference §9.3). */
import type { Event, Pod } from '../../../types';
import { ageSince } from '../format/duration';
import { formatRFC1123Z } from '../format/goTime';
import { controllerOf } from '../format/objects';
import { podQOSClass } from '../format/resources';
import { MODERN_DESCRIBE } from '../format/tabwriter';
import {
  describeEvents,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './common';
import { describeContainers } from './containers';
import { describeVolumes } from './volumes';
import { PrefixWriter } from './writer';

/** The downward-API values describe resolves for `fieldRef` environment variables. */
export function podFieldValue(pod: Pod, path: string): string {
  const annotation = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (annotation)
    return pod.metadata[annotation[1] as 'labels' | 'annotations']?.[annotation[2] ?? ''] ?? '';
  const fields: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': pod.metadata.namespace,
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec.nodeName,
    'spec.serviceAccountName': pod.spec.serviceAccountName,
    'status.hostIP': pod.status?.hostIP,
    'status.podIP': pod.status?.podIP,
  };
  return fields[path] ?? '';
}

export function describePod(pod: Pod, events: readonly Event[], nowMs: number): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const status = pod.status ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? ''}\n`);
  if (pod.spec.priority !== undefined) w.write(0, `Priority:\t${pod.spec.priority}\n`);
  if (pod.spec.serviceAccountName) w.write(0, `Service Account:\t${pod.spec.serviceAccountName}\n`);
  w.write(
    0,
    pod.spec.nodeName ? `Node:\t${pod.spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n',
  );
  if (status.startTime) w.write(0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${ageSince(pod.metadata.deletionTimestamp, nowMs)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  const ips = status.podIPs?.length ? status.podIPs : status.podIP ? [{ ip: status.podIP }] : [];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const { ip } of ips) w.write(1, `IP:\t${ip}\n`);
  }
  const owner = controllerOf(pod);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  const fieldValue = (path: string): string => podFieldValue(pod, path);
  if (pod.spec.initContainers?.length) {
    describeContainers(
      w,
      'Init Containers',
      pod.spec.initContainers,
      status.initContainerStatuses ?? [],
      '',
      fieldValue,
    );
  }
  describeContainers(
    w,
    'Containers',
    pod.spec.containers,
    status.containerStatuses ?? [],
    '',
    fieldValue,
  );
  if (status.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, pod.spec.volumes, '');
  w.write(0, `QoS Class:\t${podQOSClass(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', pod.spec.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', pod.spec.tolerations);
  describeEvents(w, events, nowMs);
  return w.toString();
}
