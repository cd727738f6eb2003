/**
 * The picture's shared geometry. Everything drawn lives in one zoomable content element; the
 * overlay (service lines, volume lines, packets, requests) is an SVG inside it, so it pans and
 * zooms with the boxes. Overlays find the boxes they connect through the page's DOM contract
 * (`data-kind`, `data-name`, `data-namespace`), never through another component's internals,
 * and re-measure whenever `version` changes (the content resized or its children changed).
 */
import { createContext, useContext } from 'react';

export interface PictureGeometry {
  /** The zoomable content element; overlay coordinates are relative to its top-left, unscaled. */
  content: HTMLElement | null;
  /** Changes whenever the content's layout may have changed. */
  version: number;
  /** Whether motion should be instant (`prefers-reduced-motion`). */
  reducedMotion: boolean;
  /** Pan so that `box` (content coordinates) is in view, if it is not already. */
  reveal(box: Box): void;
}

export const PictureContext = createContext<PictureGeometry>({
  content: null,
  version: 0,
  reducedMotion: false,
  reveal: () => undefined,
});

export function usePicture(): PictureGeometry {
  return useContext(PictureContext);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnRef {
  kind: string;
  name: string;
  /** For namespaced kinds; the default namespace when left out. */
  namespace?: string;
}

/** The CSS selector of a drawn object's element. */
export function drawnSelector(ref: DrawnRef): string {
  const esc = (v: string): string => v.replace(/["\\]/g, '\\$&');
  const ns = ref.namespace !== undefined ? `[data-namespace="${esc(ref.namespace)}"]` : '';
  // hidden parts (a compact pod's containers) are in the structure but not drawn
  return `[data-kind="${esc(ref.kind)}"][data-name="${esc(ref.name)}"]${ns}:not([hidden])`;
}

/**
 * The content's own box and scale, read once per frame: overlays measure hundreds of boxes
 * against it, and it only moves when the student pans or zooms.
 */
const frames = new WeakMap<HTMLElement, { rect: DOMRect; scale: number }>();

function contentFrame(content: HTMLElement): { rect: DOMRect; scale: number } {
  let frame = frames.get(content);
  if (!frame) {
    const rect = content.getBoundingClientRect();
    frame = { rect, scale: content.offsetWidth > 0 ? rect.width / content.offsetWidth : 1 };
    frames.set(content, frame);
    const forget = (): void => void frames.delete(content);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(forget);
    else queueMicrotask(forget);
  }
  return frame;
}

/** Where an element is, in the content's own (unzoomed) coordinates. */
export function boxOfElement(content: HTMLElement, element: Element): Box {
  const { rect: outer, scale } = contentFrame(content);
  const inner = element.getBoundingClientRect();
  const s = scale > 0 ? scale : 1;
  return {
    x: (inner.left - outer.left) / s,
    y: (inner.top - outer.top) / s,
    width: inner.width / s,
    height: inner.height / s,
  };
}

/** Where a drawn object is, or undefined when it is not drawn (or hidden in a compact view). */
export function boxOf(content: HTMLElement | null, ref: DrawnRef): Box | undefined {
  if (!content) return undefined;
  const element = content.querySelector(drawnSelector(ref));
  return element ? boxOfElement(content, element) : undefined;
}

export function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
