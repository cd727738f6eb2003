/**
 * Moving the packets: a small plain-TS wrapper over d3-selection that takes the layer's `<g>`
 * and places each packet element where its hop is at a given moment. React draws the packets;
 * this only sets their `transform` (and a decision's ring its size and fade) every frame, so
 * a frame costs no React render.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import type { Box } from '../cluster/picture';

export interface Point {
  x: number;
  y: number;
}

/** A hop's way through the picture: a gentle curve, so a reply does not hide its request. */
export interface Hop {
  from: Point;
  to: Point;
  /** The control point of the quadratic curve. */
  via: Point;
  /** A step a component takes by itself (the scheduler's decision): a ring, not a dot. */
  self: boolean;
}

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The curve from one box's centre to another's, bowed to the left of its direction. */
export function hopBetween(from: Box, to: Box): Hop {
  const a = centre(from);
  const b = centre(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const bow = 0.15;
  return {
    from: a,
    to: b,
    via: { x: (a.x + b.x) / 2 + dy * bow, y: (a.y + b.y) / 2 - dx * bow },
    self: from === to || (a.x === b.x && a.y === b.y),
  };
}

/** Where along its hop a packet is, `t` from 0 to 1 (eased: it leaves and arrives gently). */
export function pointOn(hop: Hop, t: number): Point {
  const e = easeCubicInOut(Math.min(1, Math.max(0, t)));
  const u = 1 - e;
  return {
    x: u * u * hop.from.x + 2 * u * e * hop.via.x + e * e * hop.to.x,
    y: u * u * hop.from.y + 2 * u * e * hop.via.y + e * e * hop.to.y,
  };
}

/**
 * Place every `[data-packet]` element of `layer` for `progress(id)`; `hops` says where each
 * goes. Elements whose hop is unknown are left where they are.
 */
export function placePackets(
  layer: SVGGElement,
  hops: ReadonlyMap<number, Hop>,
  progress: (id: number) => number,
): void {
  select(layer)
    .selectAll<SVGGElement, unknown>('[data-packet]')
    .each(function place() {
      const id = Number(this.getAttribute('data-packet'));
      const hop = hops.get(id);
      if (!hop) return;
      const t = progress(id);
      if (hop.self) {
        // a ring that widens and fades around the component deciding
        this.setAttribute(
          'transform',
          `translate(${hop.from.x},${hop.from.y}) scale(${0.6 + 0.6 * t})`,
        );
        this.setAttribute('opacity', String(1 - 0.8 * t));
        return;
      }
      const p = pointOn(hop, t);
      this.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    });
}
