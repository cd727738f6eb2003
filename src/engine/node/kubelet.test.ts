import { describe, expect, it } from 'vitest';
import { testCluster, type TestCluster } from '../testing/testCluster';
import type { Pod } from '../types';

const pod = (k: TestCluster, name: string): Pod => k.cluster.api.get('Pod', 'default', name);
const status = (k: TestCluster, name: string): string => {
  const line =
    k
      .ok('get pods')
      .split('\n')
      .find((l) => l.startsWith(`${name} `)) ?? '';
  return line.trim().split(/\s+/)[2] ?? '';
};
const events = (k: TestCluster, name: string): string[] =>
  k.cluster.api
    .list('Event', { namespace: 'default' })
    .filter((e) => e.involvedObject.name === name)
    .map((e) => `${e.reason}: ${e.message}`);

describe('the kubelet starts a pod', () => {
  it('pulls, creates and starts the container, with the events kubectl describe shows', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run web --image=nginx');
    k.cluster.advance(1_000);
    expect(status(k, 'web')).toBe('ContainerCreating');
    k.cluster.advance(10_000);
    expect(status(k, 'web')).toBe('Running');
    const p = pod(k, 'web');
    expect(p.status?.podIP).toBe('10.244.1.2');
    expect(p.status?.hostIP).toBe('10.240.0.3');
    expect(p.status?.containerStatuses?.[0]).toMatchObject({
      name: 'web',
      ready: true,
      restartCount: 0,
      started: true,
      imageID: expect.stringMatching(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/),
      containerID: expect.stringMatching(/^containerd:\/\/[0-9a-f]{64}$/),
    });
    expect(events(k, 'web')).toEqual([
      'Scheduled: Successfully assigned default/web to node-1',
      'Pulling: Pulling image "nginx"',
      expect.stringMatching(
        /^Pulled: Successfully pulled image "nginx" in 3\.\d+s \(3\.\d+s including waiting\)\. Image size: 72195283 bytes\.$/,
      ),
      'Created: Created container web',
      'Started: Started container web',
    ]);
    expect(k.ok('describe pod web')).toMatch(/Ready: +True/);
  });

  it('finds a tagged image already on the node, and queues pulls one at a time', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run a --image=nginx:1.27');
    k.ok('run b --image=redis:7.4');
    k.cluster.advance(30_000);
    const [pulledB] = events(k, 'b').filter((e) => e.startsWith('Pulled'));
    // redis waited for nginx's pull: the second duration is longer than the first
    const m = /in ([\d.]+)s \(([\d.]+)s including waiting\)/.exec(pulledB ?? '');
    expect(Number(m?.[2])).toBeGreaterThan(Number(m?.[1]));
    k.ok('run c --image=nginx:1.27');
    k.cluster.advance(5_000);
    expect(events(k, 'c')).toContain(
      'Pulled: Container image "nginx:1.27" already present on machine',
    );
    expect(k.cluster.kubelets.get('node-1')?.images.list().length).toBe(2);
    // the node reports what it has with its next status
    k.cluster.advance(10_000);
    const images = k.cluster.api.get('Node', undefined, 'node-1').status?.images ?? [];
    expect(images.map((i) => i.names[1])).toEqual([
      'docker.io/library/nginx:1.27',
      'docker.io/library/redis:7.4',
    ]);
  });

  it('gives each pod on a node the next address of its pod CIDR', () => {
    const k = testCluster({ nodes: 1 });
    for (const n of ['a', 'b', 'c']) k.ok(`run ${n} --image=nginx`);
    k.cluster.advance(20_000);
    expect(['a', 'b', 'c'].map((n) => pod(k, n).status?.podIP)).toEqual([
      '10.244.1.2',
      '10.244.1.3',
      '10.244.1.4',
    ]);
  });
});

