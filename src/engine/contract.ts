/**
 * The headless engine contract (DESIGN.md): what `createCluster` returns. Tests, benchmarks,
 * lessons, the worker and users' own scripts all use this and only this.
 */
import type { AnyObject, Kind } from './types';
import type { Timings } from './timings';
import type { SchedulingDecision } from './scheduler/types';
import type { SourceRange } from './api/decode/locate';

export type { SourceRange } from './api/decode/locate';

export type Era = 'modern' | '2015';

export interface NodeOptions {
  /** Defaults to `node-<n>`. */
  name?: string;
  /** CPU capacity as a quantity (`'2'`, `'1500m'`); default `'2'`. */
  cpu?: string;
  /** Memory capacity as a quantity (`'4Gi'`); default `'4Gi'`. */
  memory?: string;
  /** Pod capacity; default 110 (modern) or 40 (2015). */
  pods?: number;
  labels?: Record<string, string>;
}

export interface ClusterOptions {
  /** How many nodes (named node-1 … node-N), or each node's options. Default 3. */
  nodes?: number | NodeOptions[];
  /** Same seed + same inputs = byte-identical outputs. Default 1. */
  seed?: number;
  /** kubectl formats and era-specific behaviour. Default `'modern'`. */
  era?: Era;
  /** Overrides of the lifecycle timing table. */
  timings?: Partial<Timings>;
}

/** What a kubectl invocation printed and how it exited, as a terminal would show it. */
export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** More output from a streaming command; `end` when its stream closed (the container exited). */
export interface StreamChunk {
  stream: 'stdout' | 'end';
  text: string;
}

