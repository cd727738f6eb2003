/**
 * Services (k8s-reference §1.6, §7). Modern clusters (dual-stack, v1.20+) judge the cluster IP
 * through `spec.clusterIPs`, kept in step with `spec.clusterIP` by the Service strategy; 2015
 * clusters judged `spec.clusterIP` alone, with their own words. Both are reproduced.
 */
import type { Service, ServicePort } from '../../types';
import {
  duplicate,
  forbidden,
  goSyntax,
  invalid,
  notSupported,
  required,
  type FieldError,
} from '../field';
import { goServicePortKey, goStrings } from './goSyntax';
import { isIPv4, parseIP, validateIP, validateNonSpecialIP } from './ip';
import { validateLabels } from './labels';
import {
  isValidPortNum,
  nameIsDNS1035Label,
  validateDNS1123Label,
  validateDNS1123Subdomain,
} from './names';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { supportedProtocols, type ValidationOptions } from './options';
import { validatePortNumOrName } from './probes';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const AFFINITIES = ['ClientIP', 'None'];
const DEFAULT_NODE_PORTS = { min: 30000, max: 32767 };

/**
 * What `spec.clusterIP`/`spec.clusterIPs` are by the time a modern API server validates: on
 * update it first carries over the allocated addresses a client left out (the Service REST's
 * patchAllocatedValues), then the strategy's NormalizeClusterIPs keeps the two fields in step.
 */
export function effectiveClusterIPs(svc: Service, old?: Service): { ip: string; ips: string[] } {
  let ip = svc.spec.clusterIP ?? '';
  let ips = svc.spec.clusterIPs ?? [];
  if (!old) return { ip, ips: ip && ips.length === 0 ? [ip] : ips };
  const before = effectiveClusterIPs(old);
  if (svc.spec.type !== 'ExternalName' && old.spec.type !== 'ExternalName') {
    if (!ip) ip = before.ip;
    if (ips.length === 0 && before.ips.length > 0) ips = before.ips;
  }
  if (before.ips.length > 0 && ips.length === 0 && before.ip === ip) ips = before.ips;
  const same = ips.length === before.ips.length && ips.every((x, i) => x === before.ips[i]);
  if (before.ip !== ip) {
    if (before.ip && !ip) {
      if (same) ips = [];
    } else if (same) ips = [ip];
  }
  return { ip, ips };
}

function validateServicePort(
  port: ServicePort,
  requireName: boolean,
  names: Set<string>,
  path: string,
  opts: ValidationOptions,
): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !port.name) errs.push(required(`${path}.name`));
  else if (port.name) {
    errs.push(...validateDNS1123Label(port.name, `${path}.name`));
    if (names.has(port.name)) errs.push(duplicate(`${path}.name`, port.name));
    else names.add(port.name);
  }
  errs.push(
    ...isValidPortNum(port.port ?? 0).map((msg) => invalid(`${path}.port`, port.port ?? 0, msg)),
  );
  const protocols = supportedProtocols(opts.era);
  if (!port.protocol) errs.push(required(`${path}.protocol`));
  else if (!protocols.includes(port.protocol))
    errs.push(notSupported(`${path}.protocol`, port.protocol, protocols));
  errs.push(...validatePortNumOrName(port.targetPort ?? 0, `${path}.targetPort`));
  return errs;
}

/** Modern ValidateServiceClusterIPsRelatedFields, for the single-family clusters kubesim runs. */
function validateClusterIPs(ip: string, ips: string[]): FieldError[] {
  const errs: FieldError[] = [];
  const path = 'spec.clusterIPs';
  if (ip) {
    if (ips.length === 0) errs.push(required(path));
    else if (ips[0] !== ip)
      errs.push(invalid(path, goSyntax(goStrings(ips)), 'first value must match `clusterIP`'));
  } else if (ips.length) {
    errs.push(
      invalid(path, goSyntax(goStrings(ips)), 'must be empty when `clusterIP` is not specified'),
    );
  }
  let bad = false;
  ips.forEach((x, i) => {
    if (i === 0 && x === 'None') {
      if (ips.length > 1) {
        bad = true;
        errs.push(
          invalid(path, goSyntax(goStrings(ips)), "'None' must be the first and only value"),
        );
      }
      return;
    }
    const e = validateIP(x, `${path}[${i}]`);
    if (e.length) bad = true;
    errs.push(...e);
  });
  if (ips.length > 2)
    errs.push(invalid(path, goSyntax(goStrings(ips)), 'may only hold up to 2 values'));
  if (!bad && ips.length > 1) {
    const families = ips.map((x) => isIPv4(parseIP(x) ?? []));
    if (ips.length !== 2 || families[0] === families[1])
      errs.push(
        invalid(
          path,
          goSyntax(goStrings(ips)),
          'may specify no more than one IP for each IP family',
        ),
      );
  }
  return errs;
}

