/**
 * v1 defaulting: what the API server fills in on a freshly decoded object before validating it,
 * so that `kubectl get -o yaml` shows what a real cluster would (`restartPolicy: Always`,
 * `imagePullPolicy: IfNotPresent`, `targetPort` = `port`, …).
 *
 * Mirrors pkg/apis/core/v1/defaults.go and pkg/apis/apps/v1/defaults.go, plus the two admission
 * plugins every modern cluster runs on pods (ServiceAccount, DefaultTolerationSeconds). Some
 * defaults are Pod-only in Kubernetes and deliberately not applied to templates: requests copied
 * from limits, enableServiceLinks, host ports under hostNetwork, the service account and the
 * default tolerations. Pods created from a template get them when they are created.
 */
import type {
  AnyObject,
  Container,
  Deployment,
  Node,
  Pod,
  PodSpec,
  PodTemplateSpec,
  Probe,
  PullPolicy,
  ReplicationController,
  ResourceList,
  Service,
  Toleration,
  Volume,
} from '../types';
import { canonicalQuantity, parseQuantity, roundUpToMilli } from './quantity';

export interface DefaultingOptions {
  era: 'modern' | '2015';
}

/** Apply v1 defaults to `obj` in place. The namespace is the API server's to set, not this. */
export function setDefaults(obj: AnyObject, opts: DefaultingOptions): void {
  switch (obj.kind) {
    case 'Pod':
      defaultPod(obj, opts);
      return;
    case 'ReplicationController':
      defaultReplicationController(obj);
      return;
    case 'ReplicaSet':
      obj.spec.replicas ??= 1;
      defaultTemplate(obj.spec.template);
      return;
    case 'Deployment':
      defaultDeployment(obj);
      return;
    case 'Service':
      defaultService(obj);
      return;
    case 'Node':
      defaultNode(obj);
      return;
    case 'Namespace':
      // kube-apiserver ≥1.21 labels every namespace with its own name.
      if (opts.era === 'modern' && obj.metadata.name)
        obj.metadata.labels = {
          ...obj.metadata.labels,
          'kubernetes.io/metadata.name': obj.metadata.name,
        };
      return;
    case 'Endpoints':
      for (const subset of obj.subsets ?? [])
        for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
      return;
    case 'Event':
      return;
    case 'PersistentVolume':
      // manually created volumes keep their data when released (dynamic ones get Delete)
      obj.spec.persistentVolumeReclaimPolicy ||= 'Retain';
      obj.spec.volumeMode ??= 'Filesystem';
      if (obj.spec.hostPath) obj.spec.hostPath.type ??= '';
      if (obj.spec.capacity) obj.spec.capacity = canonicalResources(obj.spec.capacity, false);
      return;
    case 'PersistentVolumeClaim': {
      obj.spec.volumeMode ??= 'Filesystem';
      const res = obj.spec.resources;
      if (res?.requests) res.requests = canonicalResources(res.requests, false);
      if (res?.limits) res.limits = canonicalResources(res.limits, false);
      return;
    }
  }
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/**
 * The DefaultTolerationSeconds admission plugin: every pod tolerates a NotReady or unreachable
 * node for 300 s before the taint manager evicts it — unless it already says otherwise.
 */
export function addDefaultTolerations(pod: Pod): void {
  const tolerations = pod.spec.tolerations ?? [];
  const tolerates = (key: string): boolean =>
    tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const added: Toleration[] = [];
  for (const key of [NOT_READY, UNREACHABLE]) {
    if (!tolerates(key))
      added.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
  if (added.length) pod.spec.tolerations = [...tolerations, ...added];
}

function defaultPod(pod: Pod, opts: DefaultingOptions): void {
  const spec = pod.spec;
  defaultPodSpec(spec);
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])])
    defaultRequestsFromLimits(c);
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])])
      for (const port of c.ports ?? []) if (!port.hostPort) port.hostPort = port.containerPort;
  }
  if (opts.era === 'modern') {
    spec.enableServiceLinks ??= true;
    // The ServiceAccount admission plugin.
    spec.serviceAccountName ||= 'default';
    addDefaultTolerations(pod);
  }
}

function defaultTemplate(template: PodTemplateSpec | undefined): void {
  if (template?.spec) defaultPodSpec(template.spec);
}

function defaultPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  for (const v of spec.volumes ?? []) defaultVolume(v);
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
}

const VOLUME_SOURCES = [
  'emptyDir',
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'nfs',
  'gitRepo',
  'secret',
  'configMap',
  'persistentVolumeClaim',
] as const;

