/**
 * A node's kubelet: it posts the node's heartbeat, watches the pods bound to its node (a watch
 * with `spec.nodeName=<node>`), and runs one pod worker per pod. It serves its port 10250 for
 * logs, exec and stats. A node can be powered off (every container dies with it) or cut from
 * the network (containers keep running; the kubelet can neither hear nor tell the API server),
 * and come back; either way it relists its pods and carries on.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { Rand } from '../rand';
import type { Timings } from '../timings';
import type { Node, Pod, Service } from '../types';
import { Backoff } from './backoff';
import { NodeHeartbeat } from './heartbeat';
import { kubeletEvents, type KubeletEvent } from './kubeletEvents';
import type { ExecResult, KubeletAnswer, LogEntry, NodeUsage, PodUsage } from './kubeletApi';
import type { NodePodWatch } from './podWatch';
import { PodWorker, type PullInProgress } from './podWorker';
import { ImageStore } from './runtime/imageStore';
import { PodIPs } from './runtime/podIPs';
import type { ProgramContext } from './runtime/programs';
import type { HttpResult, ShellEffect } from './shell';
import { runCommand } from './shell';
import type { PodVolumes, WorkerHost } from './workerHost';

/** How the node reaches the rest of the cluster's network. */
export interface NodeNetwork {
  /** A request from a pod on this node (its IP is the client address). */
  http(url: string, from: { nodeName: string; clientIP: string; namespace: string }): HttpResult;
  /** Straight to a pod's IP and port, as probes go. */
  deliver(
    podIP: string,
    port: number,
    path: string,
    clientIP: string,
  ): { status: number; body: string } | undefined;
}

export interface KubeletDeps {
  api: ApiClient;
  events: EventRecorder;
  clock: SimClock;
  rand: Rand;
  era: Era;
  timings: Timings;
  nodeName: string;
  nodeIP: string;
  podCIDR: string;
  podWatch: NodePodWatch;
  volumes: (nodeName: string) => PodVolumes;
  network: NodeNetwork;
  /** A pod's sandbox came up with this IP on this node (for the network's directory). */
  onPodIP: (ip: string, worker: PodWorker | undefined, kubelet: Kubelet) => void;
}

export type NodePower = 'on' | 'off' | 'network-cut';

/** The part of a pod's spec that may change while it runs: its containers' images. */
const imagesOf = (pod: Pod): string => pod.spec.containers.map((c) => c.image).join('\n');

/** What the kubelet, the container runtime and the OS use on an idle node. */
const SYSTEM_USAGE = { cpuMilli: 48, memoryBytes: 512 * 1024 * 1024 };

/** The most simulated time one `exec` may take (a `tail -f` never ends by itself). */
const EXEC_LIMIT_MS = 60_000;

export class Kubelet implements WorkerHost {
  readonly clock: SimClock;
  readonly era: Era;
  readonly timings: Timings;
  readonly rand: Rand;
  readonly nodeName: string;
  readonly nodeIP: string;
  readonly api: ApiClient;
  readonly events;
  readonly images: ImageStore;
  readonly ips: PodIPs;
  readonly restartBackOff: Backoff;
  readonly pullBackOff: Backoff;
  readonly volumes: PodVolumes;
  private readonly heartbeat: NodeHeartbeat;
  private readonly workers = new Map<string, PodWorker>();
  private stopWatch: (() => void) | undefined;
  power: NodePower = 'off';

  constructor(private readonly deps: KubeletDeps) {
    this.clock = deps.clock;
    this.era = deps.era;
    this.timings = deps.timings;
    this.rand = deps.rand;
    this.nodeName = deps.nodeName;
    this.nodeIP = deps.nodeIP;
    this.api = deps.api;
    this.events = kubeletEvents(deps.era);
    this.images = new ImageStore(deps.timings.imagePullBytesPerSecond, deps.timings.imageCheckMs);
    this.ips = new PodIPs(deps.podCIDR);
    this.restartBackOff = Backoff.fromTimings(deps.timings);
    this.pullBackOff = Backoff.fromTimings(deps.timings);
    this.volumes = deps.volumes(deps.nodeName);
    this.heartbeat = new NodeHeartbeat(
      deps.api,
      deps.clock,
      deps.nodeName,
      deps.timings.nodeStatusUpdateFrequencyMs,
      () => this.imageStatus(),
    );
  }

