import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../node/kubeletApi';
import { testCluster } from '../../testing/testCluster';
import { clusterWith, contextOf, podYaml, useFakeKubelets } from './logs.testkit';
import { containerLogProblem } from './logsPods';
import type { ContainerState, Pod } from '../../types';

const SIDECAR =
  '  - name: sidecar\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 3600"]';
const CRASHING = '    command: ["sh", "-c", "echo starting; echo oops >&2; exit 3"]';

/** Lines a container wrote, `seconds` after the cluster's epoch. */
function lines(t: ReturnType<typeof testCluster>, ...written: [number, string][]): LogEntry[] {
  const epoch = contextOf(t).clock.epochMs;
  return written.map(([s, text]) => ({ wallMs: epoch + s * 1000 + 250, stream: 'stdout', text }));
}

describe('kubectl logs', () => {
  it('prints what the only container wrote, stdout and stderr alike', () => {
    const t = clusterWith([{ name: 'crash', image: 'busybox:1.36', container: CRASHING }]);
    expect(t.run('logs crash')).toEqual({ stdout: 'starting\noops\n', stderr: '', exitCode: 0 });
    // a CrashLoopBackOff container's log is its last run; --previous is the run before
    expect(t.ok('logs crash --previous')).toBe('starting\noops\n');
  });

  it('cuts and stamps the log on the kubelet: --tail, --since, --timestamps, --limit-bytes', () => {
    const t = clusterWith([{ name: 'web' }]);
    useFakeKubelets(t, {
      logs: { 'web/main': lines(t, [5, 'one'], [20, 'two'], [45, 'three']) },
    });
    expect(t.ok('logs web --tail=2')).toBe('two\nthree\n');
    expect(t.ok('logs web --tail=0')).toBe('');
    // the clock stands at 60 s: the last 30 s hold one line
    expect(t.ok('logs web --since=30s')).toBe('three\n');
    expect(t.ok('logs web --since-time=2026-01-05T09:00:10Z')).toBe('two\nthree\n');
    expect(t.ok('logs web --timestamps --tail=1')).toBe('2026-01-05T09:00:45.250000000Z three\n');
    expect(t.ok('logs web --limit-bytes=6')).toBe('one\ntw');
    // -f cannot block here: it prints what exists and returns
    expect(t.ok('logs -f web')).toBe('one\ntwo\nthree\n');
  });

  it('picks the first container of several and says so; -c or a second argument names one', () => {
    const t = clusterWith([{ name: 'pair', more: SIDECAR }]);
    useFakeKubelets(t, {
      logs: { 'pair/main': lines(t, [1, 'from main']), 'pair/sidecar': lines(t, [2, 'from side']) },
    });
    expect(t.run('logs pair')).toEqual({
      stdout: 'from main\n',
      stderr: 'Defaulted container "main" out of: main, sidecar\n',
      exitCode: 0,
    });
    expect(t.run('logs pair -c sidecar')).toEqual({
      stdout: 'from side\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.ok('logs pair sidecar')).toBe('from side\n');
    expect(t.ok('logs pair --all-containers --prefix')).toBe(
      '[pod/pair/main] from main\n[pod/pair/sidecar] from side\n',
    );
  });

  it('refuses contradictory flags and unknown containers in kubectl words', () => {
    const t = clusterWith([{ name: 'pair', more: SIDECAR }]);
    const cases: [string, string][] = [
      ['logs pair -c nope', 'error: container nope is not valid for pod pair\n'],
      [
        'logs pair sidecar -c main',
        'error: only one of -c or an inline [CONTAINER] arg is allowed\n',
      ],
      [
        'logs pair --all-containers -c main',
        'error: --all-containers=true should not be specified with container name main\n',
      ],
      ['logs pair --tail=-2', 'error: --tail must be greater than or equal to -1\n'],
      [
        'logs pair --since=1m --since-time=2026-01-05T09:00:10Z',
        'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n',
      ],
      [
        'logs pair -l app=pair',
        "error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n",
      ],
      [
        'logs ghost',
        'error: error from server (NotFound): pods "ghost" not found in namespace "default"\n',
      ],
      [
        'logs deploy/ghost',
        'error: error from server (NotFound): deployments.apps "ghost" not found in namespace "default"\n',
      ],
    ];
    for (const [line, stderr] of cases) expect(t.fails(line), line).toBe(stderr);
  });

  it('relays the kubelet when the container has no log to give', () => {
    const t = testCluster({ nodes: 1 });
    t.ok('create -f -', podYaml({ name: 'web' }));
    t.ok('create -f -', podYaml({ name: 'bad', image: 'nosuchimage:1' }));
    t.cluster.advance(1_000);
    expect(t.fails('logs web')).toBe(
      'Error from server (BadRequest): container "main" in pod "web" is waiting to start: ContainerCreating\n',
    );
    t.cluster.advance(60_000);
    expect(t.fails('logs bad')).toBe(
      'Error from server (BadRequest): container "main" in pod "bad" is waiting to start: trying and failing to pull image\n',
    );
    expect(t.fails('logs web -p')).toBe(
      'Error from server (BadRequest): previous terminated container "main" in pod "web" not found\n',
    );
  });

  it('follows the kubelet: which instance a request reads, or why there is none', () => {
    const pod = (state: ContainerState, lastState: ContainerState = {}): Pod => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
      status: {
        containerStatuses: [
          { name: 'c', state, lastState, ready: false, restartCount: 0, image: '', imageID: '' },
        ],
      },
    });
    const died = { terminated: { exitCode: 1 } };
    const cases: [string, Pod, boolean, string | undefined][] = [
      ['running', pod({ running: {} }), false, undefined],
      ['exited', pod(died), false, undefined],
      ['crash-looping', pod({ waiting: { reason: 'CrashLoopBackOff' } }, died), false, undefined],
      [
        'pull failed',
        pod({ waiting: { reason: 'ErrImagePull' } }),
        false,
        'container "c" in pod "web" is waiting to start: image can\'t be pulled',
      ],
      [
        'bad config',
        pod({ waiting: { reason: 'CreateContainerConfigError' } }),
        false,
        'container "c" in pod "web" is waiting to start: CreateContainerConfigError',
      ],
      ['previous run', pod({ running: {} }, died), true, undefined],
      [
        'no previous run',
        pod({ running: {} }),
        true,
        'previous terminated container "c" in pod "web" not found',
      ],
    ];
    for (const [what, p, previous, problem] of cases)
      expect(containerLogProblem(p, 'c', previous), what).toBe(problem);
  });

  it('prints nothing for a pod no node has taken yet', () => {
    const t = testCluster({ nodes: 1 });
    t.ok('create -f -', podYaml({ name: 'web' }));
    expect(t.run('logs web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('fails to dial the kubelet of a node that is off', () => {
    const t = clusterWith([{ name: 'web' }], { nodes: 1 });
    t.cluster.faults.stopNode('node-1');
    expect(t.fails('logs web --tail=5')).toBe(
      'Error from server: Get "https://10.240.0.3:10250/containerLogs/default/web/main?tailLines=5": dial tcp 10.240.0.3:10250: connect: no route to host\n',
    );
  });

  it('reads a controller through its first pod, and a selector through all of them', () => {
    const t = testCluster({ nodes: 2 });
    t.ok('create deployment web --image=nginx:1.27 --replicas=2');
    t.cluster.advance(60_000);
    const pods = t.cluster.api.list('Pod', { namespace: 'default' }).map((p) => p.metadata.name);
    useFakeKubelets(t, {
      logs: Object.fromEntries(
        pods.map((p) => [
          `${p}/nginx`,
          lines(t, ...Array.from({ length: 12 }, (_, i): [number, string] => [i, `${p} ${i}`])),
        ]),
      ),
    });
    const one = t.run('logs deploy/web --tail=1');
    expect(one.stderr).toMatch(/^Found 2 pods, using pod\/web-[a-z0-9]+-[a-z0-9]{5}\n$/);
    expect(one.stdout).toMatch(/^web-\S+ 11\n$/);
    // a selector reads every pod, the last 10 lines each unless --tail says otherwise
    const all = t.ok('logs -l app=web').trimEnd().split('\n');
    expect(all).toHaveLength(20);
    expect(all[0]).toBe(`${pods[0]} 2`);
    expect(t.ok('logs -l app=web --tail=1 --prefix')).toBe(
      pods.map((p) => `[pod/${p}/nginx] ${p} 11\n`).join(''),
    );
    expect(t.fails('logs -f -l app=web --max-log-requests=1')).toBe(
      'error: you are attempting to follow 2 log streams, but maximum allowed concurrency is 1, use --max-log-requests to increase the limit\n',
    );
    expect(t.run('logs -l app=none')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
  });
});

describe('kubectl logs TYPE/NAME with no pods yet', () => {
  it('waits --pod-running-timeout of simulated time for one, then gives up', () => {
    const t = testCluster({ nodes: 1 });
    t.ok('create deployment web --image=nginx:1.27 --replicas=0');
    t.cluster.advance(5_000);
    const start = t.cluster.now;
    expect(t.fails('logs deploy/web --pod-running-timeout=5s')).toBe(
      'error: timed out waiting for the condition\n',
    );
    expect(t.cluster.now - start).toBe(5_000);
  });
});

describe('kubectl log (2015)', () => {
  const complexpod = {
    name: 'complexpod',
    more: '  - name: simplewriter\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 3600"]',
  };

  it('reads the container named after the pod, as the seed does', () => {
    const t = clusterWith([complexpod], { era: '2015' });
    useFakeKubelets(t, { logs: { 'complexpod/simplewriter': lines(t, [3, "'? U"]) } });
    expect(t.ok('log complexpod simplewriter')).toBe("'? U\n");
    expect(t.fails('log complexpod nope')).toBe(
      'Error from server: container nope is not valid for pod complexpod\n',
    );
  });

  it('asks which container, and takes the answer from stdin', () => {
    const t = clusterWith([complexpod], { era: '2015' });
    useFakeKubelets(t, { logs: { 'complexpod/simplewriter': lines(t, [3, 'written']) } });
    expect(t.run('log complexpod', 'x\n2\n')).toEqual({
      stdout:
        'Please select a container:\n[1] main\n[2] simplewriter\n> Invalid input: x> written\n',
      stderr: '',
      exitCode: 0,
    });
    const usage =
      "error: CONTAINER is required for pods with multiple containers\nsee 'kubectl log -h' for help.\n";
    expect(t.fails('log complexpod')).toBe(usage);
    expect(t.fails('log complexpod --interactive=false', '1\n')).toBe(usage);
  });

  it('words its errors as kubectl v0.15 did', () => {
    const t = clusterWith([complexpod], { era: '2015' });
    expect(t.fails('log')).toBe("error: POD is required for log\nsee 'kubectl log -h' for help.\n");
    expect(t.fails('log a b c')).toBe(
      "error: log POD [CONTAINER]\nsee 'kubectl log -h' for help.\n",
    );
    expect(t.fails('log ghost')).toBe('Error from server: pods "ghost" not found\n');
    expect(t.fails('log complexpod main -p')).toBe(
      'Error from server: previous terminated container "main" in pod "complexpod" not found\n',
    );
  });
});

describe('kubectl logs -f', () => {
  it('streams what the container writes as simulated time runs, until it exits', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'run ticker --image=busybox:1.36 --restart=Never -- sh -c "for i in 1 2 3; do echo tick $i; sleep 5; done"',
    );
    k.cluster.advance(3_000);
    const chunks: string[] = [];
    const stream = k.cluster.kubectlStream('logs -f ticker', (c) =>
      chunks.push(`${c.stream}:${c.text}`),
    );
    expect(stream.result.stdout).toBe('tick 1\n');
    expect(stream.open).toBe(true);
    k.cluster.advance(5_000);
    expect(chunks).toEqual(['stdout:tick 2\n']);
    k.cluster.advance(12_000);
    expect(chunks).toEqual(['stdout:tick 2\n', 'stdout:tick 3\n', 'end:']);
    expect(stream.open).toBe(false);
  });

  it('stops when asked, and plain kubectl() prints once and returns', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run ticker --image=busybox:1.36 -- sh -c "while true; do echo tick; sleep 1; done"');
    k.cluster.advance(5_000);
    expect(k.ok('logs -f ticker').split('\n').length).toBeGreaterThan(1);
    const chunks: string[] = [];
    const stream = k.cluster.kubectlStream('logs -f ticker', (c) => chunks.push(c.text));
    k.cluster.advance(2_000);
    expect(chunks).toEqual(['tick\n', 'tick\n']);
    stream.stop();
    k.cluster.advance(5_000);
    expect(chunks).toHaveLength(2);
  });
});
