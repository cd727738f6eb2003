/**
 * The environment the kubelet gives a container (k8s-reference §7.4): docker-link-style
 * variables for the Services that exist when the container starts, then the container's own
 * `env` with `$(VAR)` references expanded and downward-API `fieldRef`s resolved.
 *
 * Follows `pkg/kubelet/envvars` (FromServices), the kubelet's `getServiceEnvVarMap` /
 * `makeEnvironmentVariables`, and the forked `expansion` package. One deliberate difference:
 * the kubelet walks Go maps, so real containers see services (and variables) in a random
 * order; the simulation must be deterministic, so services are sorted by name.
 */
import type { Era } from '../contract';
import type { Container, EnvVar, Pod, Service, ServicePort } from '../types';

/**
 * A container's environment cannot be built; the kubelet reports it as
 * `Waiting/CreateContainerConfigError` with this message.
 */
export class ContainerConfigError extends Error {
  readonly reason = 'CreateContainerConfigError';
}

/** Services every pod sees, from the `default` namespace (2015 also had the read-only one). */
const MASTER_SERVICES: Record<Era, readonly string[]> = {
  modern: ['kubernetes'],
  '2015': ['kubernetes', 'kubernetes-ro'],
};
const MASTER_NAMESPACE = 'default';

/**
 * `makeEnvVariableName`: upper case with `-` → `_`. Modern kubelets also map `.` and guard a
 * leading digit; neither can occur in a valid Service or port name, so both eras agree in
 * practice.
 */
export function envVarName(name: string, era: Era): string {
  if (era === '2015') return name.replaceAll('-', '_').toUpperCase();
  const upper = name.replaceAll('.', '_').replaceAll('-', '_').toUpperCase();
  return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}

function hasClusterIP(service: Service): boolean {
  const ip = service.spec.clusterIP;
  return ip !== undefined && ip !== '' && ip !== 'None';
}

function byName(a: Service, b: Service): number {
  const an = a.metadata.name;
  const bn = b.metadata.name;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/**
 * The docker-link variables for each Service with a ClusterIP, in the kubelet's order per
 * Service (`_SERVICE_HOST`, `_SERVICE_PORT`, named ports, `_PORT`, then four per port).
 * Values use the Service's `port`, never its `targetPort`.
 *
 * @example
 * serviceEnvVars([redisMaster], 'modern')[0]; // { name: 'REDIS_MASTER_SERVICE_HOST', value: '10.0.0.11' }
 */
export function serviceEnvVars(services: readonly Service[], era: Era): EnvVar[] {
  const result: EnvVar[] = [];
  for (const service of [...services].sort(byName)) {
    const ports = service.spec.ports ?? [];
    const first = ports[0];
    if (!hasClusterIP(service) || first === undefined) continue;
    const ip = service.spec.clusterIP ?? '';
    const prefix = envVarName(service.metadata.name, era);
    result.push({ name: `${prefix}_SERVICE_HOST`, value: ip });
    result.push({ name: `${prefix}_SERVICE_PORT`, value: String(first.port) });
    for (const port of ports) {
      if (port.name) {
        result.push({
          name: `${prefix}_SERVICE_PORT_${envVarName(port.name, era)}`,
          value: String(port.port),
        });
      }
    }
    result.push(...linkVariables(prefix, ip, ports));
  }
  return result;
}

/**
 * Docker's link variables. The 2015 seed shows `REDIS_PORT_6379_TCP='tcp://…:8888'`: a 2014
 * kubelet named the variable after the container port but gave the service port as its value.
 * Every kubelet since multi-port Services (v0.15) uses the service port in both, as here.
 */
function linkVariables(prefix: string, ip: string, ports: readonly ServicePort[]): EnvVar[] {
  const all: EnvVar[] = [];
  ports.forEach((port, i) => {
    const proto = (port.protocol ?? 'TCP').toLowerCase();
    // IPv6 ClusterIPs are bracketed, as Go's net.JoinHostPort does.
    const url = `${proto}://${ip.includes(':') ? `[${ip}]` : ip}:${port.port}`;
    if (i === 0) all.push({ name: `${prefix}_PORT`, value: url });
    const portPrefix = `${prefix}_PORT_${port.port}_${proto.toUpperCase()}`;
    all.push(
      { name: portPrefix, value: url },
      { name: `${portPrefix}_PROTO`, value: proto },
      { name: `${portPrefix}_PORT`, value: String(port.port) },
      { name: `${portPrefix}_ADDR`, value: ip },
    );
  });
  return all;
}

/**
 * The Services whose variables a pod's containers get: those of its own namespace (unless a
 * modern pod sets `enableServiceLinks: false`) and the master services from `default`. A
 * Service of the pod's namespace wins over a master Service of the same name.
 */
export function servicesForPod(pod: Pod, services: readonly Service[], era: Era): Service[] {
  const namespace = pod.metadata.namespace ?? 'default';
  const links = era === '2015' || pod.spec.enableServiceLinks !== false;
  const chosen = new Map<string, Service>();
  for (const service of services) {
    if (!hasClusterIP(service)) continue;
    const name = service.metadata.name;
    const ns = service.metadata.namespace ?? 'default';
    if (ns === namespace && links) {
      chosen.set(name, service);
    } else if (
      ns === MASTER_NAMESPACE &&
      MASTER_SERVICES[era].includes(name) &&
      !chosen.has(name)
    ) {
      chosen.set(name, service);
    }
  }
  return [...chosen.values()].sort(byName);
}

/**
 * Expands `$(VAR)` references as the kubelet does: `lookup` answers known names; unknown
 * references, `$VAR`, `${VAR}` and unterminated `$(` stay as written; `$$` is a literal `$`.
 */
export function expandEnvValue(
  input: string,
  lookup: (name: string) => string | undefined,
): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    const next = input[i + 1];
    if (ch !== '$' || next === undefined) {
      out += ch;
      i += 1;
    } else if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close < 0) {
        out += '$(';
        i += 2;
      } else {
        const name = input.slice(i + 2, close);
        out += lookup(name) ?? `$(${name})`;
        i = close + 1;
      }
    } else {
      out += `$${next}`;
      i += 2;
    }
  }
  return out;
}

