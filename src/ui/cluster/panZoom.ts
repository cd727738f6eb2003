/**
 * Pan and zoom for the picture, React Flow's `XYPanZoom` idea: a framework-free wrapper around
 * d3-zoom that takes the viewport and the content element and moves the content with a CSS
 * transform. React owns the tree; this file owns the gesture.
 *
 * Drag pans; Ctrl+wheel (and a trackpad pinch, which browsers send as Ctrl+wheel) zooms; a plain
 * wheel scrolls the picture, as students expect of a page. Double-click is left to selection.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface PanZoom {
  zoomIn(): void;
  zoomOut(): void;
  /**
   * Scale the whole picture into the viewport (never above 1:1, never below a readable
   * `MIN_FIT`), reflowing its grid to the viewport's shape, and bring it to the top. Turns
   * auto-fit back on.
   */
  fit(): void;
  /**
   * While the student has not panned or zoomed by hand: fit again when the picture has grown
   * past the viewport. Call when the content's layout changed.
   */
  autoFit(): void;
  /** Pan (never zoom) so that `box`, in content coordinates, is in view with a margin. */
  reveal(box: { x: number; y: number; width: number; height: number }): void;
  destroy(): void;
}

export interface PanZoomOptions {
  /** Read at each move, so a change of the user's preference applies at once. */
  reducedMotion(): boolean;
  onChange?(transform: { x: number; y: number; k: number }): void;
}

const MIN_SCALE = 0.15;
const MAX_SCALE = 3;
const STEP = 1.25;
const DURATION_MS = 250;
/** Below this scale a projector's text is unreadable: the picture scrolls instead. */
const MIN_FIT = 0.5;

/** Elements that keep their own pointer gestures (buttons, fields, links). */
const INTERACTIVE = 'button, input, select, textarea, a, [contenteditable="true"]';

export function createPanZoom(
  viewport: HTMLElement,
  content: HTMLElement,
  options: PanZoomOptions,
): PanZoom {
  const view: Selection<HTMLElement, unknown, null, undefined> = select(viewport);
  /** The scale a glide in flight is heading for: a second press steps on from there. */
  let goal: number | null = null;
  /** The scale a fit is gliding to: judged by it, not by a frame of the glide. */
  let fitGoal: number | null = null;
  /** Fit as the picture grows, until the student pans or zooms by hand. */
  let auto = true;
  /** The viewport width the content was last fitted to. */
  let fittedWidth = -1;
  const apply = (t: ZoomTransform): void => {
    content.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
    options.onChange?.({ x: t.x, y: t.y, k: t.k });
  };

  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
      if (event.type === 'dblclick') return false;
      const target = event.target as Element | null;
      if (target?.closest(INTERACTIVE)) return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => apply(event.transform))
    .on('start', (event: { sourceEvent: Event | null }) => {
      // the student took over by hand: later button presses step from where they left it
      if (event.sourceEvent) {
        goal = null;
        auto = false;
      }
    });
  view.call(behaviour);

  const currentScale = (): number => zoomTransform(viewport).k;

  const onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey) return;
    event.preventDefault();
    const k = currentScale();
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY;
    auto = false;
    behaviour.translateBy(view, -dx / k, -dy / k);
  };
  viewport.addEventListener('wheel', onWheel, { passive: false });

  type Target =
    | Selection<HTMLElement, unknown, null, undefined>
    | Transition<HTMLElement, unknown, null, undefined>;
  const run = (change: (target: Target) => void): void => {
    if (options.reducedMotion()) {
      change(view);
      return;
    }
    const glide = view
      .transition()
      .duration(DURATION_MS)
      .on('end', () => {
        goal = null;
        fitGoal = null;
      });
    change(glide);
  };
  const stepTo = (factor: number): void => {
    auto = false;
    const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, (goal ?? currentScale()) * factor));
    goal = options.reducedMotion() ? null : k;
    run((target) => behaviour.scaleTo(target, k));
  };

  const fit = (): void => {
    // the native scroll a focused element may have caused is folded back into the transform
    viewport.scrollTop = 0;
    viewport.scrollLeft = 0;
    const width = viewport.clientWidth;
    const height = viewport.clientHeight;
    fittedWidth = width;
    // the minions' grid wraps to the content's width: give it the viewport's shape at each
    // scale tried, so zooming out fits more nodes in a row rather than leaving the sides empty
    let k = 1;
    for (;;) {
      content.style.width = `${Math.floor(width / k)}px`;
      if (content.scrollHeight * k <= height || k <= MIN_FIT) break;
      k = Math.max(MIN_FIT, k * 0.9);
    }
    goal = null;
    const now = zoomTransform(viewport);
    // already there (or gliding there): nothing moves, so nothing waits on a glide
    if ((fitGoal ?? now.k) === k && now.x === 0 && now.y === 0) return;
    fitGoal = options.reducedMotion() ? null : k;
    run((target) => behaviour.transform(target, zoomIdentity.scale(k)));
  };

  return {
    zoomIn() {
      stepTo(STEP);
    },
    zoomOut() {
      stepTo(1 / STEP);
    },
    fit() {
      auto = true;
      fit();
    },
    autoFit() {
      if (!auto) return;
      const k = fitGoal ?? currentScale();
      const overflows = content.scrollHeight * k > viewport.clientHeight + 1;
      if ((overflows && k > MIN_FIT) || viewport.clientWidth !== fittedWidth) fit();
    },
    reveal(box) {
      const t = zoomTransform(viewport);
      const left = box.x * t.k + t.x;
      const top = box.y * t.k + t.y;
      const right = left + box.width * t.k;
      const bottom = top + box.height * t.k;
      const { clientWidth: w, clientHeight: h } = viewport;
      // only what is out of sight moves the picture: a glide at every step would tire the eye
      if (right > 0 && bottom > 0 && left < w && top < h) return;
      const x = w / 2 - (box.x + box.width / 2) * t.k;
      const y = h / 2 - (box.y + box.height / 2) * t.k;
      goal = null;
      run((target) => behaviour.transform(target, zoomIdentity.translate(x, y).scale(t.k)));
    },
    destroy() {
      viewport.removeEventListener('wheel', onWheel);
      view.on('.zoom', null);
      view.interrupt();
    },
  };
}