  /** `status.images`: what the node has pulled, largest first, at most 50 (the kubelet's cap). */
  private imageStatus(): Partial<NonNullable<Node['status']>> {
    const images = this.images.list().slice(0, 50);
    // the v1.0 kubelet did not report images yet
    if (images.length === 0 || this.era === '2015') return {};
    return {
      images: images.map((i) => ({
        names: [i.repoDigest, ...[...i.names].sort()],
        sizeBytes: i.sizeBytes,
      })),
    };
  }

  /** Whether the kubelet is posting status (the node is on and connected). */
  get running(): boolean {
    return this.power === 'on';
  }

  /** Power on (or reconnect): heartbeats resume, and the kubelet relists its pods. */
  start(): void {
    if (this.power === 'on') return;
    const wasCut = this.power === 'network-cut';
    this.power = 'on';
    this.heartbeat.start();
    this.stopWatch = this.deps.podWatch.watch(this.nodeName, (type, pod) =>
      this.podEvent(type, pod),
    );
    this.relist(wasCut);
  }

  /** The node is powered off: heartbeats stop and every container dies with it. */
  stop(): void {
    if (this.power === 'off') return;
    this.disconnect();
    this.power = 'off';
    for (const worker of this.workers.values()) {
      worker.powerOff();
      if (worker.podIP) this.deps.onPodIP(worker.podIP, undefined, this);
      this.ips.release(worker.uid);
    }
    this.workers.clear();
  }

  /** The node is cut from the network: containers run on, but the API server hears nothing. */
  cutNetwork(): void {
    if (this.power !== 'on') return;
    this.disconnect();
    this.power = 'network-cut';
  }

  private disconnect(): void {
    this.heartbeat.stop();
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  connected(): boolean {
    return this.power === 'on' && this.api.api.outage === undefined;
  }

  /** The API server answers again: report every pod's status afresh. */
  reconnect(): void {
    if (this.power === 'on') this.relist(true);
  }

  /** Every pod bound here, as the API server has them now: start, update or stop workers. */
  private relist(afterCut: boolean): void {
    const mine = this.api.list('Pod', {
      fieldSelector: (p) => (p as Pod).spec.nodeName === this.nodeName,
    });
    const seen = new Set<string>();
    for (const pod of mine) {
      seen.add(pod.metadata.uid ?? '');
      this.podEvent('MODIFIED', pod);
    }
    for (const [uid, worker] of this.workers) {
      if (seen.has(uid)) {
        if (afterCut) worker.writeStatus();
        continue;
      }
      worker.deleted();
    }
  }

  private podEvent(type: 'ADDED' | 'MODIFIED' | 'DELETED', pod: Pod): void {
    const uid = pod.metadata.uid ?? '';
    const worker = this.workers.get(uid);
    if (type === 'DELETED' || pod.spec.nodeName !== this.nodeName) {
      worker?.deleted();
      return;
    }
    if (worker) {
      // its own status writes come back too; only what the user or controllers change matters
      if (worker.pod.metadata.deletionTimestamp !== pod.metadata.deletionTimestamp)
        worker.update(pod);
      else if (imagesOf(worker.pod) !== imagesOf(pod)) worker.specChanged(pod);
      else worker.pod = pod;
      return;
    }
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') {
      if (pod.metadata.deletionTimestamp) this.finalize(pod);
      return;
    }
    const fresh = new PodWorker(this, pod);
    this.workers.set(uid, fresh);
    if (pod.metadata.deletionTimestamp) fresh.update(pod);
    else fresh.requestSync();
  }

