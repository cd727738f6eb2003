/**
 * One store per page instance (React Flow's `createStore()` pattern): two clusters on one page
 * never share state. The store holds data; the pure reducers below decide how messages from
 * the cluster host change it, and `session.ts` feeds them.
 */
import type { ControlMessage } from '../engine/contract';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Era } from '../engine/contract';
import type { ClockState, EngineHost, HostMessage } from '../worker/protocol';
import {
  commandAnswered,
  commandStreamed,
  commandFailed,
  emptyConsole,
  noticeAdded,
  runningAbandoned,
  type ConsoleState,
} from './console';
import { applyChanges, emptyMirror, mirrorFrom, type Mirror } from './mirror';

export type EnginePhase = 'starting' | 'ready' | 'restarting' | 'failed';

export interface EngineState {
  phase: EnginePhase;
  /** Where the current cluster runs; null until it is ready. */
  host: EngineHost | null;
  /** A problem the page should show until dismissed (e.g. the worker died and was replaced). */
  notice: string | null;
}

export interface ClusterInfo {
  era: Era;
  seed: number;
  /** Wall-clock ms that simulated time 0 stands for. */
  epochMs: number;
}

export interface ClusterState {
  engine: EngineState;
  cluster: ClusterInfo | null;
  clock: ClockState;
  mirror: Mirror;
  console: ConsoleState;
  /** The latest control-loop steps, oldest first (only while the page asked for them). */
  loop: LoopState;
}

export interface LoopState {
  messages: ControlMessage[];
  /** Steps the host left out of busy frames, all told. */
  dropped: number;
}

/** How many control-loop steps the page keeps. */
export const LOOP_KEEP = 1_000;

export type ClusterStore = StoreApi<ClusterState>;

export function initialClusterState(): ClusterState {
  return {
    engine: { phase: 'starting', host: null, notice: null },
    cluster: null,
    clock: { now: 0, paused: false, speed: 1 },
    mirror: emptyMirror,
    console: emptyConsole,
    loop: { messages: [], dropped: 0 },
  };
}

export function createClusterStore(initial: ClusterState = initialClusterState()): ClusterStore {
  return createStore<ClusterState>()(() => initial);
}

/** Apply what the host sent since the last frame, in order, as one state change. */
export function received(state: ClusterState, messages: readonly HostMessage[]): ClusterState {
  let next = state;
  for (const message of messages) next = receivedOne(next, message);
  return next;
}

function receivedOne(state: ClusterState, message: HostMessage): ClusterState {
  switch (message.type) {
    case 'ready':
      return {
        ...state,
        engine: { ...state.engine, phase: 'ready', host: message.host },
        cluster: { era: message.era, seed: message.seed, epochMs: message.epochMs },
        clock: message.clock,
        mirror: mirrorFrom(message.objects, message.resourceVersion),
      };
    case 'changes': {
      const mirror = applyChanges(state.mirror, message.batch);
      return mirror === state.mirror ? state : { ...state, mirror };
    }
    case 'clock': {
      const { now, paused, speed } = message;
      const c = state.clock;
      if (c.now === now && c.paused === paused && c.speed === speed) return state;
      return { ...state, clock: { now, paused, speed } };
    }
    case 'kubectlResult':
      return { ...state, console: commandAnswered(state.console, message.id, message.result) };
    case 'loop':
      return {
        ...state,
        loop: {
          messages: [...state.loop.messages, ...message.batch].slice(-LOOP_KEEP),
          dropped: state.loop.dropped + message.dropped,
        },
      };
    case 'kubectlOutput':
      return {
        ...state,
        console: commandStreamed(state.console, message.id, message.text, message.end === true),
      };
    case 'error':
      if (message.requestId !== undefined) {
        const failure = `kubesim could not run this command (a simulator bug): ${message.message}`;
        return { ...state, console: commandFailed(state.console, message.requestId, failure) };
      }
      // fatal errors end the host: the session turns them into engineLost
      if (message.fatal) return state;
      return {
        ...state,
        console: noticeAdded(state.console, `kubesim: ${message.message}`, 'error'),
      };
    case 'pong':
      return state;
  }
}

/**
 * The host died. The simulated cluster died with it: its objects go, commands still waiting
 * fail, and a new host starts from scratch (the session does that).
 */
export function engineLost(state: ClusterState, reason: string): ClusterState {
  const notice = `The simulated cluster stopped (${reason}). A new cluster is starting from scratch; your kubectl history is kept.`;
  let console = runningAbandoned(state.console, 'the cluster stopped before answering');
  console = noticeAdded(console, notice, 'error');
  return {
    ...state,
    engine: { phase: 'restarting', host: null, notice },
    cluster: null,
    mirror: emptyMirror,
    console,
  };
}

/** Starting a host keeps failing: stop trying and say so. */
export function engineFailed(state: ClusterState, reason: string): ClusterState {
  const notice = `The simulated cluster could not start (${reason}). Reload the page to try again.`;
  return {
    ...state,
    engine: { phase: 'failed', host: null, notice },
    console: noticeAdded(
      runningAbandoned(state.console, 'the cluster is not running'),
      notice,
      'error',
    ),
  };
}

export function noticeDismissed(state: ClusterState): ClusterState {
  return state.engine.notice === null
    ? state
    : { ...state, engine: { ...state.engine, notice: null } };
}
