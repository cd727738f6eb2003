/** Modern `kubectl describe service` and `describe endpoints`. */
import type { Endpoints, Event, Service } from '../../../types';
import { formatLabels } from '../format/labels';
import { MODERN_DESCRIBE } from '../format/tabwriter';
import { formatEndpoints } from '../get/endpoints';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline } from './common';
import { PrefixWriter } from './writer';

/** Dual-stack fields the API server fills in; this model keeps them only when the object has them. */
interface DualStackSpec {
  ipFamilyPolicy?: string;
  ipFamilies?: string[];
  internalTrafficPolicy?: string;
  externalTrafficPolicy?: string;
  loadBalancerIP?: string;
}

export function describeService(
  svc: Service,
  endpoints: Endpoints | undefined,
  events: readonly Event[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const spec = svc.spec as Service['spec'] & DualStackSpec;
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0)
    w.write(
      0,
      `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname || '').join(', ')}\n`,
    );
  for (const port of spec.ports ?? []) {
    const name = port.name || '<unset>';
    const protocol = port.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${port.port}/${protocol}\n`);
    w.write(0, `TargetPort:\t${port.targetPort ?? port.port}/${protocol}\n`);
    if (port.nodePort) w.write(0, `NodePort:\t${name}\t${port.nodePort}/${protocol}\n`);
    w.write(0, `Endpoints:\t${endpointsFor(endpoints, port.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy)
    w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy)
    w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  describeEvents(w, events, nowMs);
  return w.toString();
}

/**
 * Ready endpoints for one service port. kubectl reads EndpointSlices here, which mirror the
 * Endpoints object: no object (a selector-less Service) is `<none>`; an object with no ready
 * addresses is an empty slice and prints nothing.
 */
function endpointsFor(endpoints: Endpoints | undefined, portName: string): string {
  if (!endpoints) return '<none>';
  if (!endpoints.subsets?.length) return '';
  return formatEndpoints(endpoints, new Set([portName]));
}

export function describeEndpoints(ep: Endpoints, events: readonly Event[], nowMs: number): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  w.write(0, `Name:\t${ep.metadata.name}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', ep.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(0, 'Subsets:\n');
  for (const subset of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(subset.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(
      1,
      `NotReadyAddresses:\t${(subset.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`,
    );
    if (subset.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of subset.ports)
        w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? ''}\n`);
    }
    w.write(0, '\n');
  }
  describeEvents(w, events, nowMs);
  return w.toString();
}
