/**
 * The replicas chart's geometry: d3-scale and d3-shape turn a controller's history into SVG
 * path data, axis ticks and fault markers; React draws them (no DOM here, so it is a plain
 * function with tests). Lines are steps, because replica counts jump; each runs on to `end`
 * (now, or when the controller was deleted), so a flat line means "still so".
 */
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { ReplicaPoint } from '../../state/history';
import { formatElapsed } from '../format';

export type Series = 'desired' | 'current' | 'ready';
export const SERIES: readonly Series[] = ['desired', 'current', 'ready'];

export interface ChartMarker {
  key: string;
  x: number;
  /** What happened, for the marker's tooltip and the screen reader's list. */
  text: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  lines: { series: Series; d: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  markers: ChartMarker[];
}

export interface ChartInput {
  points: readonly ReplicaPoint[];
  /** Simulated ms the lines run on to. */
  end: number;
  faults: readonly { time: number; text: string }[];
  width: number;
  height: number;
}

const MARGIN = { left: 34, top: 8, right: 10, bottom: 22 };

export function replicaChart(input: ChartInput): ChartGeometry {
  const { points, width, height } = input;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };
  const first = points[0]?.time ?? 0;
  const end = Math.max(input.end, points.at(-1)?.time ?? 0, first + 10_000);
  const x = scaleLinear().domain([first, end]).range([plot.left, plot.right]);
  const top = Math.max(1, ...points.map((p) => Math.max(p.desired, p.current, p.ready)));
  const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);

  const last = points.at(-1);
  const extended = last && last.time < end ? [...points, { ...last, time: end }] : points;
  const lines = SERIES.map((series) => {
    const path = line<ReplicaPoint>()
      .x((p) => x(p.time))
      .y((p) => y(p[series]))
      .curve(curveStepAfter)(extended);
    return { series, d: path ?? '' };
  });

  const yTicks = y
    .ticks(Math.min(4, y.domain()[1] ?? 1))
    .filter(Number.isInteger)
    .map((value) => ({ y: y(value), value }));
  const xTicks = x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90))).map((t) => ({
    x: x(t),
    label: formatElapsed(t),
  }));
  const markers = input.faults
    .filter((f) => f.time >= first && f.time <= end)
    .map((f, i) => ({ key: `${f.time}:${i}`, x: x(f.time), text: f.text }));
  return { width, height, plot, lines, xTicks, yTicks, markers };
}
