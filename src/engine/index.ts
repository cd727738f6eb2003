/**
 * kubesim's headless engine. Everything else — tests, benchmarks, lessons, the worker, users'
 * scripts — starts here.
 *
 * @example
 * ```ts
 * import { createCluster } from 'kubesim/engine';
 * const cluster = createCluster({ nodes: 3, seed: 1, era: 'modern' });
 * cluster.kubectl('run web --image=nginx');      // { stdout: 'pod/web created\n', stderr: '', exitCode: 0 }
 * cluster.advance(30_000);                        // 30 simulated seconds
 * console.log(cluster.kubectl('get nodes').stdout);
 * ```
 */
import { SimCluster } from './cluster';
import type { Cluster, ClusterOptions } from './contract';

export function createCluster(options: ClusterOptions = {}): Cluster {
  return new SimCluster(options);
}

export type * from './contract';
export type { Timings } from './timings';
export { DEFAULT_TIMINGS } from './timings';
export { manifestJsonSchema, type JsonSchema } from './api/schema/jsonSchema';
export type * from './types';
