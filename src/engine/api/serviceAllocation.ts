/**
 * The API server's part of Service creation: a ClusterIP from the service CIDR and NodePorts
 * from the node-port range, held for the Service's lifetime and released on delete.
 */
import type { Service } from '../types';
import { invalid, type FieldError } from './field';
import type { IpAllocator } from './allocators/ipAllocator';
import type { PortAllocator } from './allocators/portAllocator';

export interface ServiceAllocators {
  ips: IpAllocator;
  nodePorts: PortAllocator;
}

const needsNodePorts = (svc: Service): boolean =>
  svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer';

/**
 * Allocate what `svc` needs (mutating it), given what `old` already holds. Returns field errors
 * and, on success, a rollback that frees what was taken (for dry runs and failed writes).
 */
export function allocateServiceAddresses(
  svc: Service,
  old: Service | undefined,
  alloc: ServiceAllocators,
  modern: boolean,
): { errors: FieldError[]; rollback: () => void } {
  const errors: FieldError[] = [];
  const takenIps: string[] = [];
  const takenPorts: number[] = [];
  const rollback = (): void => {
    for (const ip of takenIps) alloc.ips.release(ip);
    for (const port of takenPorts) alloc.nodePorts.release(port);
  };

  if (svc.spec.type !== 'ExternalName') {
    const wanted = svc.spec.clusterIP ?? '';
    if (old) {
      // immutable; validation reports changes
    } else if (wanted === '') {
      const ip = alloc.ips.allocateNext();
      if (ip) {
        svc.spec.clusterIP = ip;
        takenIps.push(ip);
      } else
        errors.push(invalid('spec.clusterIP', '', 'failed to allocate a serviceIP: range is full'));
    } else if (wanted !== 'None') {
      const err = alloc.ips.allocate(wanted);
      if (err) errors.push(invalid('spec.clusterIP', wanted, err));
      else takenIps.push(wanted);
    }
    if (modern && svc.spec.clusterIP) svc.spec.clusterIPs = [svc.spec.clusterIP];
  }

  const oldPorts = new Set(
    old && needsNodePorts(old) ? (old.spec.ports ?? []).map((p) => p.nodePort ?? 0) : [],
  );
  if (needsNodePorts(svc)) {
    (svc.spec.ports ?? []).forEach((port, i) => {
      if (port.nodePort && oldPorts.has(port.nodePort)) return;
      if (!port.nodePort) {
        const next = alloc.nodePorts.allocateNext();
        if (next === undefined)
          errors.push(invalid(`spec.ports[${i}].nodePort`, 0, 'range is full'));
        else {
          port.nodePort = next;
          takenPorts.push(next);
        }
        return;
      }
      const err = alloc.nodePorts.allocate(port.nodePort);
      if (err) errors.push(invalid(`spec.ports[${i}].nodePort`, port.nodePort, err));
      else takenPorts.push(port.nodePort);
    });
  } else {
    for (const port of svc.spec.ports ?? []) delete port.nodePort;
  }
  if (errors.length) rollback();
  return { errors, rollback };
}

/** After a successful update, free the NodePorts the old Service had and the new one dropped. */
export function releaseDroppedNodePorts(
  svc: Service,
  old: Service,
  alloc: ServiceAllocators,
): void {
  const kept = new Set(needsNodePorts(svc) ? (svc.spec.ports ?? []).map((p) => p.nodePort) : []);
  for (const p of old.spec.ports ?? [])
    if (p.nodePort && !kept.has(p.nodePort)) alloc.nodePorts.release(p.nodePort);
}

export function releaseServiceAddresses(svc: Service, alloc: ServiceAllocators): void {
  if (svc.spec.clusterIP && svc.spec.clusterIP !== 'None') alloc.ips.release(svc.spec.clusterIP);
  for (const p of svc.spec.ports ?? []) alloc.nodePorts.release(p.nodePort);
}
