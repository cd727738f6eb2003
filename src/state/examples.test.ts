import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine';
import { EXAMPLES } from './examples';

describe("the editor's ready examples", () => {
  it.each(
    EXAMPLES.flatMap((e) =>
      (['modern', '2015'] as const).map((era) => [e.name, era, e.text] as const),
    ),
  )('%s applies cleanly on a fresh %s cluster', (name, era, text) => {
    const result = createCluster({ era, seed: 5 }).kubectl(`apply -f ${name}`, text);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('are named as files kubectl reads, each once', () => {
    const names = EXAMPLES.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.(yaml|json)$/);
  });
});
