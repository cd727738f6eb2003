/**
 * The page's end of the line to a cluster host. Prefers a module Web Worker; falls back to the
 * main-thread host when `Worker` is missing, throws, or the worker fails before it says
 * anything. A worker that dies later (an uncaught error, or no answer to pings for
 * DEAD_AFTER_MS) is reported through `onExit`; restarting is the caller's decision.
 */
import type { EngineLink, HostMessage, LinkHandlers, PageMessage } from './protocol';

export const PING_EVERY_MS = 2_000;
export const DEAD_AFTER_MS = 10_000;

/** The parts of `Worker` the connection uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: PageMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface ConnectOptions {
  /** Returns undefined where Worker does not exist; may throw where it exists but may not start. */
  createWorker?: () => WorkerLike | undefined;
  startInline?: (handlers: LinkHandlers) => Promise<EngineLink>;
  now?: () => number;
  every?: (run: () => void, ms: number) => () => void;
}

export function connectEngine(handlers: LinkHandlers, options: ConnectOptions = {}): EngineLink {
  const createWorker = options.createWorker ?? defaultWorker;
  const startInline = options.startInline ?? defaultInline;
  const now = options.now ?? (() => performance.now());
  const every = options.every ?? defaultEvery;

  type Mode = 'worker' | 'loading' | 'inline' | 'closed';
  let mode: Mode = 'worker';
  let worker: WorkerLike | undefined;
  let inline: EngineLink | undefined;
  // Everything sent before the worker first answers, replayed into the fallback if it fails.
  let unconfirmed: PageMessage[] | undefined = [];
  let stopWatchdog: (() => void) | undefined;
  let pingId = 0;
  let pingSentAt: number | undefined;

  const exit = (reason: string): void => {
    if (mode === 'closed') return;
    shutdown();
    handlers.onExit(reason);
  };

  const shutdown = (): void => {
    mode = 'closed';
    stopWatchdog?.();
    worker?.terminate();
    inline?.close();
  };

  const fallBack = (): void => {
    worker?.terminate();
    worker = undefined;
    mode = 'loading';
    startInline(handlers).then(
      (link) => {
        if (mode === 'closed') return link.close();
        inline = link;
        mode = 'inline';
        for (const message of unconfirmed ?? []) link.send(message);
        unconfirmed = undefined;
      },
      (error: unknown) => exit(`the cluster could not start on this page either: ${String(error)}`),
    );
  };

  const startWatchdog = (): void => {
    stopWatchdog = every(() => {
      if (pingSentAt === undefined) {
        pingSentAt = now();
        worker?.postMessage({ type: 'ping', id: ++pingId });
      } else if (now() - pingSentAt >= DEAD_AFTER_MS) {
        exit(`the cluster worker stopped answering for ${DEAD_AFTER_MS / 1000} s`);
      }
    }, PING_EVERY_MS);
  };

  try {
    worker = createWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) {
    fallBack();
  } else {
    worker.onmessage = (event) => {
      if (mode !== 'worker') return;
      pingSentAt = undefined;
      if (unconfirmed) {
        unconfirmed = undefined;
        startWatchdog();
      }
      if (event.data.type !== 'pong') handlers.onMessage(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (mode !== 'worker') return;
      if (unconfirmed) return fallBack();
      const detail = 'message' in event && event.message ? `: ${event.message}` : '';
      exit(`the cluster worker crashed${detail}`);
    };
    worker.onmessageerror = () => exit('the cluster worker sent a message the page could not read');
  }

  return {
    send(message) {
      switch (mode) {
        case 'worker':
          unconfirmed?.push(message);
          worker?.postMessage(message);
          return;
        case 'loading':
          unconfirmed?.push(message);
          return;
        case 'inline':
          inline?.send(message);
          return;
        case 'closed':
          return;
      }
    },
    close: shutdown,
  };
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./cluster.worker.ts', import.meta.url), {
    type: 'module',
    name: 'kubesim-cluster',
  }) as WorkerLike;
}

async function defaultInline(handlers: LinkHandlers): Promise<EngineLink> {
  const { startInlineHost } = await import('./inline');
  return startInlineHost(handlers);
}

function defaultEvery(run: () => void, ms: number): () => void {
  const handle = setInterval(run, ms);
  return () => clearInterval(handle);
}