/** `metadata.labels['app']` → `['labels', 'app']`. */
function subscript(path: string): [string, string] | undefined {
  const match = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  return match ? [match[1] ?? '', match[2] ?? ''] : undefined;
}

/** fieldpath.FormatMap: sorted `key="value"` lines. */
function formatMap(map: Record<string, string> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((key) => `${key}=${JSON.stringify(map?.[key] ?? '')}`)
    .join('\n');
}

/** The downward API value of `fieldPath` (podFieldSelectorRuntimeValue). */
export function podFieldValue(pod: Pod, fieldPath: string): string {
  const meta = pod.metadata;
  switch (fieldPath) {
    case 'metadata.name':
      return meta.name;
    case 'metadata.namespace':
      return meta.namespace ?? 'default';
    case 'metadata.uid':
      return meta.uid ?? '';
    case 'metadata.labels':
      return formatMap(meta.labels);
    case 'metadata.annotations':
      return formatMap(meta.annotations);
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? '';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.podIPs':
      return (pod.status?.podIPs ?? []).map((p) => p.ip).join(',');
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
  }
  const sub = subscript(fieldPath);
  if (sub) return (sub[0] === 'labels' ? meta.labels : meta.annotations)?.[sub[1]] ?? '';
  throw new ContainerConfigError(`unsupported fieldPath: ${fieldPath}`);
}

/** The container runtime sets HOSTNAME to the pod's hostname: spec.hostname or the name, ≤ 63. */
function podHostname(pod: Pod): string {
  if (pod.spec.hostNetwork) return pod.spec.nodeName ?? '';
  const name = pod.spec.hostname ?? pod.metadata.name;
  return name.length > 63 ? name.slice(0, 63).replace(/[-.]+$/, '') : name;
}

/** The simulation has no ConfigMaps or Secrets yet, so every reference is "not found". */
function missingSource(env: EnvVar): ContainerConfigError | undefined {
  const from = env.valueFrom;
  const ref = from?.configMapKeyRef ?? from?.secretKeyRef;
  if (!ref || ref.optional) return undefined;
  const kind = from?.configMapKeyRef ? 'configmap' : 'secret';
  return new ContainerConfigError(`${kind} "${ref.name}" not found`);
}

/**
 * The final environment of `container` (without the image's own `ENV`, such as PATH):
 * HOSTNAME, the service variables, then the declared `env` in order; a declared variable
 * replaces a service one. `$(VAR)` sees earlier declared variables, then service variables.
 * Throws {@link ContainerConfigError} when a value cannot be resolved.
 *
 * @example
 * containerEnv(pod.spec.containers[0], pod, services, 'modern').REDIS_MASTER_SERVICE_PORT; // '6379'
 */
export function containerEnv(
  container: Container,
  pod: Pod,
  services: readonly Service[],
  era: Era,
): Record<string, string> {
  const serviceEnv = new Map<string, string>();
  for (const v of serviceEnvVars(servicesForPod(pod, services, era), era)) {
    serviceEnv.set(v.name, v.value ?? '');
  }
  const declared = new Map<string, string>();
  const lookup = (name: string): string | undefined => declared.get(name) ?? serviceEnv.get(name);
  for (const env of container.env ?? []) {
    let value = env.value ?? '';
    if (value !== '') {
      value = expandEnvValue(value, lookup);
    } else if (env.valueFrom?.fieldRef) {
      value = podFieldValue(pod, env.valueFrom.fieldRef.fieldPath);
    } else if (env.valueFrom) {
      const error = missingSource(env);
      if (error) throw error;
      continue;
    }
    declared.delete(env.name);
    declared.set(env.name, value);
  }

  const result: Record<string, string> = { HOSTNAME: podHostname(pod) };
  for (const [name, value] of serviceEnv) if (!declared.has(name)) result[name] = value;
  for (const [name, value] of declared) {
    delete result[name];
    result[name] = value;
  }
  return result;
}
