/**
 * What the Inspector shows for a selected ref: its heading (the drawn object's accessible name,
 * `Kind name`), the tabs that make sense for it, and the kubectl lines each tab asks. Every
 * line is read-only (the host refuses anything else) and written the way the cluster's era's
 * kubectl takes it: `log POD CONTAINER` and `exec -p POD` in 2015, `logs` and `exec POD` now.
 */
import type { Era } from '../engine/contract';
import type { Kind, Pod } from '../engine/types';
import type { ObjectsByKind } from './mirror';
import type { ObjectRef } from './store';

export type InspectorTab =
  'about' | 'describe' | 'yaml' | 'events' | 'env' | 'logs' | 'files' | 'scheduler';

/** The tab labels, as the tablist shows them. */
export const TAB_LABELS: Record<InspectorTab, string> = {
  about: 'about',
  describe: 'describe',
  yaml: 'YAML',
  events: 'events',
  env: 'env',
  logs: 'logs',
  files: 'files',
  scheduler: 'scheduler',
};

/** A stored object kubectl can describe and print. */
export interface ApiObjectRef {
  kind: Kind;
  name: string;
  /** Absent for cluster-scoped kinds (Node, PersistentVolume, Namespace). */
  namespace?: string;
}

export interface InspectorSubject {
  ref: ObjectRef;
  /** The accessible name the picture gives the object: `Pod web-7x2kq`, `Container web`. */
  heading: string;
  kind: string;
  name: string;
  namespace?: string;
  /** The stored object `describe`, `YAML` and `events` are about (a Container's: its pod). */
  object?: ApiObjectRef;
  /** For pods and containers: the pod whose containers env, logs and files read. */
  pod?: { namespace: string; name: string; containers: string[] };
  tabs: InspectorTab[];
}

const NAMESPACED_API_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'Service',
  'Endpoints',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'PersistentVolumeClaim',
  'Event',
]);
const CLUSTER_API_KINDS: ReadonlySet<string> = new Set(['Node', 'PersistentVolume', 'Namespace']);

/** `default/web` → `['default', 'web']`; a bare name is in `default`. */
function splitId(id: string): [string, string] {
  const slash = id.indexOf('/');
  return slash < 0 ? ['default', id] : [id.slice(0, slash), id.slice(slash + 1)];
}

/**
 * The subject for a selected ref, or null when it names nothing the page knows (an object
 * deleted since, say: the Inspector then says so).
 */
export function inspectorSubject(ref: ObjectRef, objects: ObjectsByKind): InspectorSubject | null {
  const { kind, id } = ref;
  if (kind === 'Component')
    return { ref, heading: `Component ${id}`, kind, name: id, tabs: ['about'] };
  if (kind === 'Proxy' || kind === 'Kubelet') {
    const node = objects.Node?.[id] ? { object: { kind: 'Node' as const, name: id } } : {};
    return { ref, heading: `${kind} ${id}`, kind, name: id, ...node, tabs: ['about', 'describe'] };
  }
  if (kind === 'Container') {
    const [namespace, rest] = splitId(id);
    const slash = rest.lastIndexOf('/');
    const podName = rest.slice(0, slash);
    const name = rest.slice(slash + 1);
    const pod = objects.Pod?.[`${namespace}/${podName}`]?.object as Pod | undefined;
    if (!pod || slash < 0) return null;
    return {
      ref,
      heading: `Container ${name}`,
      kind,
      name,
      namespace,
      object: { kind: 'Pod', name: podName, namespace },
      pod: { namespace, name: podName, containers: [name] },
      tabs: ['env', 'logs', 'files', 'describe', 'events'],
    };
  }
  if (kind === 'Volume') return volumeSubject(ref, objects);
  if (CLUSTER_API_KINDS.has(kind)) {
    if (!objects[kind as Kind]?.[id]) return null;
    return {
      ref,
      heading: `${kind} ${id}`,
      kind,
      name: id,
      object: { kind: kind as Kind, name: id },
      tabs: ['describe', 'yaml', 'events'],
    };
  }
  if (!NAMESPACED_API_KINDS.has(kind)) return null;
  const entry = objects[kind as Kind]?.[id];
  if (!entry) return null;
  const [namespace, name] = splitId(id);
  const object = { kind: kind as Kind, name, namespace };
  if (kind !== 'Pod')
    return {
      ref,
      heading: `${kind} ${name}`,
      kind,
      name,
      namespace,
      object,
      tabs: ['describe', 'yaml', 'events'],
    };
  const pod = entry.object as Pod;
  return {
    ref,
    heading: `Pod ${name}`,
    kind,
    name,
    namespace,
    object,
    pod: { namespace, name, containers: pod.spec.containers.map((c) => c.name) },
    tabs: ['describe', 'yaml', 'events', 'env', 'logs', 'files', 'scheduler'],
  };
}

/**
 * How the picture names a volume (its `data-ref`): `namespace/pod/volume` for one that lives
 * with its pod, `pv:NAME` and `pvc:NAMESPACE/CLAIM` for persistent storage, `nfs:SERVER:/PATH`,
 * `gce:DISK` and `aws:VOLUME-ID` for inline shared storage.
 */
export type VolumeRef =
  | { type: 'pod'; namespace: string; pod: string; name: string }
  | { type: 'pv'; name: string }
  | { type: 'pvc'; namespace: string; name: string }
  | { type: 'nfs' | 'gce' | 'aws'; name: string };

