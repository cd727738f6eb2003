import { describe, expect, it } from 'vitest';
import { emptyLayout, nextFadeEnd, placePods, slotCount, type SlotLayout } from './layout';

const FADE = 300;

function after(steps: [readonly string[], number][], fadeMs = FADE): SlotLayout {
  return steps.reduce((layout, [pods, now]) => placePods(layout, pods, now, fadeMs), emptyLayout);
}

describe('pod slots in a node', () => {
  it('gives pods the slots of their arrival order', () => {
    expect(after([[['a', 'b', 'c'], 0]]).slots).toEqual(['a', 'b', 'c']);
  });

  it('never moves a pod when another one arrives', () => {
    const layout = after([
      [['a', 'b'], 0],
      [['a', 'b', 'c'], 10],
    ]);
    expect(layout.slots).toEqual(['a', 'b', 'c']);
  });

  it('keeps a deleted pod fading where it stood, and its slot empty', () => {
    const layout = after([
      [['a', 'b', 'c'], 0],
      [['a', 'c'], 100],
    ]);
    expect(layout.slots).toEqual(['a', null, 'c']);
    expect(layout.fading).toEqual([{ id: 'b', slot: 1, until: 100 + FADE }]);
    expect(nextFadeEnd(layout)).toBe(100 + FADE);
  });

  it('does not give a fading pod’s slot to a newcomer', () => {
    const layout = after([
      [['a', 'b', 'c'], 0],
      [['a', 'c'], 100],
      [['a', 'c', 'd'], 200],
    ]);
    expect(layout.slots).toEqual(['a', null, 'c', 'd']);
  });

  it('reuses the slot once the pod has faded, taking the lowest free one', () => {
    const layout = after([
      [['a', 'b', 'c', 'd'], 0],
      [['c', 'd'], 100],
      [['c', 'd', 'e'], 100 + FADE],
    ]);
    expect(layout.slots).toEqual(['e', null, 'c', 'd']);
    expect(layout.fading).toEqual([]);
  });

  it('stops drawing trailing slots once their pods have faded', () => {
    const fading = after([
      [['a', 'b'], 0],
      [['a'], 100],
    ]);
    expect(slotCount(fading)).toBe(2);
    const faded = placePods(fading, ['a'], 100 + FADE, FADE);
    expect(faded.slots).toEqual(['a']);
    expect(slotCount(faded)).toBe(1);
    expect(nextFadeEnd(faded)).toBeUndefined();
  });

  it('frees slots at once when motion is off', () => {
    const layout = after(
      [
        [['a', 'b'], 0],
        [['b'], 100],
        [['b', 'c'], 100],
      ],
      0,
    );
    expect(layout.slots).toEqual(['c', 'b']);
  });

  it('puts a pod that comes back while fading in its old slot', () => {
    const layout = after([
      [['a', 'b'], 0],
      [['a'], 100],
      [['a', 'b'], 150],
    ]);
    expect(layout.slots).toEqual(['a', 'b']);
    expect(layout.fading).toEqual([]);
  });

  it('returns the same layout when nothing changed, so React can skip work', () => {
    const layout = after([[['a', 'b'], 0]]);
    expect(placePods(layout, ['a', 'b'], 50, FADE)).toBe(layout);
  });
});
