/**
 * A session ties one store to one cluster host: it starts the host, turns the user's intents
 * into protocol messages, applies what comes back once per animation frame (so a frame's
 * changes, clock and kubectl results render together), and starts a fresh host when one dies.
 */
import type { ClusterOptions } from '../engine/contract';
import {
  PROTOCOL_VERSION,
  type ConnectEngine,
  type EngineLink,
  type HostMessage,
  type PageMessage,
} from '../worker/protocol';
import { commandFailed, commandSubmitted } from './console';
import { engineFailed, engineLost, noticeDismissed, received, type ClusterStore } from './store';

/** Starts that never reach `ready`, in a row, before the session gives up. */
export const MAX_FAILED_STARTS = 3;

export interface Session {
  /** Run a command line as typed in the console (with or without the leading `kubectl`). */
  kubectl(line: string): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  setSpeed(speed: number): void;
  /** Receive the control-loop steps into `loop` (the picture's packets view), or stop. */
  setControlLoop(on: boolean): void;
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
  options: ClusterOptions,
  deps: SessionDeps,
): Session {
  const scheduleFrame = deps.scheduleFrame ?? beforeNextPaint;
  let link: EngineLink | undefined;
  let generation = 0;
  let failedStarts = 0;
  let nextId = 1;
  let inbox: HostMessage[] = [];
  let cancelFlush: (() => void) | undefined;
  let stopped = false;

  const flush = (): void => {
    cancelFlush?.();
    cancelFlush = undefined;
    if (inbox.length === 0) return;
    const messages = inbox;
    inbox = [];
    store.setState((state) => received(state, messages));
  };

  const enqueue = (message: HostMessage): void => {
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
    failedStarts++;
    if (failedStarts >= MAX_FAILED_STARTS) {
      store.setState((state) => engineFailed(state, reason));
      return;
    }
    store.setState((state) => engineLost(state, reason));
    start();
  };

  const start = (): void => {
    const mine = ++generation;
    const speed = store.getState().clock.speed;
    link = deps.connect({
      onMessage(message) {
        if (mine !== generation || stopped) return;
        if (message.type === 'ready') failedStarts = 0;
        if (message.type === 'error' && message.fatal) return lose(message.message);
        enqueue(message);
      },
      onExit(reason) {
        if (mine !== generation || stopped) return;
        lose(reason);
      },
    });
    send({ type: 'init', protocol: PROTOCOL_VERSION, options });
    // a replacement cluster keeps the speed the user chose, and the packets view
    if (speed !== 1) send({ type: 'setSpeed', speed });
    if (controlLoop) send({ type: 'controlLoop', on: true });
  };

  start();

  return {
    kubectl(line) {
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
      send({ type: 'kubectl', id, line: text });
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
    dismissNotice: () => store.setState(noticeDismissed),
    stop() {
      stopped = true;
      cancelFlush?.();
      link?.close();
      link = undefined;
    },
  };
}

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
