/**
 * Which controller owns each pod, and the colour its pods' stripes share.
 *
 * Modern Kubernetes decides by the pod's controlling ownerReference, so a pod relabelled out of
 * its ReplicaSet's selector is released (its reference removed) and a replacement is made. The
 * 2015 replication manager had no owner references: every pod in the namespace whose labels
 * matched an RC's selector counted as that RC's, so relabelling a pod out of the selector is
 * enough to drop it. The page follows the cluster's era, as the engine does.
 */
import type { Era } from '../engine/contract';
import type { AnyObject, Pod } from '../engine/types';
import type { MirrorEntry } from './mirror';
import { namespaceOf, selectorOf } from './selection';
import type { ClusterState } from './store';

export type ControllerKind = 'ReplicationController' | 'ReplicaSet' | 'Deployment';

export const CONTROLLER_KINDS: readonly ControllerKind[] = [
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
];

export function isControllerKind(kind: string): kind is ControllerKind {
  return (CONTROLLER_KINDS as readonly string[]).includes(kind);
}

export interface PodController {
  kind: 'ReplicationController' | 'ReplicaSet' | 'Deployment';
  /** Mirror id (`namespace/name`). */
  id: string;
  name: string;
  /** A CSS colour, stable for the controller's lifetime. */
  colour: string;
}

/**
 * Mid-tone colours (Okabe–Ito and Tableau shades) that read as strokes and stripes on both the
 * light and the dark theme; each is distinct for the common colour-blindnesses in its
 * neighbours, and the outline's dash pattern carries the grouping anyway.
 */
export const CONTROLLER_PALETTE: readonly string[] = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#8c6bb1',
  '#7f9a2e',
  '#c44e52',
  '#b8860b',
];

/** FNV-1a: a small, stable hash, so a controller keeps its colour across reloads and replays. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A controller's colour, from its uid (or its kind and id when it has none). */
export function controllerColour(object: AnyObject, id: string): string {
  const key = object.metadata.uid ?? `${object.kind}/${id}`;
  return CONTROLLER_PALETTE[hash(key) % CONTROLLER_PALETTE.length] as string;
}

type Entries = Readonly<Record<string, MirrorEntry>>;

interface Inputs {
  pods: Entries | undefined;
  rcs: Entries | undefined;
  rss: Entries | undefined;
  deployments: Entries | undefined;
  era: Era;
}

/** Every pod's controller, by pod id; computed once per change of the inputs. */
export type ControllerMap = ReadonlyMap<string, PodController>;

/**
 * The pure rule. A pod's controlling ownerReference names its controller (when that object is
 * in the mirror with the same uid). Without one, in era 2015 the oldest RC (or ReplicaSet) of
 * the pod's namespace whose selector matches the pod's labels; in the modern era nothing: an
 * orphan is nobody's until a controller adopts it by writing its reference.
 */
export function controllersOfPods(
  inputs: Inputs,
  reuse: ReadonlyMap<string, PodController> = new Map(),
): Map<string, PodController> {
  const made = new Map<string, PodController>();
  const describe = (entry: MirrorEntry): PodController => {
    const kind = entry.kind as ControllerKind;
    const colour = controllerColour(entry.object, entry.id);
    const key = `${kind}/${entry.id}`;
    let value = made.get(key);
    if (value) return value;
    const before = reuse.get(key);
    // the same object while nothing about the controller changed: pods subscribed to it keep
    // their render
    value =
      before && before.colour === colour
        ? before
        : { kind, id: entry.id, name: entry.object.metadata.name, colour };
    made.set(key, value);
    return value;
  };

  const legacy =
    inputs.era === '2015'
      ? [...Object.values(inputs.rcs ?? {}), ...Object.values(inputs.rss ?? {})]
          .sort((a, b) => a.seq - b.seq)
          .map((entry) => ({
            entry,
            namespace: namespaceOf(entry.object),
            matches: selectorOf(entry.object) ?? (() => false),
          }))
      : [];

  const result = new Map<string, PodController>();
  for (const podEntry of Object.values(inputs.pods ?? {})) {
    const pod = podEntry.object as Pod;
    const namespace = namespaceOf(pod);
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller === true);
    let owner: MirrorEntry | undefined;
    if (ref) {
      const record =
        ref.kind === 'ReplicationController'
          ? inputs.rcs
          : ref.kind === 'ReplicaSet'
            ? inputs.rss
            : ref.kind === 'Deployment'
              ? inputs.deployments
              : undefined;
      const candidate = record?.[`${namespace}/${ref.name}`];
      // a controller deleted and made again under the same name is another controller
      if (
        candidate &&
        (!candidate.object.metadata.uid || candidate.object.metadata.uid === ref.uid)
      )
        owner = candidate;
    } else {
      owner = legacy.find(
        (c) => c.namespace === namespace && c.matches(pod.metadata.labels),
      )?.entry;
    }
    if (owner) result.set(podEntry.id, describe(owner));
  }
  return result;
}

