import { describe, expect, it } from 'vitest';
import { vocabularyFor } from './vocabulary';

const names = (era: '2015' | 'modern') => vocabularyFor(era).commands.map((c) => c.name);

describe("the console's vocabulary comes from the engine's kubectl specs", () => {
  it("has each era's commands and only those", () => {
    expect(names('2015')).toEqual(
      expect.arrayContaining(['run-container', 'resize', 'log', 'exec', 'stop']),
    );
    expect(names('modern')).not.toContain('run-container');
    expect(names('modern')).toEqual(expect.arrayContaining(['logs', 'rollout', 'drain', 'apply']));
  });

  it('knows which flags take a value, and the 2015 exec -p names a pod', () => {
    const exec = vocabularyFor('2015').commands.find((c) => c.name === 'exec');
    expect(exec?.flags.find((f) => f.shorthand === 'p')).toEqual({
      name: 'pod',
      shorthand: 'p',
      takesValue: true,
      values: 'Pod',
    });
    const get = vocabularyFor('modern').commands.find((c) => c.name === 'get');
    expect(get?.flags.find((f) => f.name === 'watch')).toMatchObject({ takesValue: false });
    expect(get?.args).toBe('objects');
  });

  it('names resources by plural, with their short names; minions only in 2015', () => {
    const nodes = (era: '2015' | 'modern') =>
      vocabularyFor(era).resources.find((r) => r.kind === 'Node');
    expect(nodes('modern')).toEqual({ kind: 'Node', resource: 'nodes', aliases: ['node', 'no'] });
    expect(nodes('2015')?.aliases).toEqual(['minions', 'minion', 'node', 'no']);
  });
});