describe('image pull failures', () => {
  it('fails with ErrImagePull, then waits in ImagePullBackOff, and the pod stays Pending', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run bad --image=ngnix');
    k.cluster.advance(3_000);
    expect(pod(k, 'bad').status?.phase).toBe('Pending');
    expect(status(k, 'bad')).toBe('ImagePullBackOff');
    expect(events(k, 'bad')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Failed: Failed to pull image "ngnix": failed to pull and unpack image "docker.io\/library\/ngnix:latest": .*pull access denied/,
        ),
        'Failed: Error: ErrImagePull',
        'BackOff: Back-off pulling image "ngnix"',
        'Failed: Error: ImagePullBackOff',
      ]),
    );
    // retried after 10 s, 20 s, 40 s …
    const pulls = (): number =>
      k.cluster.api
        .list('Event', { namespace: 'default' })
        .find((e) => e.involvedObject.name === 'bad' && e.reason === 'Pulling')?.count ?? 0;
    expect(pulls()).toBe(1);
    k.cluster.advance(10_000);
    expect(pulls()).toBe(2);
    k.cluster.advance(20_000);
    expect(pulls()).toBe(3);
  });

  it('names an unknown tag', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run old --image=nginx:0.1');
    k.cluster.advance(3_000);
    expect(pod(k, 'old').status?.containerStatuses?.[0]?.state.waiting?.reason).toMatch(
      /ErrImagePull|ImagePullBackOff/,
    );
    expect(events(k, 'old').join('\n')).toContain('docker.io/library/nginx:0.1: not found');
  });
});

describe('restarts and CrashLoopBackOff', () => {
  it('restarts a crashing container at once, then after 10 s, 20 s, 40 s, keeping the pod Running', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run crash --image=busybox:1.36 -- sh -c "echo hello; exit 3"');
    k.cluster.advance(4_000);
    const p = pod(k, 'crash');
    expect(p.status?.phase).toBe('Running');
    const c = p.status?.containerStatuses?.[0];
    expect(c?.restartCount).toBe(1);
    expect(c?.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(c?.state.waiting?.message).toMatch(
      /^back-off 10s restarting failed container=crash pod=crash_default\(/,
    );
    expect(c?.lastState.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    const restarts = (): number =>
      pod(k, 'crash').status?.containerStatuses?.[0]?.restartCount ?? 0;
    k.cluster.advance(10_000);
    expect(restarts()).toBe(2);
    k.cluster.advance(20_000);
    expect(restarts()).toBe(3);
    k.cluster.advance(30_000);
    expect(restarts()).toBe(3);
    k.cluster.advance(12_000);
    expect(restarts()).toBe(4);
    expect(events(k, 'crash')).toContainEqual(
      expect.stringMatching(
        /^BackOff: Back-off restarting failed container crash in pod crash_default\(/,
      ),
    );
  });

  it('leaves a finished pod alone with restartPolicy Never or OnFailure', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run done --image=busybox:1.36 --restart=Never -- sh -c "exit 0"');
    k.ok('run failed --image=busybox:1.36 --restart=Never -- sh -c "exit 2"');
    k.ok('run again --image=busybox:1.36 --restart=OnFailure -- sh -c "exit 0"');
    k.cluster.advance(20_000);
    expect(pod(k, 'done').status?.phase).toBe('Succeeded');
    expect(status(k, 'done')).toBe('Completed');
    expect(pod(k, 'failed').status?.phase).toBe('Failed');
    expect(status(k, 'failed')).toBe('Error');
    expect(pod(k, 'again').status?.phase).toBe('Succeeded');
    expect(pod(k, 'again').status?.containerStatuses?.[0]?.restartCount).toBe(0);
  });

  it('a container whose command is missing cannot start', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run nope --image=busybox:1.36 --restart=Never -- frobnicate');
    k.cluster.advance(10_000);
    const term = pod(k, 'nope').status?.containerStatuses?.[0]?.state.terminated;
    expect(term).toMatchObject({ exitCode: 128, reason: 'StartError' });
    expect(events(k, 'nope').join('\n')).toContain(
      'exec: "frobnicate": executable file not found in $PATH',
    );
  });

  it('a crash fault ends the process, and the kubelet restarts it', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run web --image=nginx');
    k.cluster.advance(10_000);
    k.cluster.faults.crashContainer('web', 'web', 137);
    k.cluster.advance(2_000);
    const c = pod(k, 'web').status?.containerStatuses?.[0];
    expect(c?.restartCount).toBe(1);
    expect(c?.lastState.terminated?.exitCode).toBe(137);
    expect(c?.state.running).toBeDefined();
  });
});

