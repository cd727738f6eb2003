/**
 * A simulated cluster: one clock, one seeded RNG, one store, the API server, and the
 * components that talk to it. `createCluster` (index.ts) builds one of these.
 */
import { ApiServer } from './api/apiserver';
import { isStatusError } from './api/status';
import { EventRecorder } from './api/events';
import { SimClock } from './clock';
import type {
  Cluster,
  ClusterEvent,
  ClusterFaults,
  ControlPlaneComponent,
  RequestOptions,
  RequestResult,
  ClusterOptions,
  ClusterSnapshot,
  Era,
  KubectlResult,
  KubectlStream,
  StreamChunk,
  NodeOptions,
  NodeStats,
  FileEntry,
  ManifestCheckOptions,
  ManifestDiagnostic,
  ManifestDiff,
} from './contract';
import { startControllerManager } from './controllers/controllerManager';
import { Kubelet } from './node/kubelet';
import { containerFilesOf } from './node/containerFiles';
import { PodDirectory } from './node/podDirectory';
import { NodePodWatch } from './node/podWatch';
import { ClusterNetwork } from './proxy/network';
import { KubeProxy } from './proxy/kubeProxy';
import { nodeVolumes } from './node/podVolumes';
import { VolumeWorld } from './node/volumes';
import type { KubeletApi } from './node/kubeletApi';
import { startScheduler, type SchedulerHandle } from './scheduler/schedulerLoop';
import type { SchedulingDecision } from './scheduler';
import { eraProfile, type EraProfile } from './era';
import { runKubectl, runKubectlStreaming, type KubectlContext } from './kubectl/run';
import { diffManifest, validateManifest, type CheckContext } from './kubectl/check';
import { registerNode } from './node/registration';
import { Rand } from './rand';
import { Store } from './store/store';
import { MessageLog } from './messages';
import { nodeStatsOf } from './node/nodeStats';
import { DEFAULT_TIMINGS, LEGACY_TIMINGS, type Timings } from './timings';
import type { AnyObject, Service } from './types';
import { clone } from './util/freeze';

export class SimCluster implements Cluster {
  readonly era: Era;
  readonly seed: number;
  readonly timings: Timings;
  readonly profile: EraProfile;
  readonly clock: SimClock;
  readonly rand: Rand;
  readonly store: Store;
  readonly api: ApiServer;
  readonly events: EventRecorder;
  readonly messages: MessageLog;
  private readonly kubectlContext: KubectlContext;
  readonly kubelets = new Map<string, Kubelet>();
  /** Which pod has which IP: the flat pod network. */
  readonly pods = new PodDirectory();
  private readonly podWatch: NodePodWatch;
  /** The storage outside the pods: NFS exports, cloud disks, nodes' own files, emptyDirs. */
  readonly volumeWorld: VolumeWorld;
  /** Each node's kube-proxy, by node name. */
  readonly proxies = new Map<string, KubeProxy>();
  /** DNS, proxies and the pod network: where every request goes. */
  readonly network: ClusterNetwork;

  private scheduler: SchedulerHandle | undefined;
  private stopControllerManager: (() => void) | undefined;
  /** Faults a teacher or a test can inject (more arrive with the pod lifecycle). */
  readonly faults: ClusterFaults = {
    stopNode: (name, options = {}) => {
      const kubelet = this.kubeletOf(name);
      if (options.mode === 'network') kubelet.cutNetwork();
      else kubelet.stop();
      this.proxies.get(name)?.stop();
      this.clock.settle();
    },
    startNode: (name) => {
      this.kubeletOf(name).start();
      this.proxies.get(name)?.start();
      this.clock.settle();
    },
    crashContainer: (pod, container, exitCode = 1, namespace = 'default') => {
      const nodeName = this.api.find('Pod', namespace, pod)?.spec.nodeName;
      const kubelet = nodeName ? this.kubelets.get(nodeName) : undefined;
      if (!kubelet) throw new RangeError(`pod "${pod}" is not running on any node`);
      kubelet.crashContainer(namespace, pod, container, exitCode);
      this.clock.settle();
    },
    stopComponent: (name) => this.setComponent(name, false),
    startComponent: (name) => this.setComponent(name, true),
  };

