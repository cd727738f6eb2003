/**
 * The messages between the page and the cluster host (in a Web Worker, or on the main thread
 * when no Worker can start). Versioned by a handshake: `init` carries the page's
 * PROTOCOL_VERSION and `ready` echoes the host's, so a stale cached worker script cannot
 * silently misread a newer page. Bump the version on any incompatible change below.
 *
 * Only types and constants live here: src/state imports this file and nothing else from
 * src/worker (DESIGN.md layers).
 */
import type {
  ClusterOptions,
  ControlMessage,
  Era,
  KubectlResult,
  WatchEventType,
} from '../engine/contract';
import type { AnyObject, Kind } from '../engine/types';

export const PROTOCOL_VERSION = 1;

/** The speeds the page offers: simulated seconds per real second. */
export const SPEEDS = [1, 5, 20, 60] as const;
export type Speed = (typeof SPEEDS)[number];

/** Where the cluster host runs. */
export type EngineHost = 'worker' | 'inline';

/**
 * One object as the page mirrors it. `status` is what kubectl prints in the STATUS column,
 * computed next to the engine so the page never re-implements kubectl's printers; it is
 * present for the kinds whose table has that column (Pod, Node).
 */
export interface WireObject {
  kind: Kind;
  object: AnyObject;
  status?: string;
}

export interface WireChange extends WireObject {
  type: WatchEventType;
  resourceVersion: number;
  /** Simulated ms when the change was written. */
  time: number;
}

export interface ClockState {
  /** Simulated ms since the cluster started. */
  now: number;
  paused: boolean;
  speed: number;
}

// ---- page → host -------------------------------------------------------------------------

export interface InitMessage {
  type: 'init';
  protocol: number;
  options: ClusterOptions;
}

export interface KubectlMessage {
  type: 'kubectl';
  id: number;
  line: string;
  stdin?: string;
}

/** Stop following what a command streams (`logs -f`), as Ctrl-C would. */
export interface StopStreamMessage {
  type: 'stopStream';
  id: number;
}

/** Start or stop receiving the control-loop messages (the picture's packets view). */
export interface ControlLoopMessage {
  type: 'controlLoop';
  on: boolean;
}

export interface SetSpeedMessage {
  type: 'setSpeed';
  speed: number;
}

export interface PauseMessage {
  type: 'pause';
}

export interface PlayMessage {
  type: 'play';
}

/**
 * Pause, then advance simulated time until the cluster writes a change, or by `maxMs` when
 * nothing happens sooner.
 */
export interface StepMessage {
  type: 'step';
  maxMs?: number;
}

/** Liveness probe: the host answers `pong` at once, outside the frame loop. */
export interface PingMessage {
  type: 'ping';
  id: number;
}

export type PageMessage =
  | InitMessage
  | KubectlMessage
  | StopStreamMessage
  | ControlLoopMessage
  | SetSpeedMessage
  | PauseMessage
  | PlayMessage
  | StepMessage
  | PingMessage;

// ---- host → page -------------------------------------------------------------------------

/** The cluster exists. Carries its objects once; after this only changes are sent. */
export interface ReadyMessage {
  type: 'ready';
  protocol: number;
  host: EngineHost;
  era: Era;
  seed: number;
  /** Wall-clock ms (since 1970) that simulated time 0 stands for. */
  epochMs: number;
  resourceVersion: number;
  objects: WireObject[];
  clock: ClockState;
}

export interface KubectlResultMessage {
  type: 'kubectlResult';
  id: number;
  result: KubectlResult;
}

/**
 * More output of a command that streams (`logs -f`), after its `kubectlResult`; `end` when the
 * stream closed (the container exited, or the page stopped it).
 */
export interface KubectlOutputMessage {
  type: 'kubectlOutput';
  id: number;
  text: string;
  end?: boolean;
}

/**
 * The control-loop steps since the last batch, in order. A frame carries at most
 * `MAX_LOOP_MESSAGES`; `dropped` counts those left out (a large cluster can take thousands of
 * steps in one frame, more than anyone can watch).
 */
export interface LoopMessagesMessage {
  type: 'loop';
  batch: ControlMessage[];
  dropped: number;
}

export const MAX_LOOP_MESSAGES = 500;

/** The changes written since the last batch, in resourceVersion order. */
export interface ChangesMessage {
  type: 'changes';
  batch: WireChange[];
}

export interface ClockMessage extends ClockState {
  type: 'clock';
}

/**
 * Something went wrong in the host. `requestId` names the kubectl request that failed;
 * `fatal` means the host cannot go on and the page should start a new one.
 */
export interface ErrorMessage {
  type: 'error';
  message: string;
  fatal: boolean;
  requestId?: number;
}

export interface PongMessage {
  type: 'pong';
  id: number;
}

export type HostMessage =
  | ReadyMessage
  | KubectlResultMessage
  | KubectlOutputMessage
  | LoopMessagesMessage
  | ChangesMessage
  | ClockMessage
  | ErrorMessage
  | PongMessage;

// ---- the page's end of the line ----------------------------------------------------------

export interface LinkHandlers {
  onMessage(message: HostMessage): void;
  /** The host stopped for good (crashed, hung, or failed to start); `reason` is for people. */
  onExit(reason: string): void;
}

/** A running host as the page sees it. */
export interface EngineLink {
  send(message: PageMessage): void;
  close(): void;
}

/** Starts a host; src/worker/connection's `connectEngine` is the real one. */
export type ConnectEngine = (handlers: LinkHandlers) => EngineLink;
