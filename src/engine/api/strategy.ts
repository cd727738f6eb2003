/**
 * Per-kind rules the API server applies around validation (Kubernetes' REST "strategies"):
 * what a new object's status starts as, which parts an update may change, and whether a change
 * touched the spec (which bumps metadata.generation).
 */
import type { AnyObject, Container, Pod, Service } from '../types';
import { jsonEqual } from '../util/json';

/**
 * Give a decoded object the shape the internal types promise: Go's zero values for what the
 * document left out (a Pod without `containers` has an empty list, which validation reports).
 */
export function normalize(obj: AnyObject): void {
  const record = obj as unknown as Record<string, unknown>;
  if (obj.metadata === null || typeof obj.metadata !== 'object') record.metadata = { name: '' };
  if (typeof obj.metadata.name !== 'string') obj.metadata.name = '';
  const spec = (): Record<string, unknown> => {
    if (record.spec === null || typeof record.spec !== 'object') record.spec = {};
    return record.spec as Record<string, unknown>;
  };
  const podSpec = (s: Record<string, unknown>): void => {
    if (!Array.isArray(s.containers)) s.containers = [];
  };
  switch (obj.kind) {
    case 'Pod':
      podSpec(spec());
      break;
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment': {
      const template = spec().template as Record<string, unknown> | undefined;
      if (template && typeof template === 'object') {
        if (template.spec === null || typeof template.spec !== 'object') template.spec = {};
        podSpec(template.spec as Record<string, unknown>);
      }
      break;
    }
    case 'Service':
    case 'Node':
    case 'PersistentVolume':
    case 'PersistentVolumeClaim':
      spec();
      break;
    default:
      break;
  }
}

/** Reset server-owned state on a new object. */
export function prepareForCreate(
  obj: AnyObject,
  ctx: { era: 'modern' | '2015'; timestamp: string },
): void {
  switch (obj.kind) {
    case 'Pod':
      obj.status = {
        phase: 'Pending',
        ...(ctx.era === 'modern' ? { qosClass: qosClass(obj) } : {}),
      };
      break;
    case 'ReplicationController':
    case 'ReplicaSet':
      obj.status = { replicas: 0 };
      break;
    case 'Deployment':
      obj.status = {};
      break;
    case 'Service':
      obj.status = { loadBalancer: {} };
      break;
    case 'Namespace':
      obj.spec = { finalizers: ['kubernetes'] };
      obj.status = { phase: 'Active' };
      break;
    case 'PersistentVolume':
      // v1.31: the phase's transition time is recorded from the start
      obj.status = {
        phase: 'Pending',
        ...(ctx.era === 'modern' ? { lastPhaseTransitionTime: ctx.timestamp } : {}),
      };
      break;
    case 'PersistentVolumeClaim':
      obj.status = { phase: 'Pending' };
      break;
    case 'Node':
    case 'Endpoints':
    case 'Event':
      break;
  }
}

/**
 * Carry over what an update may not change: server-managed metadata always; the status on a
 * main-resource update; everything but the status on a status update.
 */
export function prepareForUpdate(
  obj: AnyObject,
  old: AnyObject,
  opts: { subresource?: 'status' | undefined },
): void {
  const keep = old.metadata;
  const meta = obj.metadata;
  if (keep.uid) meta.uid = keep.uid;
  if (keep.creationTimestamp) meta.creationTimestamp = keep.creationTimestamp;
  else delete meta.creationTimestamp;
  if (keep.deletionTimestamp) meta.deletionTimestamp = keep.deletionTimestamp;
  else delete meta.deletionTimestamp;
  if (keep.deletionGracePeriodSeconds !== undefined)
    meta.deletionGracePeriodSeconds = keep.deletionGracePeriodSeconds;
  else delete meta.deletionGracePeriodSeconds;

  const record = obj as unknown as Record<string, unknown>;
  const oldRecord = old as unknown as Record<string, unknown>;
  if (opts.subresource === 'status') {
    obj.metadata = {
      ...keep,
      ...(meta.resourceVersion ? { resourceVersion: meta.resourceVersion } : {}),
    };
    for (const field of Object.keys(oldRecord)) {
      if (field === 'status' || field === 'metadata') continue;
      record[field] = oldRecord[field];
    }
    for (const field of Object.keys(record))
      if (!(field in oldRecord) && field !== 'status') delete record[field];
    return;
  }
  if (hasStatus(obj)) {
    if (oldRecord.status === undefined) delete record.status;
    else record.status = oldRecord.status;
  }
  if (obj.kind === 'Service' && old.kind === 'Service') keepAllocations(obj, old);
}

/**
 * An update that leaves out the allocated ClusterIP or a port's NodePort keeps them, as the
 * API server does (so `apply` or `replace` of the original manifest does not try to change them).
 */
function keepAllocations(svc: Service, old: Service): void {
  if (!svc.spec.clusterIP && old.spec.clusterIP) {
    svc.spec.clusterIP = old.spec.clusterIP;
    if (old.spec.clusterIPs) svc.spec.clusterIPs = [...old.spec.clusterIPs];
  }
  if (!svc.spec.clusterIPs && old.spec.clusterIPs && svc.spec.clusterIP === old.spec.clusterIP)
    svc.spec.clusterIPs = [...old.spec.clusterIPs];
  for (const port of svc.spec.ports ?? []) {
    if (port.nodePort) continue;
    const same = old.spec.ports?.find(
      (p) => p.port === port.port && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'),
    );
    if (same?.nodePort) port.nodePort = same.nodePort;
  }
}

function hasStatus(obj: AnyObject): boolean {
  return obj.kind !== 'Event' && obj.kind !== 'Endpoints';
}

/** Did anything outside metadata and status change? */
export function specChanged(obj: AnyObject, old: AnyObject): boolean {
  const strip = (o: AnyObject): Record<string, unknown> => {
    const { metadata: _m, status: _s, ...rest } = o as unknown as Record<string, unknown>;
    return rest;
  };
  return !jsonEqual(strip(obj), strip(old));
}

/**
 * The pod's QoS class (`kubectl describe` prints it): Guaranteed when every container has
 * equal cpu and memory requests and limits, BestEffort when none sets any, else Burstable.
 */
export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers: Container[] = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined || q !== l) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
