/**
 * The main-thread fallback: the same cluster host as the worker, for browsers (or embedding
 * pages) where no Worker can start. Messages still cross by structured clone and arrive
 * asynchronously, so the page cannot tell the two apart except by `ready.host`.
 */
import { createCluster } from '../engine';
import { ClusterHost } from './host';
import type { EngineLink, HostMessage, LinkHandlers, PageMessage } from './protocol';
import { realTimers } from './timers';

export function startInlineHost(handlers: LinkHandlers): EngineLink {
  let closed = false;
  const host = new ClusterHost({
    where: 'inline',
    createCluster,
    post(message: HostMessage) {
      const copy = structuredClone(message);
      queueMicrotask(() => {
        if (!closed) handlers.onMessage(copy);
      });
    },
    timers: realTimers,
  });
  return {
    send(message: PageMessage) {
      const copy = structuredClone(message);
      queueMicrotask(() => {
        if (!closed) host.receive(copy);
      });
    },
    close() {
      closed = true;
      host.stop();
    },
  };
}
