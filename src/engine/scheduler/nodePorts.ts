/**
 * NodePorts (2015: PodFitsPorts): a host port is a port on the node itself, so two pods on one
 * node cannot both claim it. A port conflicts when protocol and number match and the host IPs
 * overlap (`0.0.0.0`, the default, overlaps every address). A containerPort alone never
 * conflicts: each pod has its own IP.
 */
import type { Pod } from '../types';
import type { FilterPlugin } from './types';

export const NODE_PORTS = 'NodePorts';
export const NODE_PORTS_REASON = "node(s) didn't have free ports for the requested pod ports";

interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

export function hostPorts(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  for (const c of pod.spec.containers)
    for (const p of c.ports ?? [])
      if (p.hostPort && p.hostPort > 0)
        ports.push({ ip: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort });
  return ports;
}

const conflicts = (a: HostPort, b: HostPort): boolean =>
  a.port === b.port &&
  a.protocol === b.protocol &&
  (a.ip === '0.0.0.0' || b.ip === '0.0.0.0' || a.ip === b.ip);

export const nodePorts: FilterPlugin = {
  name: NODE_PORTS,
  legacyName: 'PodFitsPorts',
  unresolvable: false,
  filter(pod, { pods }) {
    const wanted = hostPorts(pod);
    if (wanted.length === 0) return [];
    const used = pods.flatMap(hostPorts);
    return wanted.some((w) => used.some((u) => conflicts(w, u))) ? [NODE_PORTS_REASON] : [];
  },
};
