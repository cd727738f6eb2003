/**
 * One store per page instance (React Flow's `createStore()` pattern): two clusters on one page
 * never share state. The store holds data; the pure reducers below decide how messages from
 * the cluster host change it, and `session.ts` feeds them.
 */
import type { ControlMessage, ControlPlaneComponent, NodeStats } from '../engine/contract';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Era } from '../engine/contract';
import type {
  ClockState,
  EngineHost,
  HostMessage,
  JournalEntry,
  Vocabulary,
} from '../worker/protocol';
import { historyAfterChanges, type ReplicaHistory } from './history';
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
import { initialEditor, type EditorState } from './documents';
import { persistEditor } from './persist';
import { NO_VOCABULARY } from './completion';

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
  /** Node figures and component health, as the host last sent them. */
  stats: StatsState;
  /**
   * Every input that changed the cluster, with its simulated time: the timeline shows them, and
   * a lost cluster is rebuilt from them. Kept across a host restart; cleared by a reset.
   */
  journal: readonly JournalEntry[];
  /** Desired/current/ready per controller over time (the timeline's chart). */
  history: ReplicaHistory;
  ui: UiState;
  /** The manifest editor's documents: kept across host restarts and resets (`documents.ts`). */
  editor: EditorState;
  /** kubectl's words in this cluster's era (the console's tab completion). */
  vocabulary: Vocabulary;
}

export interface StatsState {
  nodes: Readonly<Record<string, NodeStats>>;
  components: Readonly<Record<ControlPlaneComponent, boolean>>;
}

/**
 * What the student points at. Object refs name a stored object by kind and mirror id
 * (`namespace/name`, or `name` for Nodes), or a drawn part that is not stored: `Component`
 * (a master component by its `faults` name), `Container` (`namespace/pod/container`),
 * `Proxy` and `Kubelet` (by node name), `Volume` (`namespace/pod/volume`, or the shared
 * volume's name).
 */
export interface ObjectRef {
  kind: string;
  id: string;
}

export type HoverTarget =
  ({ type: 'object' } & ObjectRef) | { type: 'label'; key: string; value: string };

export interface UiState {
  /** The object the Inspector shows. */
  selected: ObjectRef | null;
  /** What the pointer (or focus) is on: its selection is highlighted in the picture. */
  hover: HoverTarget | null;
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
    stats: { nodes: {}, components: ALL_RUNNING },
    journal: [],
    history: {},
    ui: { selected: null, hover: null },
    editor: initialEditor,
    vocabulary: NO_VOCABULARY,
  };
}

const ALL_RUNNING: Record<ControlPlaneComponent, boolean> = {
  apiserver: true,
  etcd: true,
  scheduler: true,
  'controller-manager': true,
};

export interface ClusterStoreOptions {
  /**
   * Keep the editor's documents in `localStorage` under this key (loaded now, saved as they
   * change). Each store needs its own key; none (tests, widgets that choose so) keeps nothing.
   */
  editorStorageKey?: string;
}

export function createClusterStore(
  initial: ClusterState = initialClusterState(),
  options: ClusterStoreOptions = {},
): ClusterStore {
  const store = createStore<ClusterState>()(() => initial);
  // the store lives as long as the page (or widget); so does its persistence
  if (options.editorStorageKey !== undefined)
    persistEditor(store, { key: options.editorStorageKey });
  return store;
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
        vocabulary: message.vocabulary ?? NO_VOCABULARY,
        clock: message.clock,
        mirror: mirrorFrom(message.objects, message.resourceVersion, state.mirror),
      };
    case 'changes': {
      const mirror = applyChanges(state.mirror, message.batch);
      if (mirror === state.mirror) return state;
      return { ...state, mirror, history: historyAfterChanges(state.history, message.batch) };
    }
    case 'journal':
      return { ...state, journal: [...state.journal, message.entry] };
    case 'stats': {
      const nodes: Record<string, NodeStats> = {};
      for (const node of message.nodes) {
        const before = state.stats.nodes[node.name];
        // keep unchanged nodes' references, so only the nodes that changed redraw
        nodes[node.name] = before && sameStats(before, node) ? before : node;
      }
      return { ...state, stats: { nodes, components: message.components } };
    }
    case 'answer':
      // the session resolves answers; they do not change the mirror
      return state;
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

function sameStats(a: NodeStats, b: NodeStats): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The host died. The picture keeps what it last showed while the session rebuilds the cluster
 * from the journal (`rebuilding`), or from scratch when the journal itself keeps crashing.
 */
export function engineLost(state: ClusterState, reason: string, rebuilding = true): ClusterState {
  const notice = rebuilding
    ? `The simulated cluster stopped (${reason}). kubesim is rebuilding it from your commands, as it was at ${clockText(state.clock.now)}.`
    : `The simulated cluster stopped (${reason}) and could not be rebuilt from your commands. A new cluster is starting from scratch; your kubectl history is kept.`;
  let console = runningAbandoned(state.console, 'the cluster stopped before answering');
  console = noticeAdded(console, notice, 'error');
  return {
    ...state,
    engine: { phase: 'restarting', host: null, notice },
    ...(rebuilding
      ? {}
      : {
          cluster: null,
          mirror: emptyMirror,
          journal: [],
          history: {},
          stats: { nodes: {}, components: ALL_RUNNING },
        }),
    console,
  };
}

/** A fresh cluster (the set-up dialog's reset): everything but the console history goes. */
export function clusterReset(state: ClusterState): ClusterState {
  const fresh = initialClusterState();
  return {
    ...fresh,
    clock: { ...fresh.clock, speed: state.clock.speed },
    console: state.console,
    editor: state.editor,
    engine: { ...fresh.engine, phase: 'starting' },
  };
}

function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
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