export function parseVolumeRef(id: string): VolumeRef | null {
  const colon = id.indexOf(':');
  const prefix = colon < 0 ? '' : id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (prefix === 'pv') return { type: 'pv', name: rest };
  if (prefix === 'pvc') {
    const [namespace, name] = splitId(rest);
    return { type: 'pvc', namespace, name };
  }
  if (prefix === 'nfs' || prefix === 'gce' || prefix === 'aws') return { type: prefix, name: rest };
  const parts = id.split('/');
  if (parts.length !== 3) return null;
  const [namespace = '', pod = '', name = ''] = parts;
  return { type: 'pod', namespace, pod, name };
}

/** The word for each kind of shared storage, for the about tab. */
const VOLUME_KIND: Record<'nfs' | 'gce' | 'aws', string> = {
  nfs: 'an NFS export',
  gce: 'a GCE persistent disk',
  aws: 'an AWS EBS volume',
};

/**
 * A pod's volume is about that pod; a PersistentVolume or a claim is that stored object;
 * inline shared storage (NFS, cloud disks) is not an API object, so it has only its about tab.
 */
function volumeSubject(ref: ObjectRef, objects: ObjectsByKind): InspectorSubject | null {
  const volume = parseVolumeRef(ref.id);
  if (!volume) return null;
  const base = { ref, kind: 'Volume', heading: `Volume ${volume.name}`, name: volume.name };
  switch (volume.type) {
    case 'pod': {
      const { namespace, pod } = volume;
      if (!objects.Pod?.[`${namespace}/${pod}`]) return null;
      return {
        ...base,
        namespace,
        object: { kind: 'Pod', name: pod, namespace },
        tabs: ['about', 'describe'],
      };
    }
    case 'pv':
      return {
        ...base,
        ...(objects.PersistentVolume?.[volume.name]
          ? { object: { kind: 'PersistentVolume' as const, name: volume.name } }
          : {}),
        tabs: ['about', 'describe', 'yaml', 'events'],
      };
    case 'pvc':
      return {
        ...base,
        namespace: volume.namespace,
        object: { kind: 'PersistentVolumeClaim', name: volume.name, namespace: volume.namespace },
        tabs: ['about', 'describe', 'yaml', 'events'],
      };
    default:
      return { ...base, tabs: ['about'] };
  }
}

/** What a shared volume is, in one phrase (`an NFS export`), or undefined for other refs. */
export function sharedVolumeKind(id: string): string | undefined {
  const volume = parseVolumeRef(id);
  return volume && volume.type in VOLUME_KIND
    ? VOLUME_KIND[volume.type as keyof typeof VOLUME_KIND]
    : undefined;
}

/** kubectl's resource word for a kind: its lower-cased name, which every era accepts. */
const resource = (kind: Kind): string => kind.toLowerCase();

const namespaceFlag = (namespace: string | undefined): string =>
  namespace ? ` --namespace=${namespace}` : '';

/** `describe pod web --namespace=default`. */
export function describeLine(object: ApiObjectRef): string {
  return `describe ${resource(object.kind)} ${object.name}${namespaceFlag(object.namespace)}`;
}

/** `get pod web --namespace=default -o yaml`. */
export function yamlLine(object: ApiObjectRef): string {
  return `get ${resource(object.kind)} ${object.name}${namespaceFlag(object.namespace)} -o yaml`;
}

/** How many log lines the logs tab reads (kubectl's `--tail`). */
export const LOG_TAIL = 200;

/** The container's latest log lines: modern `logs --tail`, 2015's `log POD CONTAINER`. */
export function logsLine(era: Era, namespace: string, pod: string, container: string): string {
  return era === '2015'
    ? `log ${pod} ${container}${namespaceFlag(namespace)}`
    : `logs ${pod} -c ${container}${namespaceFlag(namespace)} --tail=${LOG_TAIL}`;
}

/** The container's environment as its processes see it (the only exec a query may run). */
export function envLine(era: Era, namespace: string, pod: string, container: string): string {
  return era === '2015'
    ? `exec -p ${pod} -c ${container}${namespaceFlag(namespace)} -- env`
    : `exec ${pod} -c ${container}${namespaceFlag(namespace)} -- env`;
}

/** The last `count` lines of a text (2015's `kubectl log` had no `--tail`). */
export function lastLines(text: string, count: number): string {
  const lines = text.split('\n');
  const trailing = lines[lines.length - 1] === '' ? 1 : 0;
  if (lines.length - trailing <= count) return text;
  return lines.slice(lines.length - trailing - count).join('\n');
}

/**
 * The stored object a ref's subject depends on (a Container's pod, a Proxy's node), so the
 * Inspector can subscribe to that one mirror entry and redraw only when it changes.
 */
export function anchorOf(ref: ObjectRef): { kind: Kind; id: string } | null {
  switch (ref.kind) {
    case 'Component':
      return null;
    case 'Proxy':
    case 'Kubelet':
      return { kind: 'Node', id: ref.id };
    case 'Container': {
      const parts = ref.id.split('/');
      return { kind: 'Pod', id: parts.slice(0, -1).join('/') };
    }
    case 'Volume': {
      const volume = parseVolumeRef(ref.id);
      if (volume?.type === 'pod') return { kind: 'Pod', id: `${volume.namespace}/${volume.pod}` };
      if (volume?.type === 'pv') return { kind: 'PersistentVolume', id: volume.name };
      if (volume?.type === 'pvc')
        return { kind: 'PersistentVolumeClaim', id: `${volume.namespace}/${volume.name}` };
      return null;
    }
    default:
      return { kind: ref.kind as Kind, id: ref.id };
  }
}

/** The accessible name for a ref whose object the page no longer has (deleted since). */
export function headingOf(ref: ObjectRef): string {
  if (ref.kind === 'Volume') return `Volume ${parseVolumeRef(ref.id)?.name ?? ref.id}`;
  return `${ref.kind} ${ref.id.split('/').at(-1) ?? ref.id}`;
}