function validateServiceSpec(svc: Service, opts: ValidationOptions, old?: Service): FieldError[] {
  const errs: FieldError[] = [];
  const spec = svc.spec ?? {};
  const modern = opts.era === 'modern';
  const { ip, ips } = effectiveClusterIPs(svc, old);
  const headless = modern ? ips.length === 1 && ips[0] === 'None' : spec.clusterIP === 'None';
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName')
    errs.push(required('spec.ports'));
  const ipPath = modern ? 'spec.clusterIPs[0]' : 'spec.clusterIP';
  if ((spec.type === 'LoadBalancer' || spec.type === 'NodePort') && headless)
    errs.push(invalid(ipPath, 'None', `may not be set to 'None' for ${spec.type} services`));
  if (spec.type === 'ExternalName') {
    if (modern && ips.length)
      errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if (!modern && spec.clusterIP)
      errs.push(forbidden('spec.clusterIP', 'must be empty for ExternalName services'));
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...validateDNS1123Subdomain(cname, 'spec.externalName'));
    else errs.push(required('spec.externalName'));
  }
  const names = new Set<string>();
  ports.forEach((p, i) =>
    errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`, opts)),
  );
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  if (!spec.sessionAffinity) errs.push(required('spec.sessionAffinity'));
  else if (!AFFINITIES.includes(spec.sessionAffinity))
    errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, AFFINITIES));
  if (modern) {
    if (spec.type !== 'ExternalName') errs.push(...validateClusterIPs(ip, ips));
  } else if (spec.clusterIP && spec.clusterIP !== 'None' && !parseIP(spec.clusterIP)) {
    errs.push(
      invalid('spec.clusterIP', spec.clusterIP, "must be empty, 'None', or a valid IP address"),
    );
  }
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const e = validateIP(ip, `spec.externalIPs[${i}]`);
    errs.push(...(e.length ? e : validateNonSpecialIP(ip, `spec.externalIPs[${i}]`)));
  });
  if (!spec.type) errs.push(required('spec.type'));
  else if (!TYPES.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, TYPES));
  if (spec.type === 'ClusterIP')
    ports.forEach((p, i) => {
      if (p.nodePort)
        errs.push(
          forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"),
        );
    });
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol ?? ''}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port ?? 0}`;
    if (seen.has(key))
      errs.push(duplicate(`spec.ports[${i}]`, goServicePortKey(p.protocol ?? '', p.port ?? 0)));
    seen.add(key);
  });
  return errs;
}

/**
 * The node-port allocator's range check (only the range: "already allocated" is the API
 * server's). A modern API server allocates before validating, so a bad port is reported
 * alone; a 2015 one only after everything else passed. Either way only the first.
 */
function withNodePortRange(
  errs: FieldError[],
  svc: Service,
  opts: ValidationOptions,
  old?: Service,
): FieldError[] {
  if (svc.spec?.type !== 'NodePort' && svc.spec?.type !== 'LoadBalancer') return errs;
  const range = opts.nodePortRange ?? DEFAULT_NODE_PORTS;
  const held = new Set((old?.spec.ports ?? []).map((p) => p.nodePort));
  const i = (svc.spec.ports ?? []).findIndex(
    (p) =>
      !!p.nodePort && !held.has(p.nodePort) && (p.nodePort < range.min || p.nodePort > range.max),
  );
  if (i < 0) return errs;
  const port = svc.spec.ports?.[i]?.nodePort ?? 0;
  const rangeError = invalid(
    `spec.ports[${i}].nodePort`,
    port,
    `provided port is not in the valid range. The range of valid ports is ${range.min}-${range.max}`,
  );
  if (opts.era === 'modern') return [rangeError];
  return errs.length ? errs : [rangeError];
}

export function validateService(svc: Service, opts: ValidationOptions): FieldError[] {
  const errs = [
    ...validateObjectMeta(svc.metadata, {
      namespaced: true,
      nameFn: nameIsDNS1035Label,
      legacyNames: opts.legacyNames,
    }),
    ...validateServiceSpec(svc, opts),
  ];
  return withNodePortRange(errs, svc, opts);
}

/** Modern validateUpgradeDowngradeClusterIPs for single-stack Services. */
function validateClusterIPsUnchanged(svc: Service, old: Service): FieldError[] {
  if (svc.spec.type === 'ExternalName' || old.spec.type === 'ExternalName') return [];
  const now = effectiveClusterIPs(svc, old).ips;
  const before = effectiveClusterIPs(old).ips;
  const headless = (ips: string[]): boolean => ips.length === 1 && ips[0] === 'None';
  if (headless(now) && headless(before)) return [];
  const shown = goSyntax(now.length ? goStrings(now) : '[]string(nil)');
  if (now.length === before.length)
    return before.flatMap((ip, i) =>
      ip !== now[i] ? [invalid(`spec.clusterIPs[${i}]`, shown, 'may not change once set')] : [],
    );
  if (now.length === 0)
    return [invalid('spec.clusterIPs[0]', shown, 'primary clusterIP can not be unset')];
  if (before.length > 0 && now[0] !== before[0])
    return [invalid('spec.clusterIPs[0]', shown, 'may not change once set')];
  return [];
}

export function validateServiceUpdate(
  svc: Service,
  old: Service,
  opts: ValidationOptions,
): FieldError[] {
  const errs = validateObjectMetaUpdate(svc.metadata, old.metadata);
  if (opts.era === 'modern') errs.push(...validateClusterIPsUnchanged(svc, old));
  else if (
    svc.spec.type !== 'ExternalName' &&
    old.spec.type !== 'ExternalName' &&
    old.spec.clusterIP
  ) {
    const now = svc.spec.clusterIP ?? '';
    if (now !== old.spec.clusterIP) errs.push(invalid('spec.clusterIP', now, FIELD_IMMUTABLE));
  }
  errs.push(...validateServiceSpec(svc, opts, old));
  return withNodePortRange(errs, svc, opts, old);
}
