/**
 * The page's mirror of the cluster: raw objects by kind and `namespace/name` id, rebuilt only
 * along the paths a change touches. Unchanged kinds and unchanged objects keep their
 * references, so a component subscribed to one pod re-renders only when that pod changes.
 */
import type { AnyObject, Kind } from '../engine/types';
import type { WireChange, WireObject } from '../worker/protocol';

export interface MirrorEntry {
  kind: Kind;
  id: string;
  object: AnyObject;
  /** kubectl's STATUS column, for the kinds that have one. */
  status?: string;
  /** Arrival order: lists keep it, so a new pod never moves an old one. */
  seq: number;
}

export type ObjectsByKind = Partial<Record<Kind, Readonly<Record<string, MirrorEntry>>>>;

export interface Mirror {
  objects: ObjectsByKind;
  nextSeq: number;
  /** resourceVersion of the last change applied; older ones are stale and skipped. */
  resourceVersion: number;
}

export const emptyMirror: Mirror = { objects: {}, nextSeq: 0, resourceVersion: 0 };

/** `namespace/name`, or just `name` for cluster-scoped kinds (Node, Namespace). */
export function objectId(object: AnyObject): string {
  const { namespace, name } = object.metadata;
  return namespace ? `${namespace}/${name}` : name;
}

/**
 * A mirror of a whole cluster. `previous` is what the page showed before (a rebuilt cluster):
 * objects it had keep their arrival order, so the rebuilt picture does not shuffle.
 */
export function mirrorFrom(
  objects: readonly WireObject[],
  resourceVersion: number,
  previous: Mirror = emptyMirror,
): Mirror {
  // objects the page had first, in their old order; new ones after, in the order they came
  const known = objects.filter((o) => seqIn(previous, o) !== undefined);
  known.sort((a, b) => (seqIn(previous, a) ?? 0) - (seqIn(previous, b) ?? 0));
  const ordered = [...known, ...objects.filter((o) => seqIn(previous, o) === undefined)];
  return applyChanges(
    { ...emptyMirror, resourceVersion },
    ordered.map((wire) => ({ ...wire, type: 'ADDED', resourceVersion, time: 0 })),
    { ignoreVersions: true },
  );
}

function seqIn(mirror: Mirror, wire: WireObject): number | undefined {
  return mirror.objects[wire.kind]?.[objectId(wire.object)]?.seq;
}

/** Apply one batch of changes in order. Returns the same mirror when nothing changed. */
export function applyChanges(
  mirror: Mirror,
  batch: readonly WireChange[],
  { ignoreVersions = false } = {},
): Mirror {
  let objects = mirror.objects;
  let nextSeq = mirror.nextSeq;
  let resourceVersion = mirror.resourceVersion;
  const copied = new Set<Kind>();

  const kindForWrite = (kind: Kind): Record<string, MirrorEntry> => {
    if (objects === mirror.objects) objects = { ...objects };
    if (!copied.has(kind)) {
      copied.add(kind);
      objects[kind] = { ...objects[kind] };
    }
    return objects[kind] as Record<string, MirrorEntry>;
  };

  for (const change of batch) {
    if (!ignoreVersions) {
      if (change.resourceVersion <= resourceVersion) continue;
      resourceVersion = change.resourceVersion;
    }
    const id = objectId(change.object);
    if (change.type === 'DELETED') {
      if (objects[change.kind]?.[id]) delete kindForWrite(change.kind)[id];
      continue;
    }
    const previous = objects[change.kind]?.[id];
    const entry: MirrorEntry = {
      kind: change.kind,
      id,
      object: change.object,
      seq: previous?.seq ?? nextSeq++,
    };
    if (change.status !== undefined) entry.status = change.status;
    kindForWrite(change.kind)[id] = entry;
  }

  if (objects === mirror.objects && resourceVersion === mirror.resourceVersion) return mirror;
  return { objects, nextSeq, resourceVersion };
}
