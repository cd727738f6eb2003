/**
 * v1beta1's pod description (`desiredState.manifest` and friends) converted to a v1 PodSpec, as
 * the 2015 conversion functions did: `entrypoint`/`command` become `command`/`args`, `cpu` and
 * `memory` become resource limits, restart policies were objects, volume sources sat under
 * `source` (none meant an emptyDir), and `path`/`key` were aliases of `mountPath`/`name`.
 */
import type { Links } from './links';
import {
  copyKeys,
  isObj,
  legacyQuantity,
  legacyResourceList,
  list,
  obj,
  setIf,
  str,
  type Obj,
} from './values';

const PULL_POLICIES: Record<string, string> = {
  PullAlways: 'Always',
  PullNever: 'Never',
  PullIfNotPresent: 'IfNotPresent',
};

/**
 * Convert a v1beta1 PodState (and the pod-level fields beside it) into a PodSpec. `at` is the
 * internal path of the spec, `state` the legacy path of the PodState, `outer` of the object
 * holding nodeSelector and serviceAccount.
 */
export function convertPodState(
  state: Obj,
  outer: Obj,
  links: Links,
  at: string,
  statePath: string,
  outerPath: string,
): Obj {
  const manifest = obj(state['manifest']);
  const manifestPath = `${statePath}.manifest`;
  links.link(at, manifestPath);
  const spec: Obj = {};

  const volumes = list(manifest['volumes']).map((v, i) =>
    convertVolume(obj(v), links, `${at}.volumes[${i}]`, `${manifestPath}.volumes[${i}]`),
  );
  if (volumes.length) spec['volumes'] = volumes;
  spec['containers'] = list(manifest['containers']).map((c, i) =>
    convertContainer(obj(c), links, `${at}.containers[${i}]`, `${manifestPath}.containers[${i}]`),
  );
  setIf(spec, 'restartPolicy', restartPolicy(manifest['restartPolicy']));
  copyKeys(manifest, spec, ['terminationGracePeriodSeconds', 'activeDeadlineSeconds']);
  setIf(spec, 'dnsPolicy', str(manifest['dnsPolicy']));
  if (isObj(outer['nodeSelector'])) {
    spec['nodeSelector'] = outer['nodeSelector'];
    links.link(`${at}.nodeSelector`, `${outerPath}.nodeSelector`.replace(/^\./, ''));
  }
  if (str(outer['serviceAccount'])) {
    spec['serviceAccountName'] = outer['serviceAccount'];
    links.link(`${at}.serviceAccountName`, `${outerPath}.serviceAccount`.replace(/^\./, ''));
  }
  if (str(state['host'])) {
    spec['nodeName'] = state['host'];
    links.link(`${at}.nodeName`, `${statePath}.host`);
  }
  if (manifest['hostNetwork'] === true) spec['hostNetwork'] = true;
  if (Array.isArray(manifest['imagePullSecrets']))
    spec['imagePullSecrets'] = manifest['imagePullSecrets'];
  return spec;
}

/** `{always: {}}` → `Always`; an empty object meant Always too. */
function restartPolicy(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  if (isObj(v['always'])) return 'Always';
  if (isObj(v['onFailure'])) return 'OnFailure';
  if (isObj(v['never'])) return 'Never';
  return 'Always';
}

