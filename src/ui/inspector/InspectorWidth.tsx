import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

const STEP_PX = 32;

/**
 * The Inspector's region, with a handle on its left edge to widen or narrow it (drag, or ←/→
 * when focused). CSS keeps it between 22rem and most of the screen, and stacks it under the
 * picture on narrow screens, where the handle hides.
 */
export function InspectorWidth(props: { empty: boolean; children: ReactNode }) {
  const aside = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // a focusable separator announces its position: the share of the window the panel takes
  const [share, setShare] = useState(30);
  useEffect(() => {
    const px = width ?? aside.current?.getBoundingClientRect().width ?? 0;
    setShare(Math.round((px / Math.max(1, window.innerWidth)) * 100));
  }, [width]);

  const clamp = (px: number): number => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return Math.round(Math.min(Math.max(px, 22 * rem), window.innerWidth * 0.7));
  };
  const current = (): number => aside.current?.getBoundingClientRect().width ?? 0;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: current() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) setWidth(clamp(start.width + start.x - event.clientX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowLeft' ? STEP_PX : event.key === 'ArrowRight' ? -STEP_PX : 0;
    if (!delta) return;
    event.preventDefault();
    setWidth(clamp(current() + delta));
  };

  return (
    // a region (DESIGN.md: "a region labelled Inspector"): a <section> with a name is one
    <section
      ref={aside}
      aria-label="Inspector"
      className="inspector"
      data-empty={props.empty ? 'true' : undefined}
      style={width === null ? undefined : { width: `${width}px` }}
    >
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the Inspector"
        aria-valuenow={share}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={`${share}% of the window`}
        tabIndex={0}
        className="inspector-handle"
        title="Drag, or use ← and →, to resize"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <div className="inspector-body">{props.children}</div>
    </section>
  );
}