  /** A finished pod being deleted has nothing left to stop. */
  private finalize(pod: Pod): void {
    try {
      this.api.finalizeDelete('Pod', pod.metadata.namespace, pod.metadata.name);
    } catch {
      // already gone, or the API server is away: the next relist finishes it
    }
  }

  // ---- WorkerHost ----------------------------------------------------------------------

  services(namespace: string): Service[] {
    const own = this.api.api.list('Service', { namespace });
    return namespace === 'default'
      ? own
      : [...this.api.api.list('Service', { namespace: 'default' }), ...own];
  }

  http(worker: PodWorker, url: string): HttpResult {
    return this.deps.network.http(url, {
      nodeName: this.nodeName,
      clientIP: worker.podIP ?? this.nodeIP,
      namespace: worker.namespace,
    });
  }

  deliver(
    podIP: string,
    port: number,
    path: string,
    clientIP: string,
  ): { status: number; body: string } | undefined {
    return this.deps.network.deliver(podIP, port, path, clientIP);
  }

  record(pod: Pod, event: KubeletEvent, fieldPath?: string): void {
    if (!this.connected()) return;
    this.deps.events.record({
      involved: pod,
      ...event,
      source: { component: 'kubelet', host: this.nodeName },
      ...(fieldPath ? { fieldPath } : {}),
    });
  }

  newContainerId(): string {
    return this.rand.string(64, '0123456789abcdef');
  }

  sandboxReady(worker: PodWorker): void {
    if (worker.podIP) this.deps.onPodIP(worker.podIP, worker, this);
  }

  podGone(worker: PodWorker): void {
    this.workers.delete(worker.uid);
    if (worker.podIP) this.deps.onPodIP(worker.podIP, undefined, this);
    this.ips.release(worker.uid);
    this.volumes.tearDown(worker.pod);
  }

  // ---- port 10250 ----------------------------------------------------------------------

  private workerOf(namespace: string, name: string): PodWorker | undefined {
    for (const w of this.workers.values())
      if (w.pod.metadata.name === name && w.namespace === namespace) return w;
    return undefined;
  }

  private unreachable(): { ok: false; reason: 'unreachable'; nodeName: string; nodeIP: string } {
    return { ok: false, reason: 'unreachable', nodeName: this.nodeName, nodeIP: this.nodeIP };
  }

  hasPod(namespace: string, name: string): boolean {
    return this.workerOf(namespace, name) !== undefined;
  }

  containerLogs(
    namespace: string,
    pod: string,
    container: string,
    previous: boolean,
  ): KubeletAnswer<LogEntry[]> {
    if (this.power !== 'on') return this.unreachable();
    const c = this.workerOf(namespace, pod)?.container(container);
    const instance = previous ? c?.previous : c?.current;
    if (!instance) return { ok: false, reason: 'not-found' };
    return { ok: true, value: [...instance.log.entries] };
  }

  followLogs(
    namespace: string,
    pod: string,
    container: string,
    onEntry: (entry: LogEntry) => void,
    onEnd: () => void,
  ): KubeletAnswer<() => void> {
    if (this.power !== 'on') return this.unreachable();
    const process = this.workerOf(namespace, pod)?.container(container)?.current;
    if (!process) return { ok: false, reason: 'not-found' };
    if (!process.running) {
      onEnd();
      return { ok: true, value: () => undefined };
    }
    const stopLines = process.log.subscribe(onEntry);
    const ended = (): void => {
      stopLines();
      onEnd();
    };
    process.exitListeners.add(ended);
    return {
      ok: true,
      value: () => {
        stopLines();
        process.exitListeners.delete(ended);
      },
    };
  }

