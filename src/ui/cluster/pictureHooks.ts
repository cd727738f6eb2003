/**
 * The two facts the picture's overlays and motion depend on: whether the student asked for
 * reduced motion, and a version that changes whenever boxes may have moved (so overlays
 * re-measure at most once a frame, however many pods changed in it).
 */
import { useEffect, useState } from 'react';

const REDUCE = '(prefers-reduced-motion: reduce)';

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => typeof matchMedia === 'function' && matchMedia(REDUCE).matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(REDUCE);
    const changed = (): void => setReduced(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return reduced;
}

/** Attributes whose change can move or resize a drawn box. */
const LAYOUT_ATTRIBUTES = ['data-status', 'data-node', 'data-compact', 'hidden', 'class'];

/** The overlay SVG carries this attribute; what changes inside it is not layout. */
export const OVERLAY_ATTRIBUTE = 'data-picture-overlay';

function inOverlay(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(`[${OVERLAY_ATTRIBUTE}]`) != null;
}

export function usePictureVersion(content: HTMLElement | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!content) return;
    let frame = 0;
    const bump = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    };
    const resize = new ResizeObserver(bump);
    resize.observe(content);
    // the overlays redraw themselves (packets, requests): their changes move no box
    const mutation = new MutationObserver((records) => {
      if (records.some((r) => !inOverlay(r.target))) bump();
    });
    mutation.observe(content, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: LAYOUT_ATTRIBUTES,
    });
    bump();
    return () => {
      resize.disconnect();
      mutation.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [content]);
  return version;
}
