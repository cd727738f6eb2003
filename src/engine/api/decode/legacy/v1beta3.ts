/**
 * v1beta3 (spring 2015) was v1 with a few older names: a pod's `spec.host` (v1 `nodeName`), a
 * service's `portalIP`, `createExternalLoadBalancer` and `publicIPs` (v1 `clusterIP`, type
 * LoadBalancer, `externalIPs`), a node's `spec.capacity` (v1 `status.capacity`), and a
 * container's `privileged` and `capabilities` (v1 `securityContext`). kubesim decodes it with
 * the v1 structs plus those fields, leniently, with Go's 2015 type names (`int` for integers).
 */
import type { Kind } from '../../../types';
import { field, type FieldSchema, type SchemaType, type StructSchema } from '../../schema/model';
import { structSchema } from '../../schema/registry';
import type { Links } from './links';
import { isObj, list, obj, str, type Obj } from './values';

const EXTRA_FIELDS: Record<string, FieldSchema[]> = {
  PodSpec: [field('host', { type: 'string' }, '')],
  Container: [
    field('privileged', { type: 'boolean' }, ''),
    field('capabilities', { type: 'object', struct: 'Capabilities' }, '', {
      go: 'v1beta3.Capabilities',
    }),
  ],
  ServiceSpec: [
    field('portalIP', { type: 'string' }, ''),
    field('createExternalLoadBalancer', { type: 'boolean' }, ''),
    field('publicIPs', { type: 'array', items: { type: 'string' } }, ''),
  ],
  NodeSpec: [
    field('capacity', { type: 'map', values: { type: 'quantity' } }, '', {
      go: 'v1beta3.ResourceList',
    }),
  ],
};

const CAPABILITIES: StructSchema = {
  name: 'Capabilities',
  goType: 'v1beta3.Capabilities',
  description: '',
  fields: [
    field('add', { type: 'array', items: { type: 'string' } }, ''),
    field('drop', { type: 'array', items: { type: 'string' } }, ''),
  ],
  opaque: false,
};

/** 2015 Go declared these integers as `int`. */
function widen(t: SchemaType): SchemaType {
  if (t.type === 'integer' && t.format === 'int32') return { type: 'integer', format: 'int' };
  if (t.type === 'array') return { type: 'array', items: widen(t.items) };
  if (t.type === 'map') return { type: 'map', values: widen(t.values) };
  return t;
}

const cache = new Map<string, StructSchema>([['Capabilities', CAPABILITIES]]);

export function v1beta3Struct(name: string): StructSchema | undefined {
  const hit = cache.get(name);
  if (hit) return hit;
  const v1 = structSchema(name);
  if (!v1) return undefined;
  const fields = [...v1.fields, ...(EXTRA_FIELDS[name] ?? [])].map((f) => ({
    ...f,
    type: widen(f.type),
    goType: f.goType.replace(/\bv1\./g, 'v1beta3.').replace(/\bint32\b/g, 'int'),
  }));
  const s: StructSchema = { ...v1, goType: `v1beta3.${name}`, fields };
  cache.set(name, s);
  return s;
}

export function convertV1beta3(kind: Kind, v: Obj, links: Links): Obj {
  const out: Obj = { apiVersion: 'v1', kind, metadata: isObj(v['metadata']) ? v['metadata'] : {} };
  const spec = obj(v['spec']);
  switch (kind) {
    case 'Pod':
      out['spec'] = podSpec(spec, links, 'spec');
      break;
    case 'ReplicationController': {
      const rc: Obj = { ...spec };
      if (isObj(spec['template'])) {
        const t = spec['template'];
        rc['template'] = { ...t, spec: podSpec(obj(t['spec']), links, 'spec.template.spec') };
      }
      out['spec'] = rc;
      break;
    }
    case 'Service':
      out['spec'] = serviceSpec(spec, links);
      break;
    case 'Node': {
      const { capacity, ...rest } = spec;
      out['spec'] = rest;
      if (isObj(capacity)) {
        out['status'] = { capacity };
        links.link('status.capacity', 'spec.capacity');
      }
      break;
    }
    case 'Namespace':
      if (v['spec'] !== undefined) out['spec'] = spec;
      break;
    case 'Endpoints':
      if (v['subsets'] !== undefined) out['subsets'] = v['subsets'];
      break;
    default:
      throw new Error(`kubesim: v1beta3 has no ${kind}`);
  }
  return out;
}

function podSpec(spec: Obj, links: Links, at: string): Obj {
  const { host, serviceAccount, ...rest } = spec;
  const out: Obj = { ...rest };
  if (str(host) && !str(spec['nodeName'])) {
    out['nodeName'] = host;
    links.link(`${at}.nodeName`, `${at}.host`);
  }
  if (str(serviceAccount) && !str(spec['serviceAccountName'])) {
    out['serviceAccountName'] = serviceAccount;
    links.link(`${at}.serviceAccountName`, `${at}.serviceAccount`);
  }
  if (Array.isArray(spec['containers'])) {
    out['containers'] = list(spec['containers']).map((c, i) =>
      container(obj(c), links, `${at}.containers[${i}]`),
    );
  }
  return out;
}

function container(c: Obj, links: Links, at: string): Obj {
  const { privileged, capabilities, ...rest } = c;
  const security: Obj = isObj(rest['securityContext']) ? { ...rest['securityContext'] } : {};
  if (privileged === true) {
    security['privileged'] = true;
    links.link(`${at}.securityContext.privileged`, `${at}.privileged`);
  }
  if (isObj(capabilities)) {
    security['capabilities'] = capabilities;
    links.link(`${at}.securityContext.capabilities`, `${at}.capabilities`);
  }
  return Object.keys(security).length ? { ...rest, securityContext: security } : rest;
}

function serviceSpec(spec: Obj, links: Links): Obj {
  const { portalIP, createExternalLoadBalancer, publicIPs, ...rest } = spec;
  const out: Obj = { ...rest };
  if (str(portalIP) && !str(spec['clusterIP'])) {
    out['clusterIP'] = portalIP;
    links.link('spec.clusterIP', 'spec.portalIP');
  }
  if (createExternalLoadBalancer === true && !str(spec['type'])) {
    out['type'] = 'LoadBalancer';
    links.link('spec.type', 'spec.createExternalLoadBalancer');
  }
  if (Array.isArray(publicIPs) && publicIPs.length && out['externalIPs'] === undefined) {
    out['externalIPs'] = publicIPs;
    links.link('spec.externalIPs', 'spec.publicIPs');
  }
  return out;
}
