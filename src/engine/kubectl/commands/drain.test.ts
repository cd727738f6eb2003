import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import type { Pod } from '../../types';
import { deleteErrors, deleteWarnings, filterPods, type DrainFlags } from './drainFilters';
import { podYaml } from './logs.testkit';

const rc = (name: string, replicas: number, volumes = '') =>
  [
    'apiVersion: v1',
    'kind: ReplicationController',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  replicas: ${replicas}`,
    `  selector: {app: ${name}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    '    spec:',
    '      containers:',
    '      - name: nginx',
    '        image: nginx:1.27',
    volumes,
    '',
  ].join('\n');

const SCRATCH =
  '        volumeMounts: [{name: scratch, mountPath: /scratch}]\n      volumes: [{name: scratch, emptyDir: {}}]';

/** Two nodes; a pod pinned to node-1 runs there, the others land where the scheduler puts them. */
function cluster() {
  const t = testCluster({ nodes: 2 });
  t.ok('create -f -', rc('web', 4));
  t.cluster.advance(60_000);
  return t;
}

const on = (t: ReturnType<typeof cluster>, node: string): string[] =>
  t.cluster.api
    .list('Pod', { namespace: 'default' })
    .filter((p) => p.spec.nodeName === node && !p.metadata.deletionTimestamp)
    .map((p) => p.metadata.name);

const pinned = (name: string, extra: Partial<Parameters<typeof podYaml>[0]> = {}) =>
  podYaml({ name, spec: '  nodeName: node-1', ...extra });

describe('kubectl drain', () => {
  it('cordons the node, evicts its pods, waits for them to go, and their controller replaces them', () => {
    const t = cluster();
    const victims = on(t, 'node-1');
    expect(victims.length).toBeGreaterThan(0);
    const r = t.run('drain node-1');
    expect(r).toEqual({
      stdout: [
        'node/node-1 cordoned',
        ...victims.map((p) => `evicting pod default/${p}`),
        ...victims.map((p) => `pod/${p} evicted`),
        'node/node-1 drained',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
    expect(t.ok('get node node-1')).toMatch(/Ready,SchedulingDisabled/);
    t.cluster.advance(30_000);
    expect(on(t, 'node-1')).toEqual([]);
    expect(on(t, 'node-2')).toHaveLength(4);
    expect(t.ok('drain node-1')).toBe('node/node-1 already cordoned\nnode/node-1 drained\n');
  });

  it("refuses bare pods and emptyDir pods, with 1.31's own words", () => {
    const t = cluster();
    t.ok('create -f -', pinned('hr-app'));
    t.ok(
      'create -f -',
      rc('cache', 1, SCRATCH).replace('    spec:\n', '    spec:\n      nodeName: node-1\n'),
    );
    t.cluster.advance(30_000);
    const cache = on(t, 'node-1').find((p) => p.startsWith('cache-')) ?? '';
    const bare =
      'cannot delete cannot delete Pods that declare no controller (use --force to override): default/hr-app';
    const local = `cannot delete Pods with local storage (use --delete-emptydir-data to override): default/${cache}`;
    expect(t.run('drain node-1')).toEqual({
      stdout: 'node/node-1 cordoned\n',
      stderr: [
        `error: unable to drain node "node-1" due to error: [${local}, ${bare}], continuing command...`,
        'There are pending nodes to be drained:',
        ' node-1',
        local,
        bare,
        '',
      ].join('\n'),
      exitCode: 1,
    });
    expect(on(t, 'node-1')).toContain('hr-app');
    expect(t.run('drain node-1 --delete-emptydir-data').stderr).toBe(
      [
        `error: unable to drain node "node-1" due to error: ${bare}, continuing command...`,
        'There are pending nodes to be drained:',
        ' node-1',
        bare,
        '',
      ].join('\n'),
    );
  });

  it('deletes bare pods with --force, with a warning; they do not come back', () => {
    const t = cluster();
    t.ok('create -f -', pinned('hr-app'));
    t.cluster.advance(30_000);
    const r = t.run('drain node-1 --force --grace-period=0');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('Warning: deleting Pods that declare no controller: default/hr-app\n');
    expect(r.stdout).toContain('evicting pod default/hr-app\n');
    expect(r.stdout).toContain('pod/hr-app evicted\n');
    t.cluster.advance(30_000);
    expect(t.cluster.api.find('Pod', 'default', 'hr-app')).toBeUndefined();
  });

  it('leaves mirror pods where they are', () => {
    const t = cluster();
    t.ok(
      'create -f -',
      pinned('static-web', { metadata: '  annotations: {kubernetes.io/config.mirror: abc}' }),
    );
    t.cluster.advance(30_000);
    const r = t.run('drain node-1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('static-web');
    expect(on(t, 'node-1')).toEqual(['static-web']);
  });

  it('prints what it would do with --dry-run=client, and changes nothing', () => {
    const t = cluster();
    const victims = on(t, 'node-1');
    expect(t.ok('drain node-1 --dry-run=client')).toBe(
      [
        'node/node-1 cordoned (dry run)',
        ...victims.map((p) => `evicting pod default/${p} (dry run)`),
        'node/node-1 drained (dry run)',
        '',
      ].join('\n'),
    );
    expect(t.ok('get node node-1')).not.toMatch(/SchedulingDisabled/);
    expect(on(t, 'node-1')).toEqual(victims);
  });

  it('gives up at --timeout when the kubelet cannot finish the pods', () => {
    const t = cluster();
    const victims = on(t, 'node-1');
    t.cluster.faults.stopNode('node-1');
    const r = t.run('drain node-1 --timeout=30s');
    const errors = victims.map(
      (p) =>
        `error when waiting for pod "${p}" in namespace "default" to terminate: global timeout reached: 30s`,
    );
    const agg = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      [
        `There are pending pods in node "node-1" when an error occurred: ${agg}`,
        ...victims.map((p) => `pod/${p}`),
        `error: unable to drain node "node-1" due to error: ${agg}, continuing command...`,
        'There are pending nodes to be drained:',
        ' node-1',
        ...errors,
        '',
      ].join('\n'),
    );
  });

  it('stops waiting after ten simulated minutes when kubectl would wait forever', () => {
    const t = cluster();
    const victims = on(t, 'node-1');
    t.cluster.faults.stopNode('node-1');
    const start = t.cluster.now;
    expect(t.fails('drain node-1')).toBe(
      `error: kubesim stopped waiting after 10m0s of simulated time; kubectl (--timeout=0s) would still be waiting for ${victims.map((p) => `default/${p}`).join(', ')}\n`,
    );
    expect(t.cluster.now - start).toBe(600_000);
  });

  it('refuses bad arguments before touching the node', () => {
    const t = cluster();
    const cases: [string, string][] = [
      ['drain node-9', 'Error from server (NotFound): nodes "node-9" not found\n'],
      [
        'drain node-1 -l disk=ssd',
        "error: error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples\n",
      ],
      [
        "drain node-1 --pod-selector='app in (web'",
        'error: --pod-selector=<pod_selector> must be a valid label selector\n',
      ],
    ];
    for (const [line, stderr] of cases) expect(t.fails(line), line).toBe(stderr);
    expect(t.ok('get node node-1')).not.toMatch(/SchedulingDisabled/);
  });
});

describe('drain pod filters', () => {
  const flags: DrainFlags = {
    force: false,
    ignoreDaemonSets: false,
    deleteEmptyDirData: false,
    skipWaitForDeleteTimeout: 0,
    nowWallMs: 0,
    daemonSetExists: (_ns, name) => name === 'fluentd',
  };
  const pod = (name: string, owner?: string, phase = 'Running'): Pod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'kube-system',
      ...(owner
        ? {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'DaemonSet', name: owner, uid: 'u', controller: true },
            ],
          }
        : {}),
    },
    spec: { containers: [{ name: 'c', image: 'i' }] },
    status: { phase: phase as 'Running' },
  });

  it('stops at DaemonSet pods unless told to ignore them, and lets finished pods go', () => {
    const pods = [
      pod('fluentd-abc', 'fluentd'),
      pod('orphan-xyz', 'gone'),
      pod('done', undefined, 'Succeeded'),
    ];
    const strict = filterPods(pods, flags);
    expect(deleteErrors(strict)).toEqual([
      'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/fluentd-abc',
      'cannot delete daemonsets.apps "gone" not found: kube-system/orphan-xyz',
    ]);
    const lenient = filterPods(pods, { ...flags, ignoreDaemonSets: true, force: true });
    expect(deleteErrors(lenient)).toEqual([]);
    // a later filter's verdict replaces an earlier warning, as in kubectl (its own TODO says so)
    expect(deleteWarnings(lenient)).toBe(
      'ignoring DaemonSet-managed Pods: kube-system/fluentd-abc',
    );
    expect(lenient.items.map((i) => i.status.delete)).toEqual([false, true, true]);
  });
});
