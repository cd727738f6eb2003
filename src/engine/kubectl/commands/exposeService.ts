/**
 * The Service `kubectl expose` generates (kubectl's `polymorphichelpers` and `createService`):
 * the selector the exposed object stands for, the ports its containers declare, their
 * protocols, and the flags on top. Pure: object and flags in, Service or error text out.
 */
import type { AnyObject, PodSpec, Service, ServicePort } from '../../types';

/** `CanBeExposed`: the kinds with pods behind them; the error names the GroupKind. */
export function cannotExpose(obj: AnyObject): string | undefined {
  switch (obj.kind) {
    case 'ReplicationController':
    case 'Service':
    case 'Pod':
    case 'Deployment':
    case 'ReplicaSet':
      return undefined;
    default: {
      const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
      return `cannot expose a ${obj.kind}${group ? `.${group}` : ''}`;
    }
  }
}

/** `MapBasedSelectorForObject`: `k=v,…`, or why there is none. */
export function selectorForObject(
  obj: AnyObject,
): { ok: true; value: Record<string, string> } | { ok: false; error: string } {
  const map = (labels: Record<string, string> | undefined): Record<string, string> => ({
    ...(labels ?? {}),
  });
  switch (obj.kind) {
    case 'ReplicationController':
      return { ok: true, value: map(obj.spec.selector) };
    case 'Pod':
      return Object.keys(obj.metadata.labels ?? {}).length === 0
        ? { ok: false, error: 'the pod has no labels and cannot be exposed' }
        : { ok: true, value: map(obj.metadata.labels) };
    case 'Service':
      return obj.spec.selector === undefined
        ? { ok: false, error: 'the service has no pod selector set' }
        : { ok: true, value: map(obj.spec.selector) };
    case 'Deployment':
    case 'ReplicaSet': {
      const what = obj.kind === 'Deployment' ? 'deployment' : 'replicaset';
      const sel = obj.spec.selector;
      if (!sel || Object.keys(sel.matchLabels ?? {}).length === 0)
        return { ok: false, error: `invalid ${what}: no selectors, therefore cannot be exposed` };
      if ((sel.matchExpressions ?? []).length > 0)
        return {
          ok: false,
          error: `couldn't convert expressions - "${goExpressions(sel.matchExpressions ?? [])}" to map-based selector format`,
        };
      return { ok: true, value: map(sel.matchLabels) };
    }
    default:
      return { ok: false, error: `cannot extract pod selector from *v1.${obj.kind}` };
  }
}

/** Go's `%+v` of []LabelSelectorRequirement. */
function goExpressions(exprs: { key: string; operator: string; values?: string[] }[]): string {
  return `[${exprs.map((e) => `{Key:${e.key} Operator:${e.operator} Values:[${(e.values ?? []).join(' ')}]}`).join(' ')}]`;
}

function podSpecOf(obj: AnyObject): PodSpec | undefined {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec;
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment':
      return obj.spec.template?.spec;
    default:
      return undefined;
  }
}

/**
 * `PortsForObject` and `MultiProtocolsForObject`: each distinct port number in declaration
 * order, with the protocols declared on it.
 */
export function portsForObject(obj: AnyObject): { port: string; protocols: string[] }[] {
  const found: { port: string; protocols: string[] }[] = [];
  const add = (port: number, protocol: string | undefined): void => {
    const key = String(port);
    const proto = protocol || 'TCP';
    const entry = found.find((f) => f.port === key);
    if (!entry) found.push({ port: key, protocols: [proto] });
    else if (!entry.protocols.includes(proto)) entry.protocols.push(proto);
  };
  if (obj.kind === 'Service') for (const p of obj.spec.ports ?? []) add(p.port, p.protocol);
  for (const c of podSpecOf(obj)?.containers ?? [])
    for (const p of c.ports ?? []) add(p.containerPort, p.protocol);
  return found;
}

/** kubectl's `parseLabels`: `k=v,k2=v2`. */
export function parseLabelSpec(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2) return `unexpected label spec: ${part}`;
    if (!kv[0]) return 'unexpected empty label key';
    out[kv[0]] = kv[1] ?? '';
  }
  return out;
}

export interface ServiceRequest {
  name: string;
  selector: Record<string, string>;
  labels?: Record<string, string>;
  /** Comma-separated port numbers, as kubectl keeps them. */
  ports: string;
  protocol: string;
  protocols: Map<string, string[]>;
  targetPort: string;
  type: string;
  externalIP: string;
  sessionAffinity: string;
  clusterIP: string;
}

/** kubectl's `createService`. */
export function buildService(r: ServiceRequest): Service | string {
  const ports: ServicePort[] = [];
  const list = r.ports ? r.ports.split(',') : [];
  for (const [i, text] of list.entries()) {
    if (!/^[+-]?\d+$/.test(text)) return `strconv.Atoi: parsing "${text}": invalid syntax`;
    const port = Number(text);
    const name = list.length > 1 ? `port-${i + 1}` : undefined;
    let protocol = r.protocol;
    const declared = r.protocols.get(text);
    if (!protocol) {
      protocol = 'TCP';
      if (declared && declared.length === 1) protocol = declared[0] ?? 'TCP';
      else if (declared && declared.length > 1) {
        // one service port per protocol the container declares on that number
        for (const p of declared)
          ports.push({ name: `port-${i + 1}-${p.toLowerCase()}`, port, protocol: p });
        continue;
      }
    }
    ports.push({ ...(name ? { name } : {}), port, protocol });
  }
  for (const p of ports)
    p.targetPort = r.targetPort
      ? /^\d+$/.test(r.targetPort)
        ? Number(r.targetPort)
        : r.targetPort
      : p.port;
  const spec: Service['spec'] = { selector: r.selector, ports };
  if (r.externalIP) spec.externalIPs = [r.externalIP];
  if (r.type) spec.type = r.type;
  if (r.sessionAffinity) {
    if (r.sessionAffinity !== 'None' && r.sessionAffinity !== 'ClientIP')
      return `unknown session affinity: ${r.sessionAffinity}`;
    spec.sessionAffinity = r.sessionAffinity;
  }
  if (r.clusterIP) spec.clusterIP = r.clusterIP;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: r.name, ...(r.labels ? { labels: r.labels } : {}) },
    spec,
  };
}
