/**
 * What the student is pointing at, spread to everything it selects: hovering a Service or a
 * controller highlights the pods its selector matches; hovering a label highlights every object
 * that carries it. The set is computed once per (hover, mirror) and each drawn object only asks
 * whether it is in it, so moving the pointer does not make every pod re-run a selector.
 */
import type { Kind } from '../engine/types';
import type { MirrorEntry, ObjectsByKind } from './mirror';
import { isSelectingKind, namespaceOf, selectorOf } from './selection';
import type { ClusterState, HoverTarget } from './store';

/** The kinds whose labels a label hover looks at: what the picture draws with labels. */
const LABELLED_KINDS: readonly Kind[] = [
  'Pod',
  'Node',
  'Service',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
];

const keyOf = (kind: string, id: string): string => `${kind}\u0000${id}`;

const NOTHING: ReadonlySet<string> = new Set();

/** The `kind`/`id` keys `hover` highlights in `objects`. Pure; see `selectIsHighlighted`. */
export function highlightedBy(
  hover: HoverTarget | null,
  objects: ObjectsByKind,
): ReadonlySet<string> {
  if (!hover) return NOTHING;
  const found = new Set<string>();
  if (hover.type === 'label') {
    for (const kind of LABELLED_KINDS) {
      for (const entry of Object.values(objects[kind] ?? {})) {
        const labels = entry.object.metadata.labels;
        if (labels && Object.prototype.hasOwnProperty.call(labels, hover.key)) {
          if (labels[hover.key] === hover.value) found.add(keyOf(kind, entry.id));
        }
      }
    }
    return found;
  }
  if (!isSelectingKind(hover.kind)) return NOTHING;
  const hovered = objects[hover.kind]?.[hover.id];
  if (!hovered) return NOTHING;
  found.add(keyOf(hover.kind, hover.id));
  const selects = selectorOf(hovered.object);
  if (!selects) return found;
  const namespace = namespaceOf(hovered.object);
  const mark = (entry: MirrorEntry): void => {
    if (namespaceOf(entry.object) === namespace && selects(entry.object.metadata.labels))
      found.add(keyOf(entry.kind, entry.id));
  };
  for (const pod of Object.values(objects.Pod ?? {})) mark(pod);
  // a Deployment finds its ReplicaSets by the same selector (they carry the template's labels)
  if (hover.kind === 'Deployment')
    for (const rs of Object.values(objects.ReplicaSet ?? {})) mark(rs);
  return found;
}

/** One entry per hover target (whose reference the store keeps while the hover lasts). */
const cache = new WeakMap<object, { objects: ObjectsByKind; set: ReadonlySet<string> }>();

/** The highlighted set for the store's current hover and mirror. */
export function selectHighlighted(s: ClusterState): ReadonlySet<string> {
  const hover = s.ui.hover;
  if (!hover) return NOTHING;
  const hit = cache.get(hover);
  if (hit && hit.objects === s.mirror.objects) return hit.set;
  const set = highlightedBy(hover, s.mirror.objects);
  cache.set(hover, { objects: s.mirror.objects, set });
  return set;
}

/** The objects the editor's last apply named, while their highlight lasts (see editorSession). */
const appliedCache = new WeakMap<object, ReadonlySet<string>>();
function appliedSet(applied: NonNullable<ClusterState['editor']['applied']>): ReadonlySet<string> {
  let set = appliedCache.get(applied);
  if (!set) {
    set = new Set(applied.refs.map((r) => keyOf(r.kind, r.id)));
    appliedCache.set(applied, set);
  }
  return set;
}

/**
 * Whether the drawn object `kind` / mirror `id` is highlighted: by the current hover, or for a
 * few seconds after the editor applied it.
 */
export const selectIsHighlighted =
  (kind: string, id: string) =>
  (s: ClusterState): boolean =>
    // most of the time nothing is hovered or applied: a thousand pods answer without a key
    (s.ui.hover !== null && selectHighlighted(s).has(keyOf(kind, id))) ||
    (s.editor.applied !== null && appliedSet(s.editor.applied).has(keyOf(kind, id)));
