/**
 * A small helper so a scenario test reads as a few lines: `ok` runs a kubectl line that must
 * succeed and returns its stdout; `fails` runs one that must fail and returns its stderr.
 */
import { expect } from 'vitest';
import { SimCluster } from '../cluster';
import type { ClusterOptions, KubectlResult } from '../contract';

export interface TestCluster {
  cluster: SimCluster;
  run(line: string, stdin?: string): KubectlResult;
  ok(line: string, stdin?: string): string;
  fails(line: string, stdin?: string): string;
}

export function testCluster(options: ClusterOptions = {}): TestCluster {
  const cluster = new SimCluster(options);
  const run = (line: string, stdin?: string): KubectlResult => cluster.kubectl(line, stdin);
  return {
    cluster,
    run,
    ok(line, stdin) {
      const r = run(line, stdin);
      expect(r.exitCode, `${line}\n${r.stderr}`).toBe(0);
      return r.stdout;
    },
    fails(line, stdin) {
      const r = run(line, stdin);
      expect(r.exitCode, `${line} should fail\n${r.stdout}`).toBe(1);
      return r.stderr;
    },
  };
}
