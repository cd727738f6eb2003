import { useMemo } from 'react';
import { useCluster } from '../../state/context';
import { boxOfElement, centre, usePicture, type Box } from './picture';
import { selectVolumePicture } from './volumes';

/** Past this many mounts the lines would hide the pods: draw none (the Inspector lists them). */
const MAX_LINES = 300;

/**
 * Overlay: a line from each drawn volume to every container that mounts it, labelled with the
 * mount path. Re-measured when the picture's layout may have changed; lines whose ends are not
 * drawn (compact pods) are left out.
 */
export function VolumeLines() {
  const { lines } = useCluster(selectVolumePicture);
  const { content, version } = usePicture();
  const drawn = useMemo(() => {
    if (!content || lines.length === 0 || lines.length > MAX_LINES) return [];
    void version;
    return lines.flatMap((line) => {
      const from = boxByRef(content, 'Volume', line.volume);
      const to = boxByRef(content, 'Container', line.container);
      return from && to ? [{ ...line, from, to }] : [];
    });
  }, [content, lines, version]);
  if (drawn.length === 0) return null;
  return (
    <g className="volume-lines" data-layer="volumes">
      {drawn.map(({ volume, container, mountPath, shared, from, to }) => {
        const a = edgeToward(from, centre(to));
        const b = edgeToward(to, centre(from));
        // a long line from the storage band is labelled near the container that mounts it
        const at = shared ? 0.8 : 0.5;
        return (
          <g
            key={`${volume}>${container}>${mountPath}`}
            data-link="volume"
            data-volume={volume}
            data-container={container}
          >
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
            <text x={a.x + (b.x - a.x) * at} y={a.y + (b.y - a.y) * at}>
              {mountPath}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function boxByRef(content: HTMLElement, kind: string, ref: string): Box | undefined {
  const element = content.querySelector(
    `[data-kind="${kind}"][data-ref="${ref.replace(/["\\]/g, '\\$&')}"]:not([hidden])`,
  );
  return element ? boxOfElement(content, element) : undefined;
}

/** Where the line from the box's centre toward `p` leaves the box. */
function edgeToward(box: Box, p: { x: number; y: number }): { x: number; y: number } {
  const c = centre(box);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx !== 0 ? box.width / 2 / Math.abs(dx) : Infinity;
  const sy = dy !== 0 ? box.height / 2 / Math.abs(dy) : Infinity;
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}
