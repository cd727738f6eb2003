import { describe, expect, it } from 'vitest';
import { SimCluster } from '../../cluster';
import type { KubectlResult } from '../../contract';
import type { FlagValue } from '../cli/types';
import { Output } from '../output';
import { diff, diffTime } from './diff';

/**
 * `kubectl diff` run straight through its handler (the command line's parser learns the
 * command when it is registered in specs/index.ts and run.ts).
 */
function kubectlDiff(
  cluster: SimCluster,
  stdin: string | undefined,
  flags: Record<string, FlagValue> = { filename: ['web.yaml'] },
): KubectlResult {
  const out = new Output();
  diff({
    ctx: {
      api: cluster.api.client('kubectl'),
      clock: cluster.clock,
      era: cluster.era,
      profile: cluster.profile,
    },
    cmd: {
      path: ['diff'],
      args: [],
      argsAfterDash: [],
      flags: { namespace: '', ...flags },
      set: new Set(Object.keys(flags)),
      help: false,
      warnings: [],
    },
    out,
    stdin,
  });
  return out.result();
}

const RC = (replicas: number): string => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

describe('kubectl diff -f', () => {
  it('prints diff -u -N of the live and merged files, and exits 1', () => {
    const cluster = new SimCluster();
    cluster.apply(RC(2));
    cluster.advance(5_000);
    const r = kubectlDiff(cluster, RC(5));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const live =
      /^diff -u -N (\/tmp\/LIVE-\d+)\/v1\.ReplicationController\.default\.web (\/tmp\/MERGED-\d+)\/v1\.ReplicationController\.default\.web$/.exec(
        lines[0] ?? '',
      );
    expect(live).not.toBeNull();
    const time = diffTime(cluster.clock.wallMs);
    expect(time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000$/);
    expect(lines[1]).toBe(`--- ${live?.[1]}/v1.ReplicationController.default.web\t${time}`);
    expect(lines[2]).toBe(`+++ ${live?.[2]}/v1.ReplicationController.default.web\t${time}`);
    expect(lines[3]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    expect(r.stdout).toContain('\n-  replicas: 2\n+  replicas: 5\n');
  });

  it('prints nothing and exits 0 when applying would change nothing', () => {
    const cluster = new SimCluster();
    cluster.apply(RC(2));
    expect(kubectlDiff(cluster, RC(2))).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('shows a new object against an empty file', () => {
    const r = kubectlDiff(new SimCluster(), RC(1));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /\n@@ -0,0 \+1,\d+ @@\n\+apiVersion: v1\n\+kind: ReplicationController\n/,
    );
  });

  it('prints the same temporary names for the same command at the same moment', () => {
    const a = new SimCluster();
    const b = new SimCluster();
    expect(kubectlDiff(a, RC(1)).stdout).toBe(kubectlDiff(b, RC(1)).stdout);
  });

  it('lists several objects in file-name order', () => {
    const service = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;
    const r = kubectlDiff(new SimCluster(), `${RC(1)}---\n${service}`);
    const files = [...r.stdout.matchAll(/^diff -u -N \S+\/(\S+) /gm)].map((m) => m[1]);
    expect(files).toEqual(['v1.ReplicationController.default.web', 'v1.Service.default.api']);
  });

  it('fails with exit code 2 and no diff when the server would refuse an object', () => {
    const bad = RC(2).replace('app: web\n  template', 'app: other\n  template');
    const r = kubectlDiff(new SimCluster(), `${RC(1).replace('name: web', 'name: ok')}---\n${bad}`);
    expect(r).toEqual({
      stdout: '',
      stderr:
        'The ReplicationController "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`\n',
      exitCode: 2,
    });
  });

  it('fails with exit code 2 on a file it cannot read', () => {
    const r = kubectlDiff(new SimCluster(), 'kind: [\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: error parsing web\.yaml: error converting YAML to JSON: /);
    expect(r.stdout).toBe('');
  });

  it('needs -f, and a file the host handed in', () => {
    expect(kubectlDiff(new SimCluster(), RC(1), {})).toEqual({
      stdout: '',
      stderr: 'error: must specify one of -f and -k\n',
      exitCode: 2,
    });
    expect(kubectlDiff(new SimCluster(), undefined).stderr).toBe(
      'error: the path "web.yaml" does not exist\n',
    );
  });

  it('refuses a document whose namespace disagrees with -n', () => {
    const r = kubectlDiff(
      new SimCluster(),
      RC(1).replace('name: web', 'name: web\n  namespace: a'),
      {
        filename: ['web.yaml'],
        namespace: 'b',
      },
    );
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: the namespace from the provided object "a" does not match/);
  });
});