const SOURCES: readonly [legacy: string, v1: string][] = [
  ['hostDir', 'hostPath'],
  ['emptyDir', 'emptyDir'],
  ['persistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['gitRepo', 'gitRepo'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
];

function convertVolume(v: Obj, links: Links, at: string, from: string): Obj {
  const out: Obj = {};
  setIf(out, 'name', v['name']);
  const source = obj(v['source']);
  for (const [legacy, v1] of SOURCES) {
    if (!isObj(source[legacy])) continue;
    out[v1] = { ...source[legacy] };
    links.link(`${at}.${v1}`, `${from}.source.${legacy}`);
  }
  if (Object.keys(out).length === (out['name'] === undefined ? 0 : 1)) {
    // No source: v1beta1 took the volume to be an emptyDir.
    out['emptyDir'] = {};
    links.link(`${at}.emptyDir`, from);
  }
  return out;
}

function convertContainer(c: Obj, links: Links, at: string, from: string): Obj {
  const out: Obj = {};
  setIf(out, 'name', c['name']);
  setIf(out, 'image', c['image']);
  if (c['entrypoint'] !== undefined) {
    out['command'] = c['entrypoint'];
    links.link(`${at}.command`, `${from}.entrypoint`);
  }
  if (c['command'] !== undefined) {
    out['args'] = c['command'];
    links.link(`${at}.args`, `${from}.command`);
  }
  setIf(out, 'workingDir', str(c['workingDir']));
  if (c['ports'] !== undefined) out['ports'] = list(c['ports']).map((p) => ({ ...obj(p) }));
  if (c['env'] !== undefined)
    out['env'] = list(c['env']).map((e, i) =>
      convertEnv(obj(e), links, `${at}.env[${i}]`, `${from}.env[${i}]`),
    );

  const resources = convertResources(c, links, at, from);
  if (resources) out['resources'] = resources;
  if (c['volumeMounts'] !== undefined) {
    out['volumeMounts'] = list(c['volumeMounts']).map((m, i) =>
      convertMount(obj(m), links, `${at}.volumeMounts[${i}]`, `${from}.volumeMounts[${i}]`),
    );
  }
  if (isObj(c['livenessProbe'])) out['livenessProbe'] = convertProbe(c['livenessProbe']);
  if (isObj(c['readinessProbe'])) out['readinessProbe'] = convertProbe(c['readinessProbe']);
  if (isObj(c['lifecycle'])) out['lifecycle'] = c['lifecycle'];
  setIf(out, 'terminationMessagePath', str(c['terminationMessagePath']));
  const policy = str(c['imagePullPolicy']);
  if (policy) out['imagePullPolicy'] = PULL_POLICIES[policy] ?? policy;

  const security: Obj = isObj(c['securityContext']) ? { ...c['securityContext'] } : {};
  if (c['privileged'] === true) {
    security['privileged'] = true;
    links.link(`${at}.securityContext.privileged`, `${from}.privileged`);
  }
  const caps = obj(c['capabilities']);
  if (Array.isArray(caps['add']) || Array.isArray(caps['drop'])) {
    security['capabilities'] = caps;
    links.link(`${at}.securityContext.capabilities`, `${from}.capabilities`);
  }
  if (Object.keys(security).length) out['securityContext'] = security;
  return out;
}

/** `resources` (a v1beta1 ResourceList) overlaid by the `cpu` and `memory` shorthands. */
function convertResources(c: Obj, links: Links, at: string, from: string): Obj | undefined {
  const given = obj(c['resources']);
  const limits = legacyResourceList(given['limits']) ?? {};
  const requests = legacyResourceList(given['requests']);
  const cpu =
    typeof c['cpu'] === 'number' && c['cpu'] !== 0
      ? legacyQuantity('cpu', c['cpu'], 'DecimalSI')
      : undefined;
  const memory =
    typeof c['memory'] === 'number' && c['memory'] !== 0
      ? legacyQuantity('memory', c['memory'], 'DecimalSI')
      : undefined;
  if (cpu) {
    limits['cpu'] = cpu;
    links.link(`${at}.resources.limits.cpu`, `${from}.cpu`);
    links.link(`${at}.resources.limits[cpu]`, `${from}.cpu`);
  }
  if (memory) {
    limits['memory'] = memory;
    links.link(`${at}.resources.limits.memory`, `${from}.memory`);
    links.link(`${at}.resources.limits[memory]`, `${from}.memory`);
  }
  const out: Obj = {};
  if (Object.keys(limits).length) out['limits'] = limits;
  if (requests) out['requests'] = requests;
  return Object.keys(out).length ? out : undefined;
}

function convertEnv(e: Obj, links: Links, at: string, from: string): Obj {
  const out: Obj = {};
  const name = str(e['name']) ?? str(e['key']);
  if (name !== undefined) out['name'] = name;
  if (!str(e['name']) && str(e['key'])) links.link(`${at}.name`, `${from}.key`);
  setIf(out, 'value', e['value']);
  if (isObj(e['valueFrom'])) out['valueFrom'] = e['valueFrom'];
  return out;
}

function convertMount(m: Obj, links: Links, at: string, from: string): Obj {
  const out: Obj = {};
  setIf(out, 'name', m['name']);
  if (m['readOnly'] === true) out['readOnly'] = true;
  const mountPath = str(m['mountPath']) ?? str(m['path']);
  if (mountPath !== undefined) out['mountPath'] = mountPath;
  if (!str(m['mountPath']) && str(m['path'])) links.link(`${at}.mountPath`, `${from}.path`);
  return out;
}

function convertProbe(p: Obj): Obj {
  const out: Obj = {};
  copyKeys(p, out, ['exec', 'httpGet', 'tcpSocket', 'initialDelaySeconds', 'timeoutSeconds']);
  return out;
}