  exec(
    namespace: string,
    pod: string,
    container: string,
    argv: string[],
  ): KubeletAnswer<ExecResult> {
    if (this.power !== 'on') return this.unreachable();
    const worker = this.workerOf(namespace, pod);
    const c = worker?.container(container);
    if (!worker || !c) return { ok: false, reason: 'not-found' };
    const process = c.current;
    if (!process?.running) return { ok: false, reason: 'not-running' };
    const run = runCommand(argv, { ...process.ctx });
    const out = { stdout: '', stderr: '' };
    let answer: HttpResult | undefined;
    let elapsed = 0;
    for (;;) {
      const step = run.next(answer);
      answer = undefined;
      if (step.done) return { ok: true, value: { ...out, exitCode: step.value } };
      const effect: ShellEffect = step.value;
      if (effect.type === 'stdout' || effect.type === 'stderr') out[effect.type] += effect.text;
      else if (effect.type === 'http') answer = this.http(worker, effect.url);
      else {
        if (elapsed + effect.ms > EXEC_LIMIT_MS) {
          // kubectl would still be waiting; the simulation hands back what was printed
          run.return(0);
          return { ok: true, value: { ...out, exitCode: 0 } };
        }
        elapsed += effect.ms;
        this.clock.advance(effect.ms);
      }
    }
  }

  /** cAdvisor's view of each running pod: idle use plus the work of recent requests. */
  podUsage(): PodUsage[] {
    if (this.power !== 'on') return [];
    const windowMs = 60_000;
    const now = this.clock.now;
    const result: PodUsage[] = [];
    for (const worker of this.workers.values()) {
      const processes = worker.processes();
      if (processes.length === 0) continue;
      result.push({
        namespace: worker.namespace,
        name: worker.pod.metadata.name,
        containers: worker.pod.spec.containers.flatMap((spec) => {
          const p = worker.container(spec.name)?.current;
          if (!p?.running) return [];
          const usage = (p.ctx as ProgramContext).image.usage;
          while (p.served.length && (p.served[0] ?? 0) < now - windowMs) p.served.shift();
          const perSecond = (p.served.length * 1000) / windowMs;
          return [
            {
              name: spec.name,
              cpuMilli: Math.max(
                1,
                Math.round(usage.idleMilliCpu + usage.perRequestMilliCpu * perSecond * 10),
              ),
              memoryBytes: usage.idleMemoryBytes + p.log.entries.length * 64,
            },
          ];
        }),
      });
    }
    return result;
  }

  /** A fault: the container's process dies now with `exitCode`. */
  crashContainer(namespace: string, pod: string, container: string, exitCode: number): void {
    const process = this.workerOf(namespace, pod)?.container(container)?.current;
    if (!process?.running)
      throw new RangeError(`container "${container}" of pod "${pod}" is not running`);
    process.kill(exitCode);
  }

  /** The node's own use: the system daemons, plus every running container. */
  nodeUsage(): NodeUsage[] {
    if (this.power !== 'on') return [];
    const pods = this.podUsage().flatMap((p) => p.containers);
    return [
      {
        name: this.nodeName,
        cpuMilli: SYSTEM_USAGE.cpuMilli + pods.reduce((n, c) => n + c.cpuMilli, 0),
        memoryBytes: SYSTEM_USAGE.memoryBytes + pods.reduce((n, c) => n + c.memoryBytes, 0),
      },
    ];
  }

  /** The image pulls in progress on this node, by pod (what `crictl` would show). */
  pullsInProgress(): { namespace: string; pod: string; pull: PullInProgress }[] {
    if (this.power === 'off') return [];
    return [...this.workers.values()].flatMap((w) =>
      w.pullsInProgress().map((pull) => ({
        namespace: w.namespace,
        pod: w.pod.metadata.name,
        pull,
      })),
    );
  }

  /** The pod with a container instance listening on this IP and port, for the network. */
  workerByIP(ip: string): PodWorker | undefined {
    for (const w of this.workers.values()) if (w.podIP === ip) return w;
    return undefined;
  }
}