/**
 * Memoised per store state: recomputed only when pods, controllers or the era change, and each
 * controller's description keeps its reference across recomputations. Keyed by the pod record
 * (the mirror replaces it when any pod changes), so two stores on one page never share a result.
 */
const cache = new WeakMap<Entries, { inputs: Inputs; map: ControllerMap }>();
const EMPTY: Entries = Object.freeze({});
/**
 * Only lends references to the next computation (values are compared before reuse), so it
 * holds no cluster state that two stores could see differently.
 */
let lastMap: ControllerMap = new Map();

export function selectControllerMap(s: ClusterState): ControllerMap {
  const objects = s.mirror.objects;
  const inputs: Inputs = {
    pods: objects.Pod,
    rcs: objects.ReplicationController,
    rss: objects.ReplicaSet,
    deployments: objects.Deployment,
    era: s.cluster?.era ?? 'modern',
  };
  const key = inputs.pods ?? EMPTY;
  const hit = cache.get(key);
  if (
    hit &&
    hit.inputs.rcs === inputs.rcs &&
    hit.inputs.rss === inputs.rss &&
    hit.inputs.deployments === inputs.deployments &&
    hit.inputs.era === inputs.era
  )
    return hit.map;
  const map = controllersOfPods(inputs, reusable(lastMap));
  lastMap = map;
  cache.set(key, { inputs, map });
  return map;
}

function reusable(map: ControllerMap): Map<string, PodController> {
  const byController = new Map<string, PodController>();
  for (const c of map.values()) byController.set(`${c.kind}/${c.id}`, c);
  return byController;
}

/** The controller of pod `podId` (mirror id), with its colour; undefined for a bare pod. */
export const selectControllerOfPod =
  (podId: string) =>
  (s: ClusterState): PodController | undefined =>
    selectControllerMap(s).get(podId);

/** The ids of the pods a controller owns (for a Deployment: the pods of its ReplicaSets). */
export function podsOfController(
  s: ClusterState,
  kind: ControllerKind,
  id: string,
): readonly string[] {
  const byOwner = podsByOwner(selectControllerMap(s));
  if (kind !== 'Deployment') return byOwner.get(`${kind}/${id}`) ?? [];
  const pods: string[] = [];
  for (const rs of Object.values(s.mirror.objects.ReplicaSet ?? {})) {
    const ref = rs.object.metadata.ownerReferences?.find((r) => r.controller === true);
    if (ref?.kind === 'Deployment' && `${namespaceOf(rs.object)}/${ref.name}` === id)
      pods.push(...(byOwner.get(`ReplicaSet/${rs.id}`) ?? []));
  }
  return pods;
}

/** Every controller's pods, grouped in one pass over the map (not one pass per controller). */
const ownerCache = new WeakMap<ControllerMap, Map<string, string[]>>();

function podsByOwner(map: ControllerMap): Map<string, string[]> {
  let byOwner = ownerCache.get(map);
  if (!byOwner) {
    byOwner = new Map();
    for (const [podId, c] of map) {
      const key = `${c.kind}/${c.id}`;
      const list = byOwner.get(key);
      if (list) list.push(podId);
      else byOwner.set(key, [podId]);
    }
    ownerCache.set(map, byOwner);
  }
  return byOwner;
}

const podsCache = new WeakMap<ControllerMap, Map<string, readonly string[]>>();

/**
 * `podsOfController` as a selector: the same array while the controller map is the same (the
 * map is recomputed whenever pods or controllers change, ReplicaSets included).
 */
export const selectPodsOfController =
  (kind: ControllerKind, id: string) =>
  (s: ClusterState): readonly string[] => {
    const map = selectControllerMap(s);
    let byController = podsCache.get(map);
    if (!byController) podsCache.set(map, (byController = new Map()));
    const key = `${kind}/${id}`;
    let pods = byController.get(key);
    if (!pods) byController.set(key, (pods = podsOfController(s, kind, id)));
    return pods;
  };