describe('probes', () => {
  const probed = (probe: string): string => `apiVersion: v1
kind: Pod
metadata: {name: probed, labels: {app: probed}}
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports: [{containerPort: 80}]
${probe}`;

  it('a failing liveness probe restarts the container', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'create -f p.yaml',
      probed(`    livenessProbe:
      exec: {command: [cat, /tmp/healthy]}
      periodSeconds: 5
`),
    );
    k.cluster.advance(30_000);
    const all = events(k, 'probed');
    expect(all).toContainEqual(
      "Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n",
    );
    expect(all).toContain('Killing: Container web failed liveness probe, will be restarted');
    expect(pod(k, 'probed').status?.containerStatuses?.[0]?.restartCount).toBe(1);
  });

  it('a failing readiness probe keeps the pod out of its service, without restarts', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'create -f s.yaml',
      'apiVersion: v1\nkind: Service\nmetadata: {name: probed}\nspec:\n  selector: {app: probed}\n  ports: [{port: 80}]\n',
    );
    k.ok(
      'create -f p.yaml',
      probed(`    readinessProbe:
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 5
`),
    );
    k.cluster.advance(40_000);
    const p = pod(k, 'probed');
    expect(p.status?.containerStatuses?.[0]).toMatchObject({ ready: false, restartCount: 0 });
    expect(k.ok('get pods')).toMatch(/probed {3}0\/1 {5}Running/);
    expect(events(k, 'probed')).toContain(
      'Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 404',
    );
    const ep = k.cluster.api.get('Endpoints', 'default', 'probed');
    expect(ep.subsets?.[0]?.addresses).toBeUndefined();
    expect(ep.subsets?.[0]?.notReadyAddresses?.[0]?.ip).toBe(p.status?.podIP);
  });

  it('a passing readiness probe makes the pod ready after its first success', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'create -f p.yaml',
      probed(`    readinessProbe:
      tcpSocket: {port: 80}
      initialDelaySeconds: 5
`),
    );
    k.cluster.advance(6_000);
    expect(pod(k, 'probed').status?.containerStatuses?.[0]?.ready).toBe(false);
    k.cluster.advance(5_000);
    expect(pod(k, 'probed').status?.containerStatuses?.[0]?.ready).toBe(true);
  });
});

describe('graceful termination', () => {
  it('nginx stops at once on its stop signal, and the pod is gone', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run web --image=nginx');
    k.cluster.advance(10_000);
    k.ok('delete pod web');
    expect(k.run('get pod web').exitCode).toBe(1);
    expect(events(k, 'web')).toContain('Killing: Stopping container web');
  });

  it('a shell as PID 1 ignores SIGTERM: Terminating for the grace period, then killed', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run sleeper --image=busybox:1.36 -- sleep 3600');
    k.cluster.advance(10_000);
    const before = k.cluster.now;
    k.run('delete pod sleeper --wait=false');
    k.cluster.advance(29_000);
    expect(status(k, 'sleeper')).toBe('Terminating');
    k.cluster.advance(2_000);
    expect(k.run('get pod sleeper').exitCode).toBe(1);
    expect(k.cluster.now - before).toBeGreaterThanOrEqual(30_000);
  });

  it('--grace-period=0 --force removes the object at once', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run sleeper --image=busybox:1.36 -- sleep 3600');
    k.cluster.advance(10_000);
    k.run('delete pod sleeper --grace-period=0 --force');
    expect(k.run('get pod sleeper').exitCode).toBe(1);
    k.cluster.advance(1_000);
    expect(k.cluster.kubelets.get('node-1')?.hasPod('default', 'sleeper')).toBe(false);
  });
});

describe('nodes that fail', () => {
  it('power-off: containers die, the node goes NotReady, pods stay until eviction', () => {
    const k = testCluster({ nodes: 2 });
    k.ok('run web --image=nginx');
    k.cluster.advance(10_000);
    const node = pod(k, 'web').spec.nodeName ?? '';
    k.cluster.faults.stopNode(node);
    expect(k.cluster.request('web-unknown')).toEqual({ error: 'service "web-unknown" not found' });
    k.cluster.advance(45_000);
    expect(k.ok(`get node ${node}`)).toContain('NotReady');
    expect(pod(k, 'web').status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    k.cluster.faults.startNode(node);
    k.cluster.advance(15_000);
    const c = pod(k, 'web').status?.containerStatuses?.[0];
    expect(c?.state.running).toBeDefined();
  });

  it('a network cut keeps containers running and reports them again on return', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run web --image=nginx');
    k.cluster.advance(10_000);
    const id = pod(k, 'web').status?.containerStatuses?.[0]?.containerID;
    k.cluster.faults.stopNode('node-1', { mode: 'network' });
    k.cluster.advance(60_000);
    expect(k.ok('get node node-1')).toContain('NotReady');
    k.cluster.faults.startNode('node-1');
    k.cluster.advance(15_000);
    expect(k.ok('get node node-1')).toMatch(/node-1 +Ready/);
    const c = pod(k, 'web').status?.containerStatuses?.[0];
    expect(c?.containerID).toBe(id);
    expect(c?.ready).toBe(true);
  });
});