/** A command left running (`kubectl logs -f`). */
export interface KubectlStream {
  /** What it printed before returning, as `kubectl()` would give it. */
  result: KubectlResult;
  /** Whether output may still come. */
  readonly open: boolean;
  stop(): void;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change to one stored object, in resourceVersion order. */
export interface ObjectChange {
  type: WatchEventType;
  kind: Kind;
  /** The object after the change (for DELETED: its last state). */
  object: AnyObject;
  resourceVersion: number;
  /** Simulated ms since start when the change was written. */
  time: number;
}

export type { ControlMessage } from './messages';
import type { ControlMessage } from './messages';

/** A stored object changed, or a component took a step of the control loop. */
export type ClusterEvent =
  { type: 'change'; change: ObjectChange } | { type: 'message'; message: ControlMessage };

export interface ClusterSnapshot {
  era: Era;
  seed: number;
  /** Simulated ms since start. */
  now: number;
  /** Wall-clock ms (since 1970) that simulated time 0 stands for. */
  epochMs: number;
  /** The store's latest resourceVersion. */
  resourceVersion: number;
  /** Every stored object, ordered by kind, namespace and name; plain, serialisable. */
  objects: AnyObject[];
}

/** The master's components, as `faults.stopComponent` names them. */
export type ControlPlaneComponent = 'apiserver' | 'etcd' | 'scheduler' | 'controller-manager';

export interface StopNodeOptions {
  /**
   * `power-off` (default): the machine stops, and every container on it with it.
   * `network`: the node is cut off; its containers keep running, unseen and unreachable.
   */
  mode?: 'power-off' | 'network';
}

/** Faults a teacher, a lesson or a test can inject. */
export interface ClusterFaults {
  stopNode(name: string, options?: StopNodeOptions): void;
  /** Power the node on again, or reconnect it. */
  startNode(name: string): void;
  /** The container's process dies with `exitCode` (default 1); the kubelet reacts as to a crash. */
  crashContainer(pod: string, container: string, exitCode?: number, namespace?: string): void;
  stopComponent(name: ControlPlaneComponent): void;
  startComponent(name: ControlPlaneComponent): void;
}

/** What `cluster.request` answers: the pod that served the request, or why none did. */
export type RequestResult =
  { pod: string; node: string; podIP: string; via: string; status: number } | { error: string };

export interface RequestOptions {
  /** The node whose proxy the request enters through (default: the first Ready node). */
  from?: string;
  /** The service's namespace (default `default`). */
  namespace?: string;
}

/** One node as cAdvisor and the kubelet see it: what the picture draws beyond the Node object. */
export interface NodeStats {
  name: string;
  /** `off` after `faults.stopNode`; `network` while it is cut off (its containers still run). */
  power: 'on' | 'off' | 'network';
  /** cAdvisor's figures (0 while the machine is off). */
  cpuMilli: number;
  memoryBytes: number;
  /** The images the node holds, newest pull last. */
  images: { names: string[]; sizeBytes: number }[];
  /** Pulls in progress on this node. */
  pulls: ImagePullProgress[];
}

export interface ImagePullProgress {
  namespace: string;
  pod: string;
  image: string;
  pulledBytes: number;
  totalBytes: number;
}

/** One entry of a container's filesystem, as `docker export | tar -tv` would list it. */
export interface FileEntry {
  /** Absolute path, `/usr/share/nginx/html/index.html`. */
  path: string;
  type: 'file' | 'dir' | 'link';
  /** `-rw-r--r--`, `drwxr-xr-x`, `lrwxrwxrwx`. */
  mode: string;
  size: number;
  /** Where it comes from: the image, the container's writable layer, or a mounted volume. */
  source:
    { kind: 'image' } | { kind: 'layer' } | { kind: 'volume'; volume: string; mountPath: string };
  /** A link's target. */
  target?: string;
}

/** Options for checking a manifest without applying it. */
export interface ManifestCheckOptions {
  /** The file name kubectl would print (`pod.yaml`); default `STDIN`. */
  source?: string;
  /** The request's namespace (kubectl `-n`); default `default`. */
  namespace?: string;
}

/** A text edit: replace `range` (1-based lines and columns) with `text`. */
export interface ManifestEdit {
  range: SourceRange;
  text: string;
}

/** A quick fix for a diagnostic: what it does, in a few words, and its edits. */
export interface ManifestFix {
  title: string;
  edits: ManifestEdit[];
}

/**
 * One thing wrong (or suspicious) in a manifest, at the place in the text it is about. Errors
 * are what `kubectl apply -f` would print (kubectl's own parse errors, the API server's field
 * errors as a dry run returns them); warnings come from the label linter.
 */
export interface ManifestDiagnostic {
  severity: 'error' | 'warning';
  /** Kubernetes' own words where it has them: `metadata.labels: Invalid value: "a b": …`. */
  message: string;
  /** Who says so: kubectl reading the file, the API server's dry run, or the label linter. */
  source: 'kubectl' | 'apiserver' | 'lint';
  /** The document it is about (0-based, in the order kubectl reads them; List items count one each). */
  document: number;
  /** The API field path it is about, when there is one (`spec.containers[0].ports[0].containerPort`). */
  field?: string;
  /** Where in the text (the whole document's first line when nothing better is known). */
  range: SourceRange;
  /** Quick fixes, where one is obvious. */
  fixes?: ManifestFix[];
}

/**
 * One object of a manifest as `kubectl diff -f` sees it: the live object and the object a
 * server-side dry run of `kubectl apply` would make, both as YAML (`kubectl get -o yaml`).
 */
export interface ManifestDiff {
  /** kubectl diff's file name for it: `v1.Pod.default.web`, `apps.v1.Deployment.default.web`. */
  name: string;
  kind: string;
  namespace?: string;
  objectName: string;
  /** The live object; empty when it does not exist yet. */
  live: string;
  /** What applying would make; empty when applying would fail (see `error`). */
  merged: string;
  /** Why applying would fail, as kubectl would print it. */
  error?: string;
}

export interface Cluster {
  readonly era: Era;
  readonly seed: number;
  /** Simulated ms since the cluster started. */
  readonly now: number;
  /** Run a command line as a user types it (with or without the leading `kubectl`). */
  kubectl(commandLine: string, stdin?: string): KubectlResult;
  /** Like `kubectl`, but `logs -f` keeps streaming through `onOutput` as simulated time runs. */
  kubectlStream(
    commandLine: string,
    onOutput: (chunk: StreamChunk) => void,
    stdin?: string,
  ): KubectlStream;
  /** `kubectl apply -f -` of JSON or YAML (one or many documents). */
  apply(manifest: string): KubectlResult;
  /** Move simulated time forward, running everything that falls due. */
  advance(ms: number): void;
  snapshot(): ClusterSnapshot;
  /** Change events; returns the function that unsubscribes. */
  watch(listener: (event: ClusterEvent) => void): () => void;
  readonly faults: ClusterFaults;
  /** One request to a service through a node's proxy (DESIGN.md). */
  request(service: string, options?: RequestOptions): RequestResult;
  /** Why the scheduler put a pod where it did, or nowhere: per node, per plugin (the last 200 decisions). */
  schedulingTrace(namespace: string, name: string): SchedulingDecision | undefined;
  /** Which control-plane components run. */
  componentStatus(): Record<ControlPlaneComponent, boolean>;
  /** Each node's usage, images and pulls in progress, by node name. */
  nodeStats(): NodeStats[];
  /** A running container's filesystem: its image, its writable layer and its mounts. */
  containerFiles(namespace: string, pod: string, container: string): FileEntry[];
  /**
   * What `kubectl apply -f` of this text would say, without applying it (a server-side dry run),
   * plus the label linter's warnings, each at its place in the text. Changes nothing: not the
   * store, not the random numbers, not the control loop.
   */
  validateManifest(manifest: string, options?: ManifestCheckOptions): ManifestDiagnostic[];
  /** `kubectl diff -f`: each object of the text, live and as applying it would make it. Changes nothing. */
  diffManifest(manifest: string, options?: ManifestCheckOptions): ManifestDiff[];
}
