/** What a kubelet gives each of its pod workers: its clock, stores, network and API client. */
import type { ApiClient } from '../api/client';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { Rand } from '../rand';
import type { Timings } from '../timings';
import type { Container, Pod, Service } from '../types';
import type { Backoff } from './backoff';
import type { ImageFile } from './images';
import type { KubeletEvent, KubeletEventTexts } from './kubeletEvents';
import type { PodWorker } from './podWorker';
import type { ImageStore } from './runtime/imageStore';
import type { PodIPs } from './runtime/podIPs';
import type { HttpResult, ShellFS } from './shell';

/** The node's volume plugins, as the pod workers use them. */
export interface PodVolumes {
  /** Attach and mount every volume of the pod; the error names the event reason. */
  setUp(pod: Pod): { ok: true } | { ok: false; reason: string; message: string };
  /** A new container instance's filesystem: the image's files under the pod's mounts. */
  fileSystem(pod: Pod, container: Container, imageFiles: Record<string, ImageFile>): ShellFS;
  /** The pod is gone from the node: emptyDirs go, disks detach. */
  tearDown(pod: Pod): void;
}

export interface WorkerHost {
  readonly clock: SimClock;
  readonly era: Era;
  readonly timings: Timings;
  readonly rand: Rand;
  readonly nodeName: string;
  readonly nodeIP: string;
  readonly api: ApiClient;
  readonly events: KubeletEventTexts;
  readonly images: ImageStore;
  readonly ips: PodIPs;
  readonly restartBackOff: Backoff;
  readonly pullBackOff: Backoff;
  readonly volumes: PodVolumes;
  /** Services of the namespace (and the master's) for the container's environment. */
  services(namespace: string): Service[];
  /** A request from a container of `worker`'s pod, through the cluster network. */
  http(worker: PodWorker, url: string): HttpResult;
  /** A request straight to a pod IP and port (probes). Undefined: nothing listens. */
  deliver(
    podIP: string,
    port: number,
    path: string,
    clientIP: string,
  ): { status: number; body: string } | undefined;
  record(pod: Pod, event: KubeletEvent, fieldPath?: string): void;
  newContainerId(): string;
  /** Whether the kubelet can reach the API server. */
  connected(): boolean;
  sandboxReady(worker: PodWorker): void;
  podGone(worker: PodWorker): void;
}