describe('the 2015 kubelet', () => {
  it('speaks of docker ids with lower-case reasons', () => {
    const k = testCluster({ nodes: 1, era: '2015' });
    k.ok('run-container web --image=nginx');
    k.cluster.advance(120_000); // 2015 pulls were slow
    const name = k.cluster.api.list('Pod', { namespace: 'default' })[0]?.metadata.name ?? '';
    const all = events(k, name);
    expect(all).toContain('pulling: Pulling image "nginx"');
    expect(all).toContain('pulled: Successfully pulled image "nginx"');
    expect(all).toContainEqual(
      expect.stringMatching(/^created: Created with docker id [0-9a-f]{12}$/),
    );
    expect(all).toContainEqual(
      expect.stringMatching(/^started: Started with docker id [0-9a-f]{12}$/),
    );
    expect(pod(k, name).status?.containerStatuses?.[0]?.containerID).toMatch(/^docker:\/\//);
  });
});

describe('a changed image', () => {
  it('restarts the container with the new image', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('run web --image=nginx:1.26');
    k.cluster.advance(10_000);
    const live = pod(k, 'web');
    k.cluster.api.update({
      ...live,
      spec: { ...live.spec, containers: [{ ...live.spec.containers[0]!, image: 'nginx:1.27' }] },
    });
    k.cluster.advance(10_000);
    expect(events(k, 'web')).toContain(
      'Killing: Container web definition changed, will be restarted',
    );
    const c = pod(k, 'web').status?.containerStatuses?.[0];
    expect(c).toMatchObject({ image: 'nginx:1.27', restartCount: 1, ready: true });
  });
});

describe('the control loop, as messages', () => {
  it('watch → kubelet → runtime → status, in order', () => {
    const k = testCluster({ nodes: 1 });
    const seen: string[] = [];
    k.cluster.watch((e) => {
      if (e.type === 'message' && e.message.object?.name === 'web')
        seen.push(`${e.message.from} → ${e.message.to}: ${e.message.what}`);
    });
    k.ok('run web --image=nginx:1.27');
    k.cluster.advance(10_000);
    const steps = [
      'kubectl → apiserver: create pods/web',
      'scheduler → apiserver: create pods/web/binding → node-1',
      'apiserver → kubelet/node-1: MODIFIED pods/web',
      'kubelet/node-1 → containerd/node-1: run pod sandbox web',
      'kubelet/node-1 → containerd/node-1: pull image nginx:1.27',
      'kubelet/node-1 → containerd/node-1: start container web',
      'kubelet/node-1 → apiserver: update pods/web/status',
    ];
    let at = -1;
    for (const step of steps) {
      const next = seen.indexOf(step, at + 1);
      expect(next, `${step}\nin:\n${seen.join('\n')}`).toBeGreaterThan(at);
      at = next;
    }
  });
});

describe('a startup probe', () => {
  it('holds liveness back until it passes, and the container is not started until then', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'create -f p.yaml',
      `apiVersion: v1
kind: Pod
metadata: {name: slow}
spec:
  containers:
  - name: web
    image: nginx:1.27
    startupProbe:
      httpGet: {path: /, port: 80}
      initialDelaySeconds: 10
      periodSeconds: 5
`,
    );
    k.cluster.advance(8_000);
    expect(pod(k, 'slow').status?.containerStatuses?.[0]).toMatchObject({
      started: false,
      ready: false,
    });
    k.cluster.advance(10_000);
    expect(pod(k, 'slow').status?.containerStatuses?.[0]).toMatchObject({
      started: true,
      ready: true,
    });
  });
});
