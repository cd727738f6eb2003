/**
 * kubectl's printers, both eras: `get` tables, `-o name|yaml|json`, and `describe`. Pure: the
 * kubectl commands gather the objects (and, for describe, the related events, pods and so on)
 * and these functions turn them into exactly the text kubectl would print.
 */
import type { Era } from '../../contract';
import type {
  AnyObject,
  Deployment,
  Endpoints,
  Event,
  Kind,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
} from '../../types';
import { groupOf, resourceOf } from './format/objects';
import { deploymentTable } from './get/deployment';
import { endpointsTable, LEGACY_ENDPOINTS_COLUMNS, legacyEndpointsRows } from './get/endpoints';
import { eventTable, LEGACY_EVENT_COLUMNS, legacyEventRows } from './get/event';
import { printLegacyTable } from './get/legacyTable';
import { LEGACY_NAMESPACE_COLUMNS, legacyNamespaceRows, namespaceTable } from './get/namespace';
import { LEGACY_NODE_COLUMNS, legacyNodeRows, nodeTable } from './get/node';
import {
  LEGACY_PV_COLUMNS,
  legacyPersistentVolumeRows,
  persistentVolumeTable,
} from './get/persistentVolume';
import {
  LEGACY_PVC_COLUMNS,
  legacyPersistentVolumeClaimRows,
  persistentVolumeClaimTable,
} from './get/persistentVolumeClaim';
import { LEGACY_POD_COLUMNS, legacyPodRows, podTable } from './get/pod';
import { replicaSetTable } from './get/replicaSet';
import {
  LEGACY_RC_COLUMNS,
  legacyReplicationControllerRows,
  replicationControllerTable,
} from './get/replicationController';
import { LEGACY_SERVICE_COLUMNS, legacyServiceRows, serviceTable } from './get/service';
import { printModernTable, type Table } from './get/table';
import {
  describeDeployment,
  describeReplicaSet,
  describeReplicationController,
} from './describe/controllers';
import { describeNamespace, describeNode } from './describe/node';
import { describePod } from './describe/pod';
import { describeEndpoints, describeService } from './describe/service';
import { describePersistentVolume, describePersistentVolumeClaim } from './describe/storage';
import { describeLegacyPod } from './describe/era2015/pod';
import {
  describeLegacyNamespace,
  describeLegacyNode,
  describeLegacyReplicationController,
  describeLegacyService,
} from './describe/era2015/others';

export type { Era } from '../../contract';
export { humanDuration, dockerHumanDuration } from './format/duration';
export { formatLabels } from './format/labels';
export { podStatus, nodeStatus } from './status';
export { printYaml } from './output/yaml';
export { printJson } from './output/json';

export interface PrintOptions {
  era: Era;
  /** The simulated wall clock, ms since 1970. */
  nowMs: number;
  /** `-o wide`. */
  wide?: boolean;
  /** `--show-labels`: a LABELS column last. */
  showLabels?: boolean;
  /** `-L key1,key2`: a column per key. */
  labelColumns?: string[];
  /** `--all-namespaces`: a NAMESPACE column first (ignored for nodes and namespaces, as kubectl does). */
  withNamespace?: boolean;
  /** Names printed as `pod/web`, `deployment.apps/web` (several kinds, `get all`, type/name args). */
  withKind?: boolean;
  /** `--no-headers`. */
  noHeaders?: boolean;
}

const CLUSTER_SCOPED: ReadonlySet<Kind> = new Set(['Node', 'Namespace', 'PersistentVolume']);

