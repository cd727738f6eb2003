/**
 * The rules kube-proxy derives from one Service and its Endpoints: one rule per service port,
 * matched by (ClusterIP, port) and — for NodePort and LoadBalancer Services — by the node's
 * own (IP, nodePort). Backends come from the Endpoints' ready `addresses` only, with the port
 * whose name equals the service port's name, as kube-proxy's `BuildPortsToEndpointsMap` pairs
 * them; `notReadyAddresses` never receive traffic.
 */
import type { Endpoints, Service, ServicePort } from '../types';

/** `namespace/name:portName`, kube-proxy's ServicePortName. */
export interface ServicePortName {
  namespace: string;
  name: string;
  /** Absent for an unnamed port (a Service with a single port). */
  portName?: string;
}

export interface Backend {
  ip: string;
  port: number;
  targetRef?: { namespace: string; name: string };
  /** The node the Endpoints object says the address lives on. */
  nodeName?: string;
}

export interface SessionAffinity {
  /** How long a client IP sticks to its backend after its last request, in simulated ms. */
  timeoutMs: number;
}

export interface ServicePortRule {
  /** The balancer's key: `namespace/name:portName`. */
  key: string;
  service: ServicePortName;
  clusterIP: string;
  port: number;
  protocol: string;
  nodePort?: number;
  /** Set for `sessionAffinity: ClientIP`. */
  affinity?: SessionAffinity;
  backends: Backend[];
}

/** iptables' `recent` timeout when `sessionAffinityConfig` is absent (v1.DefaultClientIPServiceAffinitySeconds). */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10_800;
/** The userspace proxier's fixed sticky age in 2015 (`stickyMaxAgeMinutes`). */
export const USERSPACE_AFFINITY_MINUTES = 180;

export const servicePortKey = (s: ServicePortName): string =>
  `${s.namespace}/${s.name}:${s.portName ?? ''}`;

const hasNodePort = (svc: Service): boolean =>
  svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer';

/** `spec.sessionAffinityConfig` is not in the internal type yet; read it where it is stored. */
function affinityTimeoutSeconds(svc: Service): number {
  const config = (
    svc.spec as { sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: unknown } } }
  ).sessionAffinityConfig;
  const seconds = config?.clientIP?.timeoutSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : DEFAULT_AFFINITY_TIMEOUT_SECONDS;
}

function sessionAffinity(svc: Service, userspace: boolean): SessionAffinity | undefined {
  if (svc.spec.sessionAffinity !== 'ClientIP') return undefined;
  return {
    timeoutMs: userspace ? USERSPACE_AFFINITY_MINUTES * 60_000 : affinityTimeoutSeconds(svc) * 1000,
  };
}

/** The ready backends of one service port, in the Endpoints object's order. */
export function backendsFor(
  endpoints: Endpoints | undefined,
  portName: string | undefined,
): Backend[] {
  const backends: Backend[] = [];
  if (!endpoints) return backends;
  const namespace = endpoints.metadata.namespace ?? 'default';
  for (const subset of endpoints.subsets ?? []) {
    const port = subset.ports?.find((p) => (p.name ?? '') === (portName ?? ''));
    // kube-proxy skips addresses it cannot dial (no IP, port 0)
    if (!port || !(port.port > 0)) continue;
    for (const address of subset.addresses ?? []) {
      if (!address.ip) continue;
      const ref = address.targetRef;
      backends.push({
        ip: address.ip,
        port: port.port,
        ...(ref && ref.kind === 'Pod'
          ? { targetRef: { namespace: ref.namespace ?? namespace, name: ref.name } }
          : {}),
        ...(address.nodeName ? { nodeName: address.nodeName } : {}),
      });
    }
  }
  return backends;
}

/** Whether kube-proxy programs anything for this Service: a real ClusterIP, not headless or ExternalName. */
export function isProxied(svc: Service): boolean {
  const ip = svc.spec.clusterIP;
  return !!ip && ip !== 'None' && svc.spec.type !== 'ExternalName';
}

/** One rule per service port of a proxied Service; none for headless or ExternalName ones. */
export function serviceRules(
  svc: Service,
  endpoints: Endpoints | undefined,
  userspace: boolean,
): ServicePortRule[] {
  if (!isProxied(svc)) return [];
  const namespace = svc.metadata.namespace ?? 'default';
  const affinity = sessionAffinity(svc, userspace);
  return (svc.spec.ports ?? []).map((sp: ServicePort) => {
    const service: ServicePortName = {
      namespace,
      name: svc.metadata.name,
      ...(sp.name ? { portName: sp.name } : {}),
    };
    return {
      key: servicePortKey(service),
      service,
      clusterIP: svc.spec.clusterIP ?? '',
      port: sp.port,
      protocol: sp.protocol ?? 'TCP',
      ...(hasNodePort(svc) && sp.nodePort ? { nodePort: sp.nodePort } : {}),
      ...(affinity ? { affinity } : {}),
      backends: backendsFor(endpoints, sp.name),
    };
  });
}