  constructor(options: ClusterOptions = {}) {
    this.era = options.era === '2015' ? '2015' : 'modern';
    this.seed = Number.isFinite(options.seed) ? Math.trunc(options.seed as number) : 1;
    this.timings = {
      ...DEFAULT_TIMINGS,
      ...(this.era === '2015' ? LEGACY_TIMINGS : {}),
      ...options.timings,
    };
    this.profile = eraProfile(this.era);
    this.clock = new SimClock(this.profile.epochMs);
    this.rand = new Rand(this.seed);
    this.store = new Store();
    this.messages = new MessageLog(this.clock);
    this.api = new ApiServer({
      store: this.store,
      messages: this.messages,
      clock: this.clock,
      rand: this.rand,
      era: this.era,
      serviceCIDR: this.profile.serviceCIDR,
      nodePortRange: { min: 30000, max: 32767 },
    });
    this.events = new EventRecorder(this.api, this.clock);
    this.volumeWorld = new VolumeWorld({ era: this.era, now: () => this.clock.wallMs });
    this.podWatch = new NodePodWatch(
      this.api,
      this.messages,
      this.clock,
      this.timings.watchLatencyMs,
    );
    this.network = new ClusterNetwork(this.proxies, this.api, this.era, {
      deliver: (r) => this.pods.deliver(r.podIP, r.port, r.path, r.clientIP),
      podByIP: (ip) => this.pods.podByIP(ip),
    });
    this.bootstrap(nodeOptions(options.nodes));
    this.stopControllerManager = this.startControllerManager();
    this.scheduler = this.startScheduler();
    this.kubectlContext = {
      api: this.api.client('kubectl'),
      clock: this.clock,
      era: this.era,
      profile: this.profile,
      kubelets: this.kubeletApi(),
    };
  }

  get now(): number {
    return this.clock.now;
  }

  kubectl(commandLine: string, stdin?: string): KubectlResult {
    const line = String(commandLine ?? '');
    const offline = this.outageResult();
    // help and the client's own version need no server
    if (
      offline &&
      !/^\s*(kubectl\s+)?(help\b|version\s+--client|[a-z-]+\s+(-h|--help)\b)/.test(line)
    )
      return offline;
    const result = runKubectl(this.kubectlContext, line, stdin);
    // what the command set in motion at this instant happens before the prompt returns
    this.clock.settle();
    return result;
  }

  /**
   * A command line whose output may go on as simulated time runs (`logs -f`): `onOutput` gets
   * what the command prints after it returns, until the stream ends or `stop()` is called.
   * Other commands behave exactly as with `kubectl()`.
   */
  kubectlStream(
    commandLine: string,
    onOutput: (chunk: StreamChunk) => void,
    stdin?: string,
  ): KubectlStream {
    const line = String(commandLine ?? '');
    const offline = this.outageResult();
    if (offline) return { result: offline, stop: () => undefined, open: false };
    const { result, followers } = runKubectlStreaming(this.kubectlContext, line, stdin);
    let open = followers.length;
    const stops = followers.map((start) =>
      start(
        (text) => onOutput({ stream: 'stdout', text }),
        () => {
          open--;
          if (open === 0) onOutput({ stream: 'end', text: '' });
        },
      ),
    );
    this.clock.settle();
    const stream: KubectlStream = {
      result,
      get open() {
        return open > 0;
      },
      stop: () => {
        stops.splice(0).forEach((stop) => stop());
        open = 0;
      },
    };
    return stream;
  }

