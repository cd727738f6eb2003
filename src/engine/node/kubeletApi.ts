/**
 * What a kubelet serves on its port 10250, as the API server reaches it for kubectl: container
 * logs, exec, and the stats metrics-server scrapes for `kubectl top`. The kubelets implement it;
 * kubectl's `logs`, `exec` and `top` read through it and word the answers as kubectl does.
 */

/** One line a container wrote, with the wall-clock ms it was written at (no trailing newline). */
export interface LogEntry {
  wallMs: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ContainerUsage {
  name: string;
  /** CPU in millicores, averaged over the last scrape window. */
  cpuMilli: number;
  /** Working-set memory in bytes. */
  memoryBytes: number;
}

export interface PodUsage {
  namespace: string;
  name: string;
  containers: ContainerUsage[];
}

export interface NodeUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

/**
 * Why the kubelet could not answer: its node is down or cut off (`unreachable`, with the
 * node's address for the dial error), it has no such pod or container instance (`not-found`),
 * or the container is not running (`not-running`, exec only).
 */
export type KubeletFailure =
  | { ok: false; reason: 'unreachable'; nodeName: string; nodeIP: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'not-running' };

export type KubeletAnswer<T> = { ok: true; value: T } | KubeletFailure;

export interface KubeletApi {
  /** The current instance's lines, or the previous (last terminated) instance's. */
  containerLogs(
    namespace: string,
    pod: string,
    container: string,
    previous: boolean,
  ): KubeletAnswer<LogEntry[]>;
  /**
   * `logs -f`: every line the current instance writes from now on, until it exits (then
   * `onEnd`). The answer holds the function that stops following.
   */
  followLogs?(
    namespace: string,
    pod: string,
    container: string,
    onEntry: (entry: LogEntry) => void,
    onEnd: () => void,
  ): KubeletAnswer<() => void>;
  /** Runs `argv` in the running container, over simulated time, and returns what it printed. */
  exec(
    namespace: string,
    pod: string,
    container: string,
    argv: string[],
    stdin?: string,
  ): KubeletAnswer<ExecResult>;
  /** Usage of every running pod (all namespaces), as metrics-server would report it. */
  podUsage(): PodUsage[];
  /** Usage of every node whose kubelet answers. */
  nodeUsage(): NodeUsage[];
}
