import { describe, expect, it } from 'vitest';
import { replicaChart } from './replicaChart';

const points = [
  { time: 10_000, desired: 3, current: 0, ready: 0 },
  { time: 12_000, desired: 3, current: 3, ready: 0 },
  { time: 20_000, desired: 3, current: 3, ready: 3 },
];

describe('the replicas chart', () => {
  const chart = replicaChart({
    points,
    end: 60_000,
    faults: [
      { time: 5_000, text: 'fault: before the controller' },
      { time: 30_000, text: 'fault: node-2 powered off' },
    ],
    width: 400,
    height: 200,
  });

  it('draws desired, current and ready as steps that run on to now', () => {
    expect(chart.lines.map((l) => l.series)).toEqual(['desired', 'current', 'ready']);
    const ready = chart.lines[2]?.d ?? '';
    // a step line: horizontal then vertical segments, ending at the right edge of the plot
    expect(ready.startsWith(`M${chart.plot.left},${chart.plot.bottom}`)).toBe(true);
    expect(
      ready.endsWith(`${chart.plot.right},${chart.yTicks.find((t) => t.value === 3)?.y}`),
    ).toBe(true);
  });

  it('counts replicas in whole numbers from zero', () => {
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });

  it('marks the faults that happened while the controller was charted', () => {
    expect(chart.markers.map((m) => m.text)).toEqual(['fault: node-2 powered off']);
    const marker = chart.markers[0]?.x ?? 0;
    expect(marker).toBeGreaterThan(chart.plot.left);
    expect(marker).toBeLessThan(chart.plot.right);
  });

  it('labels time as the header clock does', () => {
    expect(chart.xTicks[0]?.label).toMatch(/^00:00:\d\d$/);
  });

  it('draws a single point as a flat line', () => {
    const one = replicaChart({
      points: [{ time: 0, desired: 1, current: 0, ready: 0 }],
      end: 0,
      faults: [],
      width: 300,
      height: 120,
    });
    expect(one.lines.every((l) => l.d.startsWith('M'))).toBe(true);
  });
});
