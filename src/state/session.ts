/**
 * A session ties one store to one cluster host: it starts the host, turns the user's intents
 * into protocol messages, applies what comes back once per animation frame (so a frame's
 * changes, clock and kubectl results render together), and starts a fresh host when one dies.
 */
import type { ClusterOptions } from '../engine/contract';
import type { RequestResult } from '../engine/contract';
import {
  PROTOCOL_VERSION,
  type ConnectEngine,
  type EngineLink,
  type FaultInput,
  type HostMessage,
  type JournalEntry,
  type PageMessage,
  type Query,
  type QueryAnswers,
} from '../worker/protocol';
import { commandFailed, commandStreamed, commandSubmitted, streamingCommand } from './console';
import { editorSession, type EditorSession } from './editorSession';
import {
  clusterReset,
  engineFailed,
  engineLost,
  noticeDismissed,
  received,
  type ClusterStore,
  type HoverTarget,
  type ObjectRef,
} from './store';

/** Starts that never reach `ready`, in a row, before the session gives up. */
export const MAX_FAILED_STARTS = 3;

/** The editor's methods (documents, tabs, templates, live edits, actions): `editorSession.ts`. */
export interface Session extends EditorSession {
  /**
   * Run a command line as typed in the console (with or without the leading `kubectl`);
   * `stdin` is what `-f -` or `-f <file>` reads (the editor's document).
   */
  kubectl(line: string, stdin?: string): void;
  /** Ctrl-C: stop the command that is still streaming (`logs -f`, `get -w`), if any. */
  interrupt(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  setSpeed(speed: number): void;
  /** Receive the control-loop steps into `loop` (the picture's packets view), or stop. */
  setControlLoop(on: boolean): void;
  /** Pause, then run simulated time on until the cluster records its next Event. */
  skipToNextEvent(): void;
  /** A fault from a menu; journaled like a command. Rejects with the engine's reason. */
  fault(fault: FaultInput): Promise<void>;
  /** `count` requests to a service through a node's proxy ("send requests"). */
  sendRequests(
    service: string,
    options?: { namespace?: string; from?: string; count?: number },
  ): Promise<RequestResult[]>;
  /** Ask the cluster something without changing it (the inspector's questions). */
  query<Q extends Query>(query: Q): Promise<QueryAnswers[Q['type']]>;
  /** Start a new cluster with these options (the set-up dialog); the console history stays. */
  reset(options: ClusterOptions): void;
  /** The options the current cluster was started with. */
  readonly options: ClusterOptions;
  select(ref: ObjectRef | null): void;
  hover(target: HoverTarget | null): void;
  dismissNotice(): void;
  stop(): void;
}

export interface SessionDeps {
  connect: ConnectEngine;
  /** Run `run` before the next paint; returns the function that cancels it. */
  scheduleFrame?: (run: () => void) => () => void;
}

export function startSession(
  store: ClusterStore,
  initialOptions: ClusterOptions,
  deps: SessionDeps,
): Session {
  let options = initialOptions;
  const scheduleFrame = deps.scheduleFrame ?? beforeNextPaint;
  let link: EngineLink | undefined;
  let generation = 0;
  let failedStarts = 0;
  let nextId = 1;
  let inbox: HostMessage[] = [];
  let cancelFlush: (() => void) | undefined;
  let stopped = false;
  /** Questions and inputs waiting for their `answer`, by id. */
  const waiting = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  /**
   * Rebuilds from the journal since the last healthy run. The first replays everything; if the
   * rebuilt cluster dies again before it has run a while, the last input is left out (it may be
   * what crashes it); after that, a clean start.
   */
  let rebuilds = 0;
  let healthyTimer: ReturnType<typeof setTimeout> | undefined;
  let replay: { inputs: JournalEntry[]; until: number } | undefined;

  const flush = (): void => {
    cancelFlush?.();
    cancelFlush = undefined;
    if (inbox.length === 0) return;
    const messages = inbox;
    inbox = [];
    store.setState((state) => received(state, messages));
  };

  const answered = (id: number, value: unknown, error: string | undefined): void => {
    const promise = waiting.get(id);
    if (!promise) return;
    waiting.delete(id);
    if (error !== undefined) promise.reject(new Error(error));
    else promise.resolve(value);
  };

  const abandonWaiting = (reason: string): void => {
    for (const [id] of waiting) answered(id, undefined, reason);
  };

  const enqueue = (message: HostMessage): void => {
    if (message.type === 'answer') {
      answered(message.id, message.value, message.error);
      return;
    }
    // only the latest clock matters; a hidden tab must not pile up thousands of them
    if (message.type === 'clock' && inbox.at(-1)?.type === 'clock')
      inbox[inbox.length - 1] = message;
    else inbox.push(message);
    cancelFlush ??= scheduleFrame(flush);
  };

  const send = (message: PageMessage): void => link?.send(message);
  let controlLoop = false;

  const lose = (reason: string): void => {
    flush();
    link?.close();
    link = undefined;
    abandonWaiting(`the cluster stopped (${reason})`);
    if (healthyTimer !== undefined) clearTimeout(healthyTimer);
    healthyTimer = undefined;
    failedStarts++;
    if (failedStarts >= MAX_FAILED_STARTS) {
      store.setState((state) => engineFailed(state, reason));
      return;
    }
    const { journal, clock } = store.getState();
    rebuilds++;
    if (rebuilds === 1) replay = { inputs: [...journal], until: clock.now };
    else if (rebuilds === 2 && journal.length > 0) {
      const last = journal.at(-1) as JournalEntry;
      replay = { inputs: journal.slice(0, -1), until: last.at };
    } else replay = undefined;
    store.setState((state) => engineLost(state, reason, replay !== undefined));
    if (replay) {
      const kept = replay.inputs;
      store.setState((state) => ({ ...state, journal: kept }));
    }
    start();
  };

  const start = (): void => {
    const mine = ++generation;
    const speed = store.getState().clock.speed;
    link = deps.connect({
      onMessage(message) {
        if (mine !== generation || stopped) return;
        if (message.type === 'ready') {
          failedStarts = 0;
          // a rebuilt cluster that runs a while is healthy again: the next loss replays all
          healthyTimer = setTimeout(() => {
            rebuilds = 0;
            healthyTimer = undefined;
          }, HEALTHY_AFTER_MS);
        }
        if (message.type === 'error' && message.fatal) return lose(message.message);
        enqueue(message);
      },
      onExit(reason) {
        if (mine !== generation || stopped) return;
        lose(reason);
      },
    });
    send({ type: 'init', protocol: PROTOCOL_VERSION, options, ...(replay ? { replay } : {}) });
    // a replacement cluster keeps the speed the user chose, and the packets view
    if (speed !== 1) send({ type: 'setSpeed', speed });
    if (controlLoop) send({ type: 'controlLoop', on: true });
  };

  start();

  const ask = (
    message: { type: 'input' | 'query' } & Record<string, unknown>,
  ): Promise<unknown> => {
    if (!link || stopped) return Promise.reject(new Error('the simulated cluster is not running'));
    const id = nextId++;
    const promise = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
    send({ ...message, id } as PageMessage);
    return promise;
  };

  const session: Session = {
    get options() {
      return options;
    },
    interrupt() {
      const id = streamingCommand(store.getState().console);
      if (id === undefined) return;
      // the terminal echoes ^C; the host then closes the stream
      store.setState((state) => ({
        ...state,
        console: commandStreamed(state.console, id, '^C\n', false),
      }));
      send({ type: 'stopStream', id });
    },
    kubectl(line, stdin) {
      const text = line.trim();
      if (!text || stopped) return;
      const id = nextId++;
      store.setState((state) => ({ ...state, console: commandSubmitted(state.console, id, text) }));
      if (!link) {
        store.setState((state) => ({
          ...state,
          console: commandFailed(state.console, id, 'the simulated cluster is not running'),
        }));
        return;
      }
      send({ type: 'kubectl', id, line: text, ...(stdin !== undefined ? { stdin } : {}) });
    },
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    togglePlay() {
      send({ type: store.getState().clock.paused ? 'play' : 'pause' });
    },
    step: () => send({ type: 'step' }),
    setSpeed: (speed) => send({ type: 'setSpeed', speed }),
    setControlLoop(on) {
      controlLoop = on;
      send({ type: 'controlLoop', on });
    },
    skipToNextEvent: () => send({ type: 'skip' }),
    async fault(fault) {
      await ask({ type: 'input', input: { type: 'fault', fault } });
    },
    async sendRequests(service, { namespace, from, count = 1 } = {}) {
      const input = {
        type: 'request' as const,
        service,
        count,
        ...(namespace !== undefined ? { namespace } : {}),
        ...(from !== undefined ? { from } : {}),
      };
      return (await ask({ type: 'input', input })) as RequestResult[];
    },
    query<Q extends Query>(query: Q) {
      return ask({ type: 'query', query }) as Promise<QueryAnswers[Q['type']]>;
    },
    reset(next) {
      if (stopped) return;
      options = next;
      link?.close();
      link = undefined;
      abandonWaiting('the cluster was reset');
      replay = undefined;
      rebuilds = 0;
      failedStarts = 0;
      inbox = [];
      store.setState(clusterReset);
      start();
    },
    ...editorSession(store, {
      kubectl: (line, stdin) => session.kubectl(line, stdin),
      query: (query) => session.query(query),
      era: () => options.era ?? 'modern',
    }),
    select(ref) {
      store.setState((state) => ({ ...state, ui: { ...state.ui, selected: ref } }));
    },
    hover(target) {
      store.setState((state) =>
        state.ui.hover === target ? state : { ...state, ui: { ...state.ui, hover: target } },
      );
    },
    dismissNotice: () => store.setState(noticeDismissed),
    stop() {
      stopped = true;
      cancelFlush?.();
      if (healthyTimer !== undefined) clearTimeout(healthyTimer);
      abandonWaiting('the page closed the cluster');
      link?.close();
      link = undefined;
    },
  };
  return session;
}

/** A rebuilt cluster that has run this long (real ms) without dying is trusted again. */
const HEALTHY_AFTER_MS = 10_000;

/**
 * requestAnimationFrame, with a timer behind it: rAF sleeps in a hidden tab, and the page
 * should still be current when the student comes back.
 */
function beforeNextPaint(run: () => void): () => void {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
  };
  const fire = (): void => {
    cancel();
    run();
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(fire);
  timer = setTimeout(fire, 250);
  return cancel;
}
