import { describe, expect, it } from 'vitest';
import { echoLine, formatElapsed, formatWallClock } from './format';

describe('page formats', () => {
  it.each([
    [0, '00:00:00'],
    [999, '00:00:00'],
    [201_000, '00:03:21'],
    [90_061_000, '25:01:01'],
  ])('simulated %i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('shows the wall clock in UTC', () => {
    expect(formatWallClock(Date.UTC(2026, 0, 5, 9, 3, 21))).toBe('2026-01-05 09:03:21 UTC');
  });

  it.each([
    ['get pods', 'kubectl get pods'],
    ['kubectl get pods', 'kubectl get pods'],
    ['kubectl', 'kubectl'],
    ['kubectlx version', 'kubectl kubectlx version'],
  ])('echoes %j as %j', (line, echo) => {
    expect(echoLine(line)).toBe(echo);
  });
});
