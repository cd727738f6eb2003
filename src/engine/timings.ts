/**
 * The lifecycle timing table (kwok's "lifecycle as data"): every delay the simulated cluster
 * uses comes from here, so a lesson can shorten it through `createCluster({ timings })`.
 * Defaults are real Kubernetes defaults (k8s-reference §5, §6).
 */
export interface Timings {
  /** kubelet status heartbeat (`nodeStatusUpdateFrequency`). */
  nodeStatusUpdateFrequencyMs: number;
  /** Node controller check period (`node-monitor-period`). */
  nodeMonitorPeriodMs: number;
  /** Silence before a node turns Unknown (`node-monitor-grace-period`, 40 s). */
  nodeMonitorGracePeriodMs: number;
  /** Pod eviction timeout / default NoExecute toleration (300 s). */
  podEvictionTimeoutMs: number;
  /** Default `terminationGracePeriodSeconds` (30 s). */
  terminationGracePeriodMs: number;
  /** Restart and image-pull back-off base and cap (10 s, 300 s). */
  backOffInitialMs: number;
  backOffMaxMs: number;
  /** A container that runs this long without trouble resets its back-off (10 min). */
  backOffResetMs: number;
  /** Simulated registry bandwidth for image pulls, in bytes per second. */
  imagePullBytesPerSecond: number;
  /** How long the API server, controllers and scheduler take to react to a watch event. */
  watchLatencyMs: number;
  /** Creating a pod's sandbox: its network namespace, IP and volumes (about a second). */
  podSandboxMs: number;
  /** The runtime creating and starting one container. */
  containerStartMs: number;
  /** The kubelet's PLEG relist: how soon it notices a container exit (1 s). */
  plegRelistMs: number;
  /** Checking the registry for a newer image that is already present (`imagePullPolicy: Always`). */
  imageCheckMs: number;
}

export const DEFAULT_TIMINGS: Timings = {
  nodeStatusUpdateFrequencyMs: 10_000,
  nodeMonitorPeriodMs: 5_000,
  nodeMonitorGracePeriodMs: 40_000,
  podEvictionTimeoutMs: 300_000,
  terminationGracePeriodMs: 30_000,
  backOffInitialMs: 10_000,
  backOffMaxMs: 300_000,
  backOffResetMs: 600_000,
  imagePullBytesPerSecond: 20 * 1024 * 1024,
  watchLatencyMs: 50,
  podSandboxMs: 1_000,
  containerStartMs: 300,
  plegRelistMs: 1_000,
  imageCheckMs: 600,
};

/**
 * What the 2015 world did differently: pulls from the v1 Docker Hub to a Vagrant or GCE node of
 * 2015 took minutes for the seeds' images ("after waiting a few minutes for the todo image to
 * download"): about 1.25 MiB/s.
 */
export const LEGACY_TIMINGS: Partial<Timings> = {
  imagePullBytesPerSecond: 1.25 * 1024 * 1024,
};