/** The modern server-side table of one kind. */
function modernTable(kind: Kind, objects: readonly AnyObject[], opts: PrintOptions): Table {
  const of = <T extends AnyObject>(): T[] => objects as T[];
  switch (kind) {
    case 'Pod':
      return podTable(of<Pod>(), opts.nowMs);
    case 'ReplicationController':
      return replicationControllerTable(of<ReplicationController>(), opts.nowMs);
    case 'ReplicaSet':
      return replicaSetTable(of<ReplicaSet>(), opts.nowMs);
    case 'Deployment':
      return deploymentTable(of<Deployment>(), opts.nowMs);
    case 'Service':
      return serviceTable(of<Service>(), opts.nowMs, opts.wide === true);
    case 'Endpoints':
      return endpointsTable(of<Endpoints>(), opts.nowMs);
    case 'Node':
      return nodeTable(of<Node>(), opts.nowMs);
    case 'Namespace':
      return namespaceTable(of<Namespace>(), opts.nowMs);
    case 'Event':
      return eventTable(of<Event>(), opts.nowMs);
    case 'PersistentVolume':
      return persistentVolumeTable(of<PersistentVolume>(), opts.nowMs);
    case 'PersistentVolumeClaim':
      return persistentVolumeClaimTable(of<PersistentVolumeClaim>(), opts.nowMs);
  }
}

/** The kubectl v0.x table of one kind, or undefined for kinds that did not exist then. */
function legacyTable(
  kind: Kind,
  objects: readonly AnyObject[],
  opts: PrintOptions,
): { columns: string[]; rows: string[][] } | undefined {
  const ns = opts.withNamespace;
  const each = <T extends AnyObject>(f: (o: T) => string[][]): string[][] =>
    (objects as T[]).flatMap(f);
  switch (kind) {
    case 'Pod':
      return {
        columns: LEGACY_POD_COLUMNS,
        rows: each<Pod>((p) => legacyPodRows(p, opts.nowMs, ns)),
      };
    case 'ReplicationController':
      return {
        columns: LEGACY_RC_COLUMNS,
        rows: each<ReplicationController>((rc) => legacyReplicationControllerRows(rc, ns)),
      };
    case 'Service':
      return {
        columns: LEGACY_SERVICE_COLUMNS,
        rows: each<Service>((s) => legacyServiceRows(s, ns)),
      };
    case 'Endpoints':
      return {
        columns: LEGACY_ENDPOINTS_COLUMNS,
        rows: each<Endpoints>((e) => legacyEndpointsRows(e, ns)),
      };
    case 'Node':
      return { columns: LEGACY_NODE_COLUMNS, rows: each<Node>(legacyNodeRows) };
    case 'Namespace':
      return { columns: LEGACY_NAMESPACE_COLUMNS, rows: each<Namespace>(legacyNamespaceRows) };
    case 'Event':
      return { columns: LEGACY_EVENT_COLUMNS, rows: legacyEventRows(objects as Event[]) };
    case 'PersistentVolume':
      return {
        columns: LEGACY_PV_COLUMNS,
        rows: each<PersistentVolume>((pv) => legacyPersistentVolumeRows(pv, ns)),
      };
    case 'PersistentVolumeClaim':
      return {
        columns: LEGACY_PVC_COLUMNS,
        rows: each<PersistentVolumeClaim>((pvc) => legacyPersistentVolumeClaimRows(pvc, ns)),
      };
    case 'ReplicaSet':
    case 'Deployment':
      return undefined;
  }
}

/**
 * One `kubectl get` table for objects of one kind, ending with "\n". A modern table with no
 * rows is "" (the command prints `No resources found…`); 2015 kubectl printed just the header.
 * ReplicaSets and Deployments came after 2015, so they print the modern table in both eras.
 * @example printTable('Pod', pods, { era: 'modern', nowMs }) // 'NAME   READY   STATUS …\n'
 */