function defaultVolume(v: Volume): void {
  if (!VOLUME_SOURCES.some((s) => v[s] !== undefined)) v.emptyDir = {};
  if (v.hostPath) v.hostPath.type ??= '';
  if (v.emptyDir?.sizeLimit !== undefined)
    v.emptyDir.sizeLimit = canonical(v.emptyDir.sizeLimit, false);
}

function defaultContainer(c: Container): void {
  c.imagePullPolicy ||= defaultImagePullPolicy(c.image ?? '');
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  for (const port of c.ports ?? []) port.protocol ||= 'TCP';
  for (const env of c.env ?? [])
    if (env.valueFrom?.fieldRef) env.valueFrom.fieldRef.apiVersion ||= 'v1';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe])
    if (probe) defaultProbe(probe);
  if (c.resources?.limits) c.resources.limits = canonicalResources(c.resources.limits);
  if (c.resources?.requests) c.resources.requests = canonicalResources(c.resources.requests);
}

function defaultProbe(p: Probe): void {
  p.timeoutSeconds ||= 1;
  p.periodSeconds ||= 10;
  p.successThreshold ||= 1;
  p.failureThreshold ||= 3;
  if (p.httpGet) {
    p.httpGet.path ||= '/';
    p.httpGet.scheme ||= 'HTTP';
  }
}

/** Only on Pods: a container that sets limits but no request for a resource requests its limit. */
function defaultRequestsFromLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!c.resources || !limits) return;
  const requests = { ...c.resources.requests };
  for (const [name, quantity] of Object.entries(limits))
    if (!(name in requests)) requests[name] = quantity;
  c.resources.requests = requests;
}

// Docker's reference grammar (distribution/reference), enough to find the tag the way the
// kubelet's ParseImageName does; anything it rejects has no tag.
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_PART}(?:\\.${DOMAIN_PART})*(?::[0-9]+)?`;
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^((?:${DOMAIN}/)?${PATH_PART}(?:/${PATH_PART})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`,
);

/**
 * `Always` for `:latest` or an image with neither tag nor digest (`nginx`, `host:5000/img`),
 * otherwise `IfNotPresent` (`nginx:1.25`, `img@sha256:…`, or a name Docker cannot parse).
 */
export function defaultImagePullPolicy(image: string): PullPolicy {
  const m = REFERENCE.exec(image);
  if (!m || (m[1] ?? '').length > 255 || /^[a-f0-9]{64}$/.test(image)) return 'IfNotPresent';
  const tag = m[2] ?? (m[3] ? '' : 'latest');
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** v1 rounds every resource quantity up to milli-units; the API serialises it canonically. */
function canonicalResources(list: ResourceList, roundToMilli = true): ResourceList {
  const out: ResourceList = {};
  for (const [name, text] of Object.entries(list)) out[name] = canonical(text, roundToMilli);
  return out;
}

function canonical(text: string | number, roundToMilli: boolean): string {
  const q = parseQuantity(text);
  if (!q) return String(text); // malformed: decoding reports it, not defaulting
  return canonicalQuantity(roundToMilli ? roundUpToMilli(q) : q);
}

/** §1.4: replicas 1; an empty selector, and empty labels, copied from the template's labels. */
function defaultReplicationController(rc: ReplicationController): void {
  const labels = rc.spec.template?.metadata?.labels;
  if (labels) {
    if (!rc.spec.selector || Object.keys(rc.spec.selector).length === 0)
      rc.spec.selector = { ...labels };
    if (!rc.metadata.labels || Object.keys(rc.metadata.labels).length === 0)
      rc.metadata.labels = { ...labels };
  }
  rc.spec.replicas ??= 1;
  defaultTemplate(rc.spec.template);
}

function defaultDeployment(d: Deployment): void {
  const spec = d.spec;
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (strategy.rollingUpdate ??= {});
    rolling.maxUnavailable ??= '25%';
    rolling.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(spec.template);
}

function defaultService(svc: Service): void {
  const spec = svc.spec;
  spec.sessionAffinity ||= 'None';
  spec.type ||= 'ClusterIP';
  for (const port of spec.ports ?? []) {
    port.protocol ||= 'TCP';
    if (port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '')
      port.targetPort = port.port;
  }
}

function defaultNode(node: Node): void {
  const status = node.status;
  if (!status) return;
  if (status.capacity) status.capacity = canonicalResources(status.capacity);
  if (status.allocatable) status.allocatable = canonicalResources(status.allocatable);
  else if (status.capacity) status.allocatable = { ...status.capacity };
}
