import { describe, expect, it } from 'vitest';
import { command, given, parse } from './parse.testkit';

describe('2015 kubectl', () => {
  it('parses the commands of the seeds', () => {
    expect(
      command('kubectl run-container todo --image=dockerinpractice/todo', '2015'),
    ).toMatchObject({
      path: ['run-container'],
      args: ['todo'],
    });
    const resize = command('kubectl resize --replicas=3 replicationController todo', '2015');
    expect(resize.path).toEqual(['resize']);
    expect(resize.args).toEqual(['replicationController', 'todo']);
    expect(given(resize)).toEqual({ replicas: 3 });
    expect(command('kubectl log complexpod simplereader', '2015')).toMatchObject({
      path: ['log'],
      args: ['complexpod', 'simplereader'],
    });
    const exec = command('kubectl exec -p 123456-7890 -c ruby-container -i -t -- bash -il', '2015');
    expect(given(exec)).toEqual({
      pod: '123456-7890',
      container: 'ruby-container',
      stdin: true,
      tty: true,
    });
    expect(exec.argsAfterDash).toEqual(['bash', '-il']);
    expect(command('kubectl get minions', '2015')).toMatchObject({
      path: ['get'],
      args: ['minions'],
    });
    expect(command('kubectl create -f some/body.json', '2015')).toMatchObject({
      path: ['create'],
      flags: { filename: ['some/body.json'] },
    });
  });

  it.each([
    ['foo', 'Error: unknown command "foo"\nRun \'kubectl help\' for usage.\n'],
    [
      'rollout status rc todo',
      'Error: unknown command "rollout"\nRun \'kubectl help\' for usage.\n',
    ],
    [
      'get pods -q default',
      "Error: unknown shorthand flag: 'q' in -q\nRun 'kubectl help' for usage.\n",
    ],
    ['get -wz', "Error: unknown shorthand flag: 'z' in -wz\nRun 'kubectl help' for usage.\n"],
    ['get --foo', "Error: unknown flag: --foo\nRun 'kubectl help' for usage.\n"],
    [
      'resize --replicas=x rc todo',
      'Error: invalid argument "x" for --replicas=x: strconv.ParseInt: parsing "x": invalid syntax\nRun \'kubectl help\' for usage.\n',
    ],
    [
      'resize --replicas=3 todo',
      "error: --replicas=COUNT RESOURCE ID\nsee 'kubectl resize -h' for help.\n",
    ],
    [
      'port-forward -p web 8080',
      'Error: "kubectl port-forward" is a real kubectl command, but kubesim does not simulate it\nRun \'kubectl help\' for the commands kubesim runs.\n',
    ],
  ])('kubectl %s', (line, stderr) => {
    expect(parse(line, '2015')).toEqual({ ok: false, stderr, exitCode: 1 });
  });

  it('does not enforce required flags, which 2015 cobra only used for completion', () => {
    expect(command('run-container todo', '2015').path).toEqual(['run-container']);
  });

  it('shows the help of kubectl config instead of failing', () => {
    expect(command('config', '2015')).toMatchObject({ path: ['config'], help: true });
  });

  it('keeps flag names exact: the underscores of glog flags are not dashes', () => {
    expect(given(command('get pods --log_dir=/tmp', '2015'))).toEqual({ log_dir: '/tmp' });
    expect(parse('get pods --log-dir=/tmp', '2015')).toEqual({
      ok: false,
      stderr: "Error: unknown flag: --log-dir\nRun 'kubectl help' for usage.\n",
      exitCode: 1,
    });
  });

  it('answers an unknown help topic with the root usage', () => {
    const r = parse('help foo', '2015');
    expect(r).toMatchObject({ ok: false, exitCode: 0 });
    expect(
      !r.ok &&
        r.stderr.startsWith(
          'Unknown help topic [`foo`].\nUsage: \n  kubectl [flags]\n  kubectl [command]\n',
        ),
    ).toBe(true);
  });
});
