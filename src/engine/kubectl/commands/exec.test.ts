import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { clusterWith, podYaml, useFakeKubelets } from './logs.testkit';

const SIDECAR =
  '  - name: sidecar\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 3600"]';

describe('kubectl exec', () => {
  it("prints the command's output and ends with its exit code", () => {
    const t = clusterWith([{ name: 'web' }]);
    expect(t.run('exec web -- sh -c "echo hi; ls /nope; exit 2"')).toEqual({
      stdout: 'hi\n',
      stderr: 'ls: /nope: No such file or directory\ncommand terminated with exit code 2\n',
      exitCode: 2,
    });
    expect(t.run('exec web -- echo ok')).toEqual({ stdout: 'ok\n', stderr: '', exitCode: 0 });
  });

  it('runs in the first container of several, saying so unless --quiet', () => {
    const t = clusterWith([{ name: 'pair', more: SIDECAR }]);
    const ran: string[] = [];
    useFakeKubelets(t, {
      exec: (pod, container, argv) => {
        ran.push(`${pod}/${container}: ${argv.join(' ')}`);
        return { stdout: '', stderr: '', exitCode: 0 };
      },
    });
    expect(t.run('exec pair -- true').stderr).toBe(
      'Defaulted container "main" out of: main, sidecar\n',
    );
    expect(t.run('exec pair -q -- true').stderr).toBe('');
    t.ok('exec pair -c sidecar -- date');
    expect(ran).toEqual(['pair/main: true', 'pair/main: true', 'pair/sidecar: date']);
  });

  it('hands stdin over with -i, and warns that the console is no terminal for -t', () => {
    const t = clusterWith([{ name: 'web' }]);
    let given: string | undefined;
    useFakeKubelets(t, {
      exec: (_pod, _c, _argv, stdin) => {
        given = stdin;
        return { stdout: stdin ?? '', stderr: '', exitCode: 0 };
      },
    });
    expect(t.run('exec -it web -- cat', 'hello\n')).toEqual({
      stdout: 'hello\n',
      stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n',
      exitCode: 0,
    });
    t.ok('exec web -- cat', 'ignored\n');
    expect(given).toBeUndefined();
  });

  it('execs into the first pod of a deployment', () => {
    const t = testCluster({ nodes: 2 });
    t.ok('create deployment web --image=nginx:1.27 --replicas=2');
    t.cluster.advance(60_000);
    expect(t.ok('exec deploy/web -- hostname')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  });

  it('refuses what kubectl and the API server refuse', () => {
    const t = clusterWith([
      { name: 'web' },
      {
        name: 'job',
        image: 'busybox:1.36',
        container: '    command: ["sh", "-c", "echo done"]',
        spec: '  restartPolicy: Never',
      },
      {
        name: 'crash',
        image: 'busybox:1.36',
        container: '    command: ["sh", "-c", "exit 3"]',
      },
    ]);
    t.ok('create -f -', podYaml({ name: 'unplaced', spec: '  nodeSelector: {disk: none}' }));
    const cases: [string, string][] = [
      [
        'exec web ls /',
        "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
      ],
      ['exec web', 'error: you must specify at least one command for the container\n'],
      ['exec ghost -- ls', 'Error from server (NotFound): pods "ghost" not found\n'],
      [
        'exec web -c nope -- ls',
        'Error from server (BadRequest): container nope is not valid for pod web\n',
      ],
      [
        'exec unplaced -- ls',
        'Error from server (BadRequest): pod unplaced does not have a host assigned\n',
      ],
      [
        'exec job -- ls',
        'error: cannot exec into a container in a completed pod; current phase is Succeeded\n',
      ],
      ['exec crash -- ls', 'error: unable to upgrade connection: container not found ("main")\n'],
    ];
    for (const [line, stderr] of cases) expect(t.fails(line), line).toBe(stderr);
  });

  it('cannot reach the kubelet of a node that is off', () => {
    const t = clusterWith([{ name: 'web' }], { nodes: 1 });
    t.cluster.faults.stopNode('node-1');
    expect(t.fails('exec web -- ls')).toBe(
      'Error from server: error dialing backend: dial tcp 10.240.0.3:10250: connect: no route to host\n',
    );
  });
});

describe('kubectl exec -p (2015)', () => {
  it('runs the command in the first container; the exit code is not passed on', () => {
    const t = clusterWith([{ name: 'web' }], { era: '2015' });
    expect(t.run('exec -p web -- sh -c "echo hi; exit 2"')).toEqual({
      stdout: 'hi\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.ok('exec -p web -c main echo ok')).toBe('ok\n');
  });

  it('stops with a glog fatal line when the pod is not running', () => {
    const t = testCluster({ nodes: 1, era: '2015' });
    t.ok('create -f -', podYaml({ name: 'web' }));
    expect(t.run('exec -p web -- ls')).toEqual({
      stdout: '',
      stderr:
        'F0804 21:00:00.000000       1 exec.go:87] Unable to execute command because pod is not running. Current status=Pending\n',
      exitCode: 255,
    });
  });

  it('words usage errors as kubectl v0.15 did', () => {
    const t = clusterWith([{ name: 'web' }], { era: '2015' });
    expect(t.fails('exec -- ls')).toBe(
      "error: POD is required for exec\nsee 'kubectl exec -h' for help.\n",
    );
    expect(t.fails('exec -p web')).toBe(
      "error: COMMAND is required for exec\nsee 'kubectl exec -h' for help.\n",
    );
    expect(t.fails('exec -p ghost -- ls')).toBe('Error from server: pods "ghost" not found\n');
  });
});