  apply(manifest: string): KubectlResult {
    return this.kubectl('apply -f -', manifest);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advance() takes a non-negative number of ms, got ${ms}`);
    this.clock.advance(ms);
  }

  snapshot(): ClusterSnapshot {
    const objects: AnyObject[] = this.store.list<AnyObject>('/registry/').map(clone);
    return {
      era: this.era,
      seed: this.seed,
      now: this.clock.now,
      epochMs: this.clock.epochMs,
      resourceVersion: this.store.currentRevision,
      objects,
    };
  }

  watch(listener: (event: ClusterEvent) => void): () => void {
    const stopChanges = this.api.watchAll((e) =>
      listener({
        type: 'change',
        change: {
          type: e.type,
          kind: e.kind,
          object: e.object,
          resourceVersion: e.resourceVersion,
          time: this.clock.now,
        },
      }),
    );
    const stopMessages = this.messages.subscribe((message) =>
      listener({ type: 'message', message }),
    );
    return () => {
      stopChanges();
      stopMessages();
    };
  }

  /**
   * One request through a service proxy: `request('redis-master')` enters through the first
   * Ready node's proxy (or `from`'s) and reports the pod that answered.
   */
  request(service: string, options: RequestOptions = {}): RequestResult {
    const result = this.network.request(service, options);
    this.clock.settle();
    return result;
  }

  nodeStats(): NodeStats[] {
    return [...this.kubelets.values()].map(nodeStatsOf);
  }

  /** A running container's files: its image, its writable layer and its mounted volumes. */
  containerFiles(namespace: string, pod: string, container: string): FileEntry[] {
    return containerFilesOf(
      this.api.find('Pod', namespace, pod),
      { namespace, pod, container },
      (node) => this.kubelets.get(node),
      this.era,
    );
  }

  /** `kubectl apply -f` as a dry run, plus the label linter: what the editor marks. */
  validateManifest(manifest: string, options?: ManifestCheckOptions): ManifestDiagnostic[] {
    return validateManifest(this.checkContext(), manifest, options);
  }

  /** `kubectl diff -f`: live and merged, per object. */
  diffManifest(manifest: string, options?: ManifestCheckOptions): ManifestDiff[] {
    return diffManifest(this.checkContext(), manifest, options);
  }

  private checkContext(): CheckContext {
    return { api: this.api, rand: this.rand, era: this.era };
  }

  /** Why the scheduler put a pod where it did (or nowhere): per node, per plugin. */
  schedulingTrace(namespace: string, name: string): SchedulingDecision | undefined {
    return this.scheduler?.trace(namespace, name);
  }

  private startScheduler(): SchedulerHandle {
    return startScheduler(
      this.api.client('scheduler'),
      this.events,
      this.clock,
      this.rand,
      this.era,
      this.timings.watchLatencyMs,
    );
  }

  private startControllerManager(): () => void {
    return startControllerManager({
      api: this.api.client('controller-manager'),
      events: this.events,
      clock: this.clock,
      era: this.era,
      timings: this.timings,
    });
  }

  /** Components as the user wants them (a fault stops one; an outage only pauses it). */
  private readonly wanted: Record<ControlPlaneComponent, boolean> = {
    apiserver: true,
    etcd: true,
    scheduler: true,
    'controller-manager': true,
  };

  /** Which components are running now, as the page shows them. */
  componentStatus(): Record<ControlPlaneComponent, boolean> {
    return { ...this.wanted };
  }

  private setComponent(name: ControlPlaneComponent, running: boolean): void {
    if (!(name in this.wanted))
      throw new RangeError(`unknown control-plane component "${String(name)}"`);
    const wasServing = this.api.outage === undefined;
    this.wanted[name] = running;
    this.api.outage = !this.wanted.apiserver ? 'apiserver' : !this.wanted.etcd ? 'etcd' : undefined;
    const serving = this.api.outage === undefined;
    // a scheduler or controller-manager cut off from the API server does nothing; when the API
    // server answers again they reconnect and relist, as the real processes do
    const run = (component: 'scheduler' | 'controller-manager', on: boolean): void => {
      if (component === 'scheduler') {
        if (on) this.scheduler ??= this.startScheduler();
        else {
          this.scheduler?.stop();
          this.scheduler = undefined;
        }
      } else if (on) this.stopControllerManager ??= this.startControllerManager();
      else {
        this.stopControllerManager?.();
        this.stopControllerManager = undefined;
      }
    };
    run('scheduler', serving && this.wanted.scheduler);
    run('controller-manager', serving && this.wanted['controller-manager']);
    if (serving && !wasServing) for (const kubelet of this.kubelets.values()) kubelet.reconnect();
    this.messages.record('kubectl', name, running ? `start ${name}` : `stop ${name}`);
    this.clock.settle();
  }

  /** What kubectl says when it cannot get an answer from the control plane. */
  private outageResult(): KubectlResult | undefined {
    const ip = this.profile.masterIP;
    if (this.api.outage === 'apiserver')
      return {
        stdout: '',
        stderr:
          this.era === '2015'
            ? `error: couldn't read version from server: Get https://${ip}/api: dial tcp ${ip}:443: connection refused\n`
            : `The connection to the server ${ip}:6443 was refused - did you specify the right host or port?\n`,
        exitCode: 1,
      };
    if (this.api.outage === 'etcd')
      return {
        stdout: '',
        stderr:
          this.era === '2015'
            ? 'Error from server: 501: All the given peers are not reachable (Tried to connect to each peer twice and failed) [0]\n'
            : 'Error from server: etcdserver: request timed out\n',
        exitCode: 1,
      };
    return undefined;
  }

  /** The API server's proxy to each pod's kubelet (logs, exec) and metrics-server's scrape. */
  private kubeletApi(): KubeletApi {
    const kubeletFor = (namespace: string, pod: string): Kubelet | undefined => {
      const node = this.api.find('Pod', namespace, pod)?.spec.nodeName;
      return node ? this.kubelets.get(node) : undefined;
    };
    const notFound = { ok: false, reason: 'not-found' } as const;
    return {
      containerLogs: (namespace, pod, container, previous) =>
        kubeletFor(namespace, pod)?.containerLogs(namespace, pod, container, previous) ?? notFound,
      followLogs: (namespace, pod, container, onEntry, onEnd) =>
        kubeletFor(namespace, pod)?.followLogs(namespace, pod, container, onEntry, onEnd) ??
        notFound,
      exec: (namespace, pod, container, argv) =>
        kubeletFor(namespace, pod)?.exec(namespace, pod, container, argv) ?? notFound,
      podUsage: () => [...this.kubelets.values()].flatMap((k) => k.podUsage()),
      nodeUsage: () => [...this.kubelets.values()].flatMap((k) => k.nodeUsage()),
    };
  }

  private kubeletOf(name: string): Kubelet {
    const kubelet = this.kubelets.get(name);
    if (!kubelet) throw new RangeError(`there is no node "${name}"`);
    return kubelet;
  }

  /**
   * The API server keeps its own services (`kubernetes`, and 2015's `kubernetes-ro`) and their
   * Endpoints: it checks every 10 s and recreates what a user deleted, at the same address.
   */
  private reconcileMasterServices(): void {
    for (const svc of masterServices(this.era)) {
      const name = svc.metadata.name;
      try {
        if (!this.api.find('Service', 'default', name)) this.api.create(svc);
        if (!this.api.find('Endpoints', 'default', name))
          this.api.create({
            apiVersion: 'v1',
            kind: 'Endpoints',
            metadata: { name, namespace: 'default', labels: svc.metadata.labels ?? {} },
            subsets: [
              {
                addresses: [{ ip: this.profile.masterIP }],
                ports: [
                  {
                    ...(svc.spec.ports?.[0]?.name ? { name: svc.spec.ports[0].name } : {}),
                    port: Number(svc.spec.ports?.[0]?.targetPort ?? 443),
                    protocol: 'TCP',
                  },
                ],
              },
            ],
          });
      } catch (e) {
        // the API server or etcd is down, or the address is taken: try at the next round
        if (!isStatusError(e)) throw e;
      }
    }
    this.clock.after(10_000, () => this.reconcileMasterServices());
  }

  /** Namespaces, the `kubernetes` service, and the nodes registering. */
  private bootstrap(nodes: NodeOptions[]): void {
    for (const name of this.profile.namespaces)
      this.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    this.reconcileMasterServices();
    const now = this.clock.timestamp();
    nodes.forEach((opts, i) => {
      const node = registerNode(this.api, this.events, i + 1, opts, this.profile, this.rand, now);
      const name = node.metadata.name;
      const kubelet = new Kubelet({
        api: this.api.client(`kubelet/${name}`),
        events: this.events,
        clock: this.clock,
        rand: this.rand,
        era: this.era,
        timings: this.timings,
        nodeName: name,
        nodeIP: node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '',
        podCIDR: node.spec.podCIDR ?? this.profile.podCIDR(i + 1),
        podWatch: this.podWatch,
        volumes: (nodeName) => nodeVolumes(this.volumeWorld, nodeName, this.api),
        network: {
          http: (url, from) => this.network.fetch(url, from),
          deliver: (ip, port, path, client) => this.pods.deliver(ip, port, path, client),
        },
        onPodIP: (ip, worker, k) => this.pods.set(ip, worker, k),
      });
      this.kubelets.set(name, kubelet);
      kubelet.start();
      const proxy = new KubeProxy({
        api: this.api.client(`proxy/${name}`),
        clock: this.clock,
        nodeName: name,
        nodeIP: kubelet.nodeIP,
        era: this.era,
        rand: this.rand,
        latencyMs: this.timings.watchLatencyMs,
        messages: this.messages,
      });
      this.proxies.set(name, proxy);
      proxy.start();
    });
  }
}

function nodeOptions(nodes: ClusterOptions['nodes']): NodeOptions[] {
  if (Array.isArray(nodes)) return nodes.map((n) => ({ ...n }));
  const count =
    nodes === undefined ? 3 : Math.max(0, Math.min(1000, Math.trunc(Number(nodes) || 0)));
  return Array.from({ length: count }, () => ({}));
}

/**
 * The master's own services: modern clusters have `kubernetes` (443) at the range's first IP;
 * 2015 clusters had `kubernetes` (443) and the read-only `kubernetes-ro` (80), as the
 * guestbook's `kubectl get services` shows.
 */
function masterServices(era: Era): Service[] {
  const labels = { component: 'apiserver', provider: 'kubernetes' };
  const svc = (name: string, ip: string, port: number, portName?: string): Service => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', labels },
    spec: {
      clusterIP: ip,
      ports: [
        {
          ...(portName ? { name: portName } : {}),
          port,
          protocol: 'TCP',
          targetPort: era === 'modern' ? 6443 : port,
        },
      ],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
  });
  if (era === '2015')
    return [svc('kubernetes', '10.0.0.2', 443), svc('kubernetes-ro', '10.0.0.1', 80)];
  return [svc('kubernetes', '10.96.0.1', 443, 'https')];
}
