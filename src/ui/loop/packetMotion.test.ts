import { describe, expect, it } from 'vitest';
import { hopBetween, pointOn } from './packetMotion';

const box = (x: number, y: number) => ({ x, y, width: 20, height: 10 });

describe('a packet’s hop', () => {
  it('leaves from the sender’s centre and arrives at the receiver’s', () => {
    const hop = hopBetween(box(0, 0), box(100, 0));
    expect(pointOn(hop, 0)).toEqual({ x: 10, y: 5 });
    expect(pointOn(hop, 1)).toEqual({ x: 110, y: 5 });
    expect(hop.self).toBe(false);
  });

  it('bows to one side, so a reply does not travel over its request', () => {
    const there = pointOn(hopBetween(box(0, 0), box(100, 0)), 0.5);
    const back = pointOn(hopBetween(box(100, 0), box(0, 0)), 0.5);
    expect(there.x).toBeCloseTo(60);
    expect(Math.sign(there.y - 5)).toBe(-Math.sign(back.y - 5));
  });

  it('is a ring in place when a component decides by itself', () => {
    const b = box(30, 40);
    expect(hopBetween(b, b).self).toBe(true);
  });
});
