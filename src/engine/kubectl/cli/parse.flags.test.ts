import { describe, expect, it } from 'vitest';
import { command, given, parse } from './parse.testkit';
import type { FlagValue } from './types';

describe('flags are parsed with pflag semantics', () => {
  it.each<[string, string[], string[], Record<string, FlagValue>]>([
    ['get pods --namespace=kube-system', ['get'], ['pods'], { namespace: 'kube-system' }],
    ['get pods --namespace kube-system', ['get'], ['pods'], { namespace: 'kube-system' }],
    ['get pods -n kube-system', ['get'], ['pods'], { namespace: 'kube-system' }],
    ['get pods -nkube-system', ['get'], ['pods'], { namespace: 'kube-system' }],
    ['get pods -n=kube-system', ['get'], ['pods'], { namespace: 'kube-system' }],
    ['-n kube-system get pods', ['get'], ['pods'], { namespace: 'kube-system' }],
    [
      'get -n kube-system pods -o wide',
      ['get'],
      ['pods'],
      { namespace: 'kube-system', output: 'wide' },
    ],
    ['get pods -A', ['get'], ['pods'], { 'all-namespaces': true }],
    ['get pods --all_namespaces', ['get'], ['pods'], { 'all-namespaces': true }],
    ['get pods --watch=false', ['get'], ['pods'], { watch: false }],
    ['get pods -w=false', ['get'], ['pods'], { watch: false }],
    ['get pods -ojson', ['get'], ['pods'], { output: 'json' }],
    [
      'get pods -o jsonpath={.items[*].metadata.name}',
      ['get'],
      ['pods'],
      { output: 'jsonpath={.items[*].metadata.name}' },
    ],
    ['get pods -l app=web,tier!=fe', ['get'], ['pods'], { selector: 'app=web,tier!=fe' }],
    ['get pods -L app,tier -L env', ['get'], ['pods'], { 'label-columns': ['app', 'tier', 'env'] }],
    [
      'create -f a.yaml -f b.yaml,c.yaml',
      ['create'],
      [],
      { filename: ['a.yaml', 'b.yaml', 'c.yaml'] },
    ],
    ['create -f -', ['create'], [], { filename: ['-'] }],
    [
      'run web --image=nginx --env=A=1,2 --env B=3',
      ['run'],
      ['web'],
      { image: 'nginx', env: ['A=1,2', 'B=3'] },
    ],
    ['scale --replicas=3 rc/web', ['scale'], ['rc/web'], { replicas: 3 }],
    ['scale rc web --replicas 0x10', ['scale'], ['rc', 'web'], { replicas: 16 }],
    [
      'delete pod web --grace-period=0 --force',
      ['delete'],
      ['pod', 'web'],
      { 'grace-period': 0, force: true },
    ],
    [
      'rollout status deploy/web --timeout=90s',
      ['rollout', 'status'],
      ['deploy/web'],
      { timeout: 90_000 },
    ],
    ['logs web --since=1h --tail=20', ['logs'], ['web'], { since: 3_600_000, tail: 20 }],
    ['get pods -v 6 --request-timeout=5s', ['get'], ['pods'], { v: 6, 'request-timeout': '5s' }],
    ['top nodes', ['top', 'node'], [], {}],
    ['create deploy web --image=nginx', ['create', 'deployment'], ['web'], { image: ['nginx'] }],
    ['version --client -o json', ['version'], [], { client: true, output: 'json' }],
  ])('%s', (line, path, args, flags) => {
    const c = command(line);
    expect(c.path).toEqual(path);
    expect(c.args).toEqual(args);
    expect(given(c)).toEqual(flags);
  });

  it('combines bool shorthands and hands everything after -- to the command', () => {
    const c = command('exec -it web -c app -- sh -c "echo hi"');
    expect(c.path).toEqual(['exec']);
    expect(c.args).toEqual(['web']);
    expect(c.argsAfterDash).toEqual(['sh', '-c', 'echo hi']);
    expect(given(c)).toEqual({ stdin: true, tty: true, container: 'app' });
  });

  it('lets the last shorthand of a group take the next word as its value', () => {
    expect(given(command('exec -itc app web -- sh'))).toEqual({
      stdin: true,
      tty: true,
      container: 'app',
    });
  });

  it('fills in kubectl defaults for flags the user did not give', () => {
    const c = command('get pods');
    expect(c.flags).toMatchObject({
      output: '',
      selector: '',
      'all-namespaces': false,
      'chunk-size': 500,
      'label-columns': [],
      namespace: '',
      'request-timeout': '0',
      'log-flush-frequency': 5000,
    });
    expect(c.set.size).toBe(0);
    expect('help' in c.flags).toBe(false);
  });

  it('lets a flag with an optional value leave the next word alone, as kubectl does', () => {
    const c = command('run web --image=nginx --dry-run client');
    expect(c.args).toEqual(['web', 'client']);
    expect(given(c)).toMatchObject({ 'dry-run': 'unchanged' });
  });

  it('takes a flag-looking word as a value when the flag needs one', () => {
    expect(given(command('get pods -l -x'))).toEqual({ selector: '-x' });
  });

  it('reports deprecated flags without failing', () => {
    const c = command('scale --record --replicas=1 rc/web');
    expect(c.warnings).toEqual([
      'Flag --record has been deprecated, --record will be removed in the future',
    ]);
  });

  it('treats a lone dash as an argument', () => {
    expect(command('get pods -').args).toEqual(['pods', '-']);
  });
});

