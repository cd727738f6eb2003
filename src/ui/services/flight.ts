/**
 * Moves one request's dot from the proxy to the pod: a small d3 wrapper that takes the dot's
 * element (React owns it; d3 only animates its transform) and returns how to stop it.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';

export interface Point {
  x: number;
  y: number;
}

const at = (p: Point): string => `translate(${Math.round(p.x)},${Math.round(p.y)})`;

export function fly(dot: SVGGElement, from: Point, to: Point, ms: number): () => void {
  const selection = select(dot);
  selection.interrupt();
  selection.attr('transform', at(from));
  selection.transition().duration(ms).ease(easeCubicInOut).attr('transform', at(to));
  return () => {
    selection.interrupt();
  };
}
