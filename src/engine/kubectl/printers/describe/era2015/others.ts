/** kubectl v1.0 `describe` for replication controllers, services, nodes and namespaces. */
import type {
  Endpoints,
  Event,
  Namespace,
  Node,
  Pod,
  ReplicationController,
  Service,
} from '../../../../types';
import { formatRFC1123Z } from '../../format/goTime';
import { formatLabels } from '../../format/labels';
import { quantityOf, quantityText } from '../../format/resources';
import { formatLegacyEndpoints } from '../../get/endpoints';
import { describeLegacyEvents, imageList, legacyWriter } from './common';

export function describeLegacyReplicationController(
  rc: ReplicationController,
  events: readonly Event[],
  pods: readonly Pod[],
): string {
  const out = legacyWriter();
  const count = (phase: string): number => pods.filter((p) => p.status?.phase === phase).length;
  out.write(`Name:\t${rc.metadata.name}\n`);
  out.write(`Namespace:\t${rc.metadata.namespace ?? ''}\n`);
  out.write(
    `Image(s):\t${rc.spec.template ? imageList(rc.spec.template.spec.containers) : '<no template>'}\n`,
  );
  out.write(`Selector:\t${formatLabels(rc.spec.selector)}\n`);
  out.write(`Labels:\t${formatLabels(rc.metadata.labels)}\n`);
  out.write(`Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec.replicas ?? 1} desired\n`);
  // v1.0 counted every pod the selector matched: there were no owner references yet.
  out.write(
    `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`,
  );
  describeLegacyEvents(out, events);
  return out.toString();
}

export function describeLegacyService(
  svc: Service,
  endpoints: Endpoints | undefined,
  events: readonly Event[],
): string {
  const out = legacyWriter();
  out.write(`Name:\t${svc.metadata.name}\n`);
  out.write(`Namespace:\t${svc.metadata.namespace ?? ''}\n`);
  out.write(`Labels:\t${formatLabels(svc.metadata.labels)}\n`);
  out.write(`Selector:\t${formatLabels(svc.spec.selector)}\n`);
  out.write(`Type:\t${svc.spec.type ?? ''}\n`);
  out.write(`IP:\t${svc.spec.clusterIP ?? ''}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0)
    out.write(
      `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname || '').join(', ')}\n`,
    );
  for (const port of svc.spec.ports ?? []) {
    const name = port.name || '<unnamed>';
    const protocol = port.protocol ?? 'TCP';
    out.write(`Port:\t${name}\t${port.port}/${protocol}\n`);
    if (port.nodePort) out.write(`NodePort:\t${name}\t${port.nodePort}/${protocol}\n`);
    out.write(`Endpoints:\t${formatLegacyEndpoints(endpoints, new Set([port.name ?? '']))}\n`);
  }
  out.write(`Session Affinity:\t${svc.spec.sessionAffinity ?? ''}\n`);
  describeLegacyEvents(out, events);
  return out.toString();
}

export function describeLegacyNode(
  node: Node,
  events: readonly Event[],
  pods: readonly Pod[],
): string {
  const out = legacyWriter();
  const status = node.status ?? {};
  out.write(`Name:\t${node.metadata.name}\n`);
  out.write(`Labels:\t${formatLabels(node.metadata.labels)}\n`);
  out.write(`CreationTimestamp:\t${formatRFC1123Z(node.metadata.creationTimestamp)}\n`);
  if (status.conditions?.length) {
    out.write(
      'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n',
    );
    for (const c of status.conditions) {
      out.write(
        `  ${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  out.write(`Addresses:\t${(status.addresses ?? []).map((a) => a.address).join(',')}\n`);
  // Go iterated the capacity map in random order; sorted here so the output is repeatable.
  const capacity = Object.keys(status.capacity ?? {}).sort();
  if (capacity.length > 0) {
    out.write('Capacity:\n');
    for (const name of capacity)
      out.write(` ${name}:\t${quantityText(quantityOf(status.capacity, name))}\n`);
  }
  const info = status.nodeInfo;
  out.write('Version:\n');
  out.write(` Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  out.write(` OS Image:\t${info?.osImage ?? ''}\n`);
  out.write(` Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  out.write(` Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  out.write(` Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (node.spec.podCIDR) out.write(`PodCIDR:\t${node.spec.podCIDR}\n`);
  out.write(`Pods:\t(${pods.length} in total)\n`);
  out.write('  Namespace\tName\n');
  for (const pod of pods) out.write(`  ${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\n`);
  describeLegacyEvents(out, events);
  return out.toString();
}

export function describeLegacyNamespace(ns: Namespace): string {
  const out = legacyWriter();
  out.write(`Name:\t${ns.metadata.name}\n`);
  out.write(`Labels:\t${formatLabels(ns.metadata.labels)}\n`);
  out.write(`Status:\t${ns.status?.phase ?? ''}\n`);
  out.write('\nNo resource quota.\n');
  out.write('\nNo resource limits.\n');
  return out.toString();
}