describe('mistakes are reported in kubectl v1.31 words, with exit code 1', () => {
  it.each([
    ['get --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    [
      'get pods --all_spaces',
      "error: unknown flag: --all_spaces\nSee 'kubectl get --help' for usage.\n",
    ],
    ['get -z', "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"],
    [
      'get pods -wz',
      "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n",
    ],
    [
      'run --image',
      "error: flag needs an argument: --image\nSee 'kubectl run --help' for usage.\n",
    ],
    [
      'get pods -n',
      "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n",
    ],
    ['get pods ---x', "error: bad flag syntax: ---x\nSee 'kubectl get --help' for usage.\n"],
    [
      'scale --replicas=x rc/foo',
      'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
    ],
    [
      'scale --replicas=3000000000 rc/foo',
      'error: invalid argument "3000000000" for "--replicas" flag: strconv.ParseInt: parsing "3000000000": value out of range\nSee \'kubectl scale --help\' for usage.\n',
    ],
    [
      'get pods --watch=maybe',
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    [
      'logs --since=abc x',
      'error: invalid argument "abc" for "--since" flag: time: invalid duration "abc"\nSee \'kubectl logs --help\' for usage.\n',
    ],
    [
      'get pods --v=abc',
      'error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    [
      'rollout status --foo',
      "error: unknown flag: --foo\nSee 'kubectl rollout status --help' for usage.\n",
    ],
    ['-n default --bogus', "error: unknown flag: --bogus\nSee 'kubectl --help' for usage.\n"],
    [
      'exec web -p x',
      "error: unknown shorthand flag: 'p' in -p\nSee 'kubectl exec --help' for usage.\n",
    ],
    ['--foo get pods', 'Error: flags cannot be placed before plugin name: --foo\n'],
    [
      'run --image=x',
      "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n",
    ],
    ['run web', 'error: required flag(s) "image" not set\n'],
    ['scale rc/web', 'error: required flag(s) "replicas" not set\n'],
    [
      'top node a b',
      "error: node [NAME | -l label]\nSee 'kubectl top node -h' for help and examples\n",
    ],
    [
      'cordon',
      "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n",
    ],
    ['apply a -f x', "error: Unexpected args: [a]\nSee 'kubectl apply -h' for help and examples\n"],
    [
      'api-resources foo bar',
      "error: unexpected arguments: [foo bar]\nSee 'kubectl api-resources -h' for help and examples\n",
    ],
    ['version foo', 'error: extra arguments: [foo]\n'],
    [
      'create deployment a b --image=x',
      "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
    ],
    ['rollout undo', 'error: required resource not specified\n'],
    ['exec', 'error: pod, type/name or --filename must be specified\n'],
    [
      'logs',
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    ],
    [
      'get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    ],
    [
      'rollout foo bar',
      'error: unknown command "foo bar"\nSee \'kubectl rollout -h\' for help and examples\n',
    ],
  ])('kubectl %s', (line, stderr) => {
    expect(parse(line)).toEqual({ ok: false, stderr, exitCode: 1 });
  });

  it('lifts an argument minimum when the flag that replaces the argument is given', () => {
    expect(command('cordon -l disk=ssd').path).toEqual(['cordon']);
    expect(command('logs -l app=web').path).toEqual(['logs']);
    expect(command('get -f pod.yaml').args).toEqual([]);
  });
});
