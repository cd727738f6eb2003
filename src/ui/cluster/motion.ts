/**
 * The picture's motion (UX.md: 150–400 ms, eased; instant under reduced motion), with the Web
 * Animations API so React never re-renders for a frame of motion:
 * - a pod that appears grows in;
 * - a pod the scheduler binds travels from where it waited in the Pending area to its slot in
 *   the node (FLIP: remember the last box, draw the new one, animate the difference away);
 * - a changed status flashes its ring once.
 * Deleted pods fade where they stood: see `pod-ghost` in cluster.css and src/state/layout.ts.
 */
import { createContext, useContext } from 'react';
import { boxOfElement, type Box } from './picture';

export const EASE = 'cubic-bezier(0.2, 0, 0, 1)';
export const APPEAR_MS = 220;
export const MOVE_MS = 400;
export const FLASH_MS = 400;
/** How long a deleted pod stays fading in its slot (the layout keeps the slot that long). */
export const FADE_MS = 400;

/** Where each pending pod was last drawn, so it can travel from there once it is bound. */
export class MotionMemory {
  private readonly boxes = new Map<string, Box>();

  remember(id: string, box: Box): void {
    this.boxes.set(id, box);
  }

  /** The box last remembered for `id`, forgotten as it is read (a pod is bound once). */
  take(id: string): Box | undefined {
    const box = this.boxes.get(id);
    this.boxes.delete(id);
    return box;
  }

  forget(id: string): void {
    this.boxes.delete(id);
  }
}

/**
 * What pods and nodes need for motion, without the picture's `version`: that changes whenever
 * anything moves, and a thousand pods must not re-render for it.
 */
export interface Motion {
  memory: MotionMemory;
  content: HTMLElement | null;
  reducedMotion: boolean;
}

export const MotionContext = createContext<Motion>({
  memory: new MotionMemory(),
  content: null,
  reducedMotion: false,
});

export function useMotion(): Motion {
  return useContext(MotionContext);
}

/**
 * Measured motion per frame. Each FLIP reads layout; when hundreds of pods are replaced at once
 * (a big scale-up, a churning cluster) a few glide and the rest simply appear, so the frame is
 * never spent measuring.
 */
const MEASURES_PER_FRAME = 12;
let measuresThisFrame = 0;

/** Whether this frame may still measure one more element for motion. */
export function mayMeasure(): boolean {
  if (measuresThisFrame >= MEASURES_PER_FRAME) return false;
  if (measuresThisFrame++ === 0) requestAnimationFrame(() => (measuresThisFrame = 0));
  return true;
}

/**
 * Run `read` after the next paint, with other such reads: layout is clean then, so measuring
 * costs no forced layout (a measurement during React's commit makes the browser lay out the
 * whole picture first). Returns the function that cancels it.
 */
const reads = new Set<() => void>();
let readsScheduled = false;

export function afterPaint(read: () => void): () => void {
  reads.add(read);
  if (!readsScheduled) {
    readsScheduled = true;
    const run = (): void => {
      readsScheduled = false;
      const batch = [...reads];
      reads.clear();
      for (const r of batch) r();
    };
    // a frame, then a task: the task runs after that frame has painted
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(run, 0));
    else setTimeout(run, 0);
  }
  return () => void reads.delete(read);
}

/** Animate `element` into its place: from `from` when it moved there, else growing in. */
export function arrive(content: HTMLElement, element: HTMLElement, from: Box | undefined): void {
  if (typeof element.animate !== 'function' || !mayMeasure()) return;
  if (from) {
    const to = boxOfElement(content, element);
    const dx = from.x - to.x;
    const dy = from.y - to.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) {
      element.animate(
        [
          { transform: `translate(${dx}px, ${dy}px)`, zIndex: 2 },
          { transform: 'translate(0, 0)', zIndex: 2 },
        ],
        { duration: MOVE_MS, easing: EASE },
      );
      return;
    }
  }
  element.animate(
    [
      { opacity: 0, transform: 'scale(0.85)' },
      { opacity: 1, transform: 'scale(1)' },
    ],
    { duration: APPEAR_MS, easing: EASE },
  );
}

/** Flashes started in this frame: a mass change (a scale-down) flashes a few, not hundreds. */
let flashesThisFrame = 0;
const FLASHES_PER_FRAME = 8;

/** A brief ring in the element's status colour (its `--tone`): its status just changed. */
export function flash(element: HTMLElement): void {
  if (typeof element.animate !== 'function' || flashesThisFrame >= FLASHES_PER_FRAME) return;
  if (flashesThisFrame++ === 0) requestAnimationFrame(() => (flashesThisFrame = 0));
  element.animate([{ boxShadow: '0 0 0 4px var(--tone)' }, { boxShadow: '0 0 0 0 transparent' }], {
    duration: FLASH_MS,
    easing: EASE,
  });
}
