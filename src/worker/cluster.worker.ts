/**
 * The Web Worker entry: one cluster host per worker, driven by the page's messages. The page
 * starts it with `new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createCluster } from '../engine';
import { ClusterHost } from './host';
import type { HostMessage, PageMessage } from './protocol';
import { realTimers } from './timers';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const host = new ClusterHost({
  where: 'worker',
  createCluster,
  post: (message: HostMessage) => scope.postMessage(message),
  timers: realTimers,
});

scope.onmessage = (event: MessageEvent<PageMessage>) => host.receive(event.data);
