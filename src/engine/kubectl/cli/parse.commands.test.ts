import { describe, expect, it } from 'vitest';
import { command, parse } from './parse.testkit';

describe('unknown commands get cobra suggestions', () => {
  it.each([
    ['foo', ['top']],
    ['ge pods', ['set', 'get', 'cp']],
    ['lgos', ['logs']],
    ['log', ['top', 'logs']],
    ['ap', ['top', 'cp', 'apply', 'api-versions', 'api-resources']],
    ['desribe', ['describe']],
    ['rm', ['run', 'delete', 'cp']],
    ['ps', ['get', 'cp', 'wait']],
    ['list', ['get', 'wait']],
    ['xyzzy', []],
  ])('kubectl %s', (line, suggestions) => {
    const word = line.split(' ')[0] ?? '';
    const hint =
      suggestions.length > 0
        ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`
        : '\n';
    expect(parse(line)).toEqual({
      ok: false,
      stderr: `error: unknown command "${word}" for "kubectl"${hint}`,
      exitCode: 1,
    });
  });

  it('points 2015 commands to their modern successors', () => {
    const cases: [string, string[]][] = [
      ['resize --replicas=3 rc todo', ['scale']],
      ['run-container todo --image=dockerinpractice/todo', ['run']],
      ['stop rc todo', ['delete', 'top']],
      ['rolling-update frontend --image=x', []],
    ];
    for (const [line, suggestions] of cases) {
      const word = line.split(' ')[0] ?? '';
      const hint =
        suggestions.length > 0
          ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`
          : '\n';
      expect(parse(line)).toEqual({
        ok: false,
        stderr: `error: unknown command "${word}" for "kubectl"${hint}`,
        exitCode: 1,
      });
    }
  });

  it('says so when a real kubectl command is not simulated', () => {
    expect(parse('port-forward web 8080:80')).toEqual({
      ok: false,
      stderr:
        'error: "kubectl port-forward" is a real kubectl command, but kubesim does not simulate it\nRun \'kubectl --help\' for the commands kubesim runs.\n',
      exitCode: 1,
    });
    expect(parse('config use-context prod')).toMatchObject({
      stderr: expect.stringContaining('"kubectl config use-context" is a real kubectl command'),
    });
    expect(parse('create secret generic x')).toMatchObject({
      stderr: expect.stringContaining('"kubectl create secret" is a real kubectl command'),
    });
  });
});

describe('help', () => {
  it.each([
    ['', []],
    ['help', []],
    ['--help', []],
    ['get --help', ['get']],
    ['get pods -h', ['get']],
    ['help get', ['get']],
    ['help rollout status', ['rollout', 'status']],
    ['top nodes --help', ['top', 'node']],
  ])('kubectl %s asks for the help of %j', (line, path) => {
    const c = command(line);
    expect(c.help).toBe(true);
    expect(c.path).toEqual(path);
  });

  it('checks the flags before honouring --help, as cobra does', () => {
    expect(parse('get --help --foo')).toMatchObject({ ok: false, exitCode: 1 });
  });

  it('prints the root usage for an unknown help topic and still exits 0', () => {
    const r = parse('help foo');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.exitCode).toBe(0);
    expect(
      r.stderr.startsWith('Unknown help topic [`foo`]\n\n\nBasic Commands (Beginner):\n'),
    ).toBe(true);
    expect(
      r.stderr.endsWith(
        'Use "kubectl options" for a list of global command-line options (applies to all commands).\n',
      ),
    ).toBe(true);
  });

  it('prints the help of a bare command group and exits 1, on the stream kubectl uses', () => {
    const rollout = parse('rollout');
    expect(rollout).toMatchObject({ ok: false, stderr: '', exitCode: 1 });
    expect(
      !rollout.ok && rollout.stdout?.startsWith('Manage the rollout of one or many resources.'),
    ).toBe(true);
    const top = parse('top');
    expect(top).toMatchObject({ ok: false, exitCode: 1 });
    expect(
      !top.ok &&
        top.stdout === undefined &&
        top.stderr.startsWith('Display resource (CPU/memory) usage.'),
    ).toBe(true);
  });

  it('prints the global flags for kubectl options', () => {
    const r = parse('options');
    expect(r).toMatchObject({ ok: false, stderr: '', exitCode: 0 });
    expect(
      !r.ok &&
        r.stdout?.startsWith(
          "The following options can be passed to any command:\n\n    --as='':\n",
        ),
    ).toBe(true);
  });
});
