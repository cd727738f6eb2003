/**
 * v1beta1 objects converted to kubesim's internal (v1-shaped) objects, per k8s-reference §11.2:
 * `id` is the name, labels and annotations sit at the top, a pod is `desiredState.manifest`, a
 * replication controller is `desiredState.{replicas, replicaSelector, podTemplate}`, a service
 * carries one port in `port`/`containerPort`, and a node was a Minion. Read-only state
 * (`currentState`, a minion's `status`) is dropped, as the server ignored it on create.
 */
import type { Kind } from '../../../types';
import type { Links } from './links';
import { isObj, list, obj, setIf, str, legacyResourceList, type Obj } from './values';
import { convertPodState } from './v1beta1Pod';

/** ObjectMeta from v1beta1's TypeMeta fields and top-level labels. */
function metadata(v: Obj, links: Links): Obj {
  links.link('metadata', '');
  links.link('metadata.name', 'id');
  const m: Obj = {};
  setIf(m, 'name', str(v['id']));
  setIf(m, 'generateName', str(v['generateName']));
  setIf(m, 'namespace', str(v['namespace']));
  setIf(m, 'uid', str(v['uid']));
  if (typeof v['resourceVersion'] === 'number' && v['resourceVersion'] !== 0)
    m['resourceVersion'] = String(v['resourceVersion']);
  setIf(m, 'creationTimestamp', v['creationTimestamp'] ?? undefined);
  setIf(m, 'deletionTimestamp', v['deletionTimestamp'] ?? undefined);
  if (isObj(v['labels'])) m['labels'] = v['labels'];
  if (isObj(v['annotations'])) m['annotations'] = v['annotations'];
  return m;
}

export function convertV1beta1(kind: Kind, v: Obj, links: Links): Obj {
  const base = { apiVersion: 'v1', kind, metadata: metadata(v, links) };
  switch (kind) {
    case 'Pod':
      return {
        ...base,
        spec: convertPodState(obj(v['desiredState']), v, links, 'spec', 'desiredState', ''),
      };
    case 'ReplicationController':
      return { ...base, spec: replicationControllerSpec(obj(v['desiredState']), links) };
    case 'Service':
      return { ...base, spec: serviceSpec(v, links) };
    case 'Node':
      return { ...base, ...minion(v, links) };
    default:
      throw new Error(`kubesim: v1beta1 has no ${kind}`);
  }
}

function replicationControllerSpec(state: Obj, links: Links): Obj {
  const spec: Obj = {};
  // replicas was a plain int in v1beta1: leaving it out meant zero.
  spec['replicas'] = typeof state['replicas'] === 'number' ? state['replicas'] : 0;
  links.link('spec.replicas', 'desiredState.replicas');
  if (isObj(state['replicaSelector'])) {
    spec['selector'] = state['replicaSelector'];
    links.link('spec.selector', 'desiredState.replicaSelector');
  }
  if (isObj(state['podTemplate'])) {
    const t = state['podTemplate'];
    const from = 'desiredState.podTemplate';
    links.link('spec.template', from);
    links.link('spec.template.metadata', from);
    const meta: Obj = {};
    if (isObj(t['labels'])) meta['labels'] = t['labels'];
    if (isObj(t['annotations'])) meta['annotations'] = t['annotations'];
    const podSpec = convertPodState(
      obj(t['desiredState']),
      t,
      links,
      'spec.template.spec',
      `${from}.desiredState`,
      from,
    );
    spec['template'] = { metadata: meta, spec: podSpec };
  }
  return spec;
}

/**
 * A v1beta1 service exposes one port (`port`, `portName`, `protocol`, `containerPort`), unless
 * it lists `ports`, which then win. Without `containerPort` the target is the service port.
 */
function serviceSpec(v: Obj, links: Links): Obj {
  links.link('spec', '');
  const spec: Obj = {};
  const listed = list(v['ports']).map((p) => obj(p));
  if (listed.length > 0) {
    links.link('spec.ports', 'ports');
    spec['ports'] = listed.map((p, i) => {
      links.link(`spec.ports[${i}].targetPort`, `ports[${i}].containerPort`);
      return servicePort(p['name'], p['protocol'], p['port'], p['containerPort']);
    });
  } else {
    links.link('spec.ports', 'port');
    links.link('spec.ports[0]', '');
    links.link('spec.ports[0].name', 'portName');
    links.link('spec.ports[0].targetPort', isTarget(v['containerPort']) ? 'containerPort' : 'port');
    spec['ports'] = [servicePort(v['portName'], v['protocol'], v['port'], v['containerPort'])];
  }
  if (isObj(v['selector'])) spec['selector'] = v['selector'];
  if (str(v['portalIP'])) {
    spec['clusterIP'] = v['portalIP'];
    links.link('spec.clusterIP', 'portalIP');
  }
  if (v['createExternalLoadBalancer'] === true) {
    spec['type'] = 'LoadBalancer';
    links.link('spec.type', 'createExternalLoadBalancer');
  }
  if (Array.isArray(v['publicIPs']) && v['publicIPs'].length) {
    spec['externalIPs'] = v['publicIPs'];
    links.link('spec.externalIPs', 'publicIPs');
  }
  setIf(spec, 'sessionAffinity', str(v['sessionAffinity']));
  return spec;
}

/** An IntOrString that was set: a non-zero number or a non-empty name. */
const isTarget = (t: unknown): boolean =>
  (typeof t === 'number' && t !== 0) || (typeof t === 'string' && t !== '');

function servicePort(name: unknown, protocol: unknown, port: unknown, target: unknown): Obj {
  const out: Obj = {};
  setIf(out, 'name', str(name));
  setIf(out, 'protocol', str(protocol));
  out['port'] = typeof port === 'number' ? port : 0;
  out['targetPort'] = isTarget(target) ? target : out['port'];
  return out;
}

/** A Minion becomes a Node: `hostIP` an address, `resources.capacity` the status capacity. */
function minion(v: Obj, links: Links): Obj {
  links.link('spec', '');
  const spec: Obj = {};
  setIf(spec, 'podCIDR', str(v['podCIDR']));
  if (v['unschedulable'] === true) spec['unschedulable'] = true;
  setIf(spec, 'externalID', str(v['externalID']));
  const status: Obj = {};
  if (str(v['hostIP'])) {
    status['addresses'] = [{ type: 'LegacyHostIP', address: v['hostIP'] }];
    links.link('status.addresses', 'hostIP');
  }
  const capacity = legacyResourceList(obj(v['resources'])['capacity']);
  if (capacity) {
    status['capacity'] = capacity;
    links.link('status.capacity', 'resources.capacity');
  }
  return Object.keys(status).length ? { spec, status } : { spec };
}
