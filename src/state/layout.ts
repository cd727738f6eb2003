/**
 * Where each pod sits inside its node: a slot that it keeps for life. Students hate pictures
 * that jump (UX.md), so a new pod takes the lowest free slot and never pushes another pod along,
 * and a deleted pod's slot stays empty while the pod fades where it stood; only then may a
 * newcomer take it. Pure: the caller keeps the layout between frames and passes the time.
 */

/** A pod that left the node and is still fading in its slot until `until` (ms, caller's clock). */
export interface FadingPod {
  id: string;
  slot: number;
  until: number;
}

export interface SlotLayout {
  /** Slot index → the pod in it, or null when the slot is free (or held by a fading pod). */
  slots: readonly (string | null)[];
  /** Pods gone from the node, fading where they stood; their slots are not free yet. */
  fading: readonly FadingPod[];
}

export const emptyLayout: SlotLayout = Object.freeze({ slots: [], fading: [] });

/**
 * The layout after the node's pods became `present` (in arrival order) at time `now`.
 * Returns `previous` itself when nothing changed, so a caller can compare by reference.
 */
export function placePods(
  previous: SlotLayout,
  present: readonly string[],
  now: number,
  fadeMs: number,
): SlotLayout {
  const here = new Set(present);
  const slots = [...previous.slots];
  let changed = false;

  // fading pods that are done free their slots; one that came back takes its slot again
  const fading: FadingPod[] = [];
  for (const pod of previous.fading) {
    if (here.has(pod.id) && slots[pod.slot] === null) {
      slots[pod.slot] = pod.id;
      changed = true;
    } else if (pod.until > now && !here.has(pod.id)) {
      fading.push(pod);
    } else {
      changed = true;
    }
  }

  // pods that left start fading in place (or free their slot at once without motion)
  slots.forEach((id, slot) => {
    if (id === null || here.has(id)) return;
    slots[slot] = null;
    if (fadeMs > 0) fading.push({ id, slot, until: now + fadeMs });
    changed = true;
  });

  // newcomers take the lowest slot that is neither taken nor held by a fading pod
  const placed = new Set(slots.filter((id): id is string => id !== null));
  const held = new Set(fading.map((pod) => pod.slot));
  let free = 0;
  for (const id of present) {
    if (placed.has(id)) continue;
    while (free < slots.length && (slots[free] !== null || held.has(free))) free++;
    slots[free] = id;
    placed.add(id);
    free++;
    changed = true;
  }

  // trailing free slots are not drawn
  while (slots.length > 0 && slots[slots.length - 1] === null && !held.has(slots.length - 1)) {
    slots.pop();
    changed = true;
  }

  return changed ? { slots, fading } : previous;
}

/** When the next fading pod is done (and the layout should be recomputed), if any is fading. */
export function nextFadeEnd(layout: SlotLayout): number | undefined {
  let next: number | undefined;
  for (const pod of layout.fading) if (next === undefined || pod.until < next) next = pod.until;
  return next;
}

/** How many slots the node draws: the highest taken or held slot, plus one. */
export function slotCount(layout: SlotLayout): number {
  let count = layout.slots.length;
  for (const pod of layout.fading) count = Math.max(count, pod.slot + 1);
  return count;
}