export function printTable(kind: Kind, objects: readonly AnyObject[], opts: PrintOptions): string {
  if (opts.era === '2015') {
    const legacy = legacyTable(kind, objects, opts);
    if (legacy) return printLegacyTable(legacy.columns, legacy.rows, opts.noHeaders === true);
  }
  const group = groupOf(kind);
  return printModernTable(modernTable(kind, objects, opts), {
    wide: opts.wide === true,
    showLabels: opts.showLabels === true,
    labelColumns: opts.labelColumns ?? [],
    withNamespace: opts.withNamespace === true && !CLUSTER_SCOPED.has(kind),
    noHeaders: opts.noHeaders === true,
    ...(opts.withKind
      ? { kindPrefix: group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase() }
      : {}),
  });
}

/**
 * `-o name`: `pod/web`, `deployment.apps/web`; kubectl v0.x used the plural resource, `pods/web`.
 */
export function printName(obj: AnyObject, era: Era): string {
  if (era === '2015') return `${resourceOf(obj.kind)}/${obj.metadata.name}`;
  const group = groupOf(obj.kind);
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ''}/${obj.metadata.name}`;
}

export interface DescribeData {
  object: AnyObject;
  /** Events whose involvedObject is this object, any order. */
  events: readonly Event[];
  /** RC/RS/Deployment: pods matched by its selector; Node: pods bound to it. */
  pods?: readonly Pod[];
  /** Service: its Endpoints object (absent for a selector-less Service). */
  endpoints?: Endpoints;
  /** 2015 describe pod: the RCs that select it. */
  controllers?: readonly AnyObject[];
  /** Deployment: its ReplicaSets. */
  replicaSets?: readonly ReplicaSet[];
}

/**
 * Thrown for a kind the era's kubectl had no describer for (kubectl v1.0 could not describe
 * Endpoints); the command prints `error: ` and the message.
 */
export class NoDescriberError extends Error {
  constructor(kind: Kind) {
    super(`no description has been implemented for "${kind}"`);
    this.name = 'NoDescriberError';
  }
}

/**
 * What the era's describer returns for one object. The command adds the separators: kubectl
 * v1.0 wrote each description followed by "\n\n"; modern kubectl joins descriptions with "\n\n".
 */
export function describe(kind: Kind, data: DescribeData, opts: PrintOptions): string {
  const { object: obj, events, nowMs } = { ...data, nowMs: opts.nowMs };
  const pods = data.pods ?? [];
  if (opts.era === '2015') {
    switch (kind) {
      case 'Pod':
        return describeLegacyPod(obj as Pod, events, data.controllers ?? []);
      case 'ReplicationController':
        return describeLegacyReplicationController(obj as ReplicationController, events, pods);
      case 'Service':
        return describeLegacyService(obj as Service, data.endpoints, events);
      case 'Node':
        return describeLegacyNode(obj as Node, events, pods);
      case 'Namespace':
        return describeLegacyNamespace(obj as Namespace);
      case 'Endpoints':
      case 'Event':
        throw new NoDescriberError(kind);
      case 'ReplicaSet':
      case 'Deployment':
      case 'PersistentVolume':
      case 'PersistentVolumeClaim':
        break; // post-2015 kinds: the modern describer below
    }
  }
  switch (kind) {
    case 'Pod':
      return describePod(obj as Pod, events, nowMs);
    case 'ReplicationController':
      return describeReplicationController(obj as ReplicationController, events, pods, nowMs);
    case 'ReplicaSet':
      return describeReplicaSet(obj as ReplicaSet, events, pods, nowMs);
    case 'Deployment':
      return describeDeployment(obj as Deployment, events, data.replicaSets ?? [], nowMs);
    case 'Service':
      return describeService(obj as Service, data.endpoints, events, nowMs);
    case 'Endpoints':
      return describeEndpoints(obj as Endpoints, events, nowMs);
    case 'Node':
      return describeNode(obj as Node, events, pods, nowMs);
    case 'Namespace':
      return describeNamespace(obj as Namespace);
    case 'PersistentVolume':
      return describePersistentVolume(obj as PersistentVolume, events, nowMs);
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(obj as PersistentVolumeClaim, events, pods, nowMs);
    case 'Event':
      throw new NoDescriberError(kind);
  }
}
