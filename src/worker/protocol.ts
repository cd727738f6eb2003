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
  ControlPlaneComponent,
  Era,
  KubectlResult,
  FileEntry,
  ManifestDiagnostic,
  ManifestDiff,
  ManifestFix,
  NodeStats,
  RequestResult,
  SourceRange,
  WatchEventType,
} from '../engine/contract';
import type { JsonSchema } from '../engine/api/schema/jsonSchema';
import type { SchedulingDecision } from '../engine/scheduler/types';
import type { AnyObject, Kind } from '../engine/types';

export const PROTOCOL_VERSION = 2;

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
  /**
   * Rebuild a cluster that was lost (its worker died): replay these inputs at their simulated
   * times, then run the clock on to `until`. The engine is deterministic, so the same seed and
   * the same inputs give back the same cluster.
   */
  replay?: { inputs: JournalEntry[]; until: number };
}

/** A fault from the picture's menus, as `cluster.faults` takes it. */
export type FaultInput =
  | { action: 'stopNode'; node: string; mode?: 'power-off' | 'network' }
  | { action: 'startNode'; node: string }
  | {
      action: 'crashContainer';
      namespace: string;
      pod: string;
      container: string;
      exitCode: number;
    }
  | { action: 'stopComponent'; component: ControlPlaneComponent }
  | { action: 'startComponent'; component: ControlPlaneComponent };

/**
 * Everything that changes the cluster besides time. The host journals each one with the
 * simulated time it ran at, which is all a replay needs.
 */
export type ClusterInput =
  | { type: 'kubectl'; line: string; stdin?: string }
  | { type: 'fault'; fault: FaultInput }
  /** `count` requests to a service through a node's proxy (the picture's "send requests"). */
  | { type: 'request'; service: string; namespace?: string; from?: string; count: number };

export interface JournalEntry {
  /** Simulated ms when the input ran. */
  at: number;
  input: ClusterInput;
}

/** A fault or requests; answered by `answer` (requests: `RequestResult[]`). */
export interface InputMessage {
  type: 'input';
  id: number;
  input: Exclude<ClusterInput, { type: 'kubectl' }>;
}

/**
 * Questions that change nothing (the inspector's): answered by `answer`, never journaled, and
 * the control-loop steps they cause are not shown as packets.
 */
export type Query =
  /** A read-only kubectl command (get, describe, logs, top, events, explain). */
  | { type: 'kubectl'; line: string }
  | { type: 'trace'; namespace: string; name: string }
  | { type: 'files'; namespace: string; pod: string; container: string }
  /** The editor's dry run: `kubectl apply -f` of the text, without applying, plus the linter. */
  | { type: 'validate'; text: string; source?: string; namespace?: string }
  /** `kubectl diff -f`: each object of the text, live and as applying would make it. */
  | { type: 'diff'; text: string; source?: string; namespace?: string }
  /** The manifest JSON Schema, for the editor's completion, hover and schema errors. */
  | { type: 'schema' };

/** What each query answers. */
export interface QueryAnswers {
  kubectl: KubectlResult;
  trace: SchedulingDecision | null;
  files: FileEntry[];
  validate: ManifestDiagnostic[];
  diff: ManifestDiff[];
  schema: JsonSchema;
}

/** What each input answers. */
export interface InputAnswers {
  fault: null;
  request: RequestResult[];
}

export type {
  FileEntry,
  JsonSchema,
  ManifestDiagnostic,
  ManifestDiff,
  ManifestFix,
  NodeStats,
  SourceRange,
};

export interface QueryMessage {
  type: 'query';
  id: number;
  query: Query;
}

/** Move simulated time on until the cluster records its next Event (at most `maxMs`). */
export interface SkipMessage {
  type: 'skip';
  maxMs?: number;
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
  | InputMessage
  | QueryMessage
  | SkipMessage
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
  /**
   * The words this era's kubectl knows, for the console's tab completion (optional so that
   * hand-made test hosts need not build one; the page then completes nothing).
   */
  vocabulary?: Vocabulary;
}

/**
 * kubectl's words as the engine's command specs define them (src/worker/vocabulary.ts builds
 * it), so the page completes what the engine runs without importing the engine.
 */
export interface Vocabulary {
  commands: VocabularyCommand[];
  /** Flags every command takes (`--namespace`, `-n`, …). */
  globalFlags: VocabularyFlag[];
  resources: VocabularyResource[];
}

export interface VocabularyCommand {
  name: string;
  aliases: string[];
  flags: VocabularyFlag[];
  subcommands: VocabularyCommand[];
  /**
   * What the positional arguments name: `objects` (a resource type, then names of that type,
   * or `type/name`), `types` (resource types only), a kind (names of that kind), a pod and then
   * one of its containers (`logs`), or nothing.
   */
  args: 'objects' | 'types' | 'Pod' | 'PodContainer' | 'Node' | 'ReplicationController' | 'none';
}

export interface VocabularyFlag {
  name: string;
  shorthand?: string;
  /** False for a bool flag, which never takes the next word. */
  takesValue: boolean;
  /** What its value names, when the page can offer values: a kind, or the editor's files. */
  values?: 'files' | 'Pod' | 'Node' | 'Namespace' | 'Container';
  /** The values its usage line lists (`-o`: json, yaml, wide, …). */
  choices?: string[];
}

export interface VocabularyResource {
  kind: Kind;
  /** The name kubectl prints and completes: `pods` (2015 nodes: `minions`). */
  resource: string;
  /** Other names kubectl resolves: singular, short names, the kind. */
  aliases: string[];
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

/** The answer to an `input` or a `query`: its value, or why there is none. */
export interface AnswerMessage {
  type: 'answer';
  id: number;
  value?: unknown;
  error?: string;
}

/** An input ran: the page keeps the journal, so a lost cluster can be rebuilt from it. */
export interface JournalMessage {
  type: 'journal';
  entry: JournalEntry;
}

/**
 * What the picture shows beyond the stored objects, sent when it changes (at most a few times a
 * second): cAdvisor's figures, cached images and pulls in progress per node, and which
 * control-plane components run.
 */
export interface StatsMessage {
  type: 'stats';
  nodes: NodeStats[];
  components: Record<ControlPlaneComponent, boolean>;
}

export type HostMessage =
  | ReadyMessage
  | AnswerMessage
  | JournalMessage
  | StatsMessage
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
