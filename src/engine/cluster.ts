/**
 * A simulated cluster: one clock, one seeded RNG, one store, the API server, and the
 * components that talk to it. `createCluster` (index.ts) builds one of these.
 */
import { ApiServer } from './api/apiserver';
import { EventRecorder } from './api/events';
import { SimClock } from './clock';
import type {
  Cluster,
  ClusterEvent,
  ClusterOptions,
  ClusterSnapshot,
  Era,
  KubectlResult,
  NodeOptions,
} from './contract';
import { startControllerManager } from './controllers/controllerManager';
import { Kubelet } from './node/kubelet';
import { PodDirectory } from './node/podDirectory';
import { NodePodWatch } from './node/podWatch';
import { memoryFS, type HttpResult } from './node/shell';
import { parseUrl } from './node/shell/commands/net';
import type { PodVolumes } from './node/workerHost';
import type { KubeletApi } from './node/kubeletApi';
import { startScheduler, type SchedulerHandle } from './scheduler/schedulerLoop';
import type { SchedulingDecision } from './scheduler';
import { eraProfile, type EraProfile } from './era';
import { runKubectl, type KubectlContext } from './kubectl/run';
import { registerNode } from './node/registration';
import { Rand } from './rand';
import { Store } from './store/store';
import { MessageLog } from './messages';
import { DEFAULT_TIMINGS, type Timings } from './timings';
import type { AnyObject, Service } from './types';
import { clone } from './util/freeze';

/** The master's components, as `faults.stopComponent` names them. */
export type ControlPlaneComponent = 'apiserver' | 'etcd' | 'scheduler' | 'controller-manager';

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
  private readonly network = {
    http: (
      url: string,
      _from: { nodeName: string; clientIP: string; namespace: string },
    ): HttpResult => {
      const parsed = parseUrl(url);
      if (!parsed) return { ok: false, error: `bad address '${url}'` };
      const answer = this.pods.deliver(parsed.host, parsed.port, parsed.path, _from.clientIP);
      if (!answer) return { ok: false, error: 'Connection refused', ip: parsed.host };
      return { ok: true, status: answer.status, body: answer.body, ip: parsed.host };
    },
  };
  private scheduler: SchedulerHandle | undefined;
  private stopControllerManager: (() => void) | undefined;
  /** Faults a teacher or a test can inject (more arrive with the pod lifecycle). */
  readonly faults = {
    /** The node goes silent: its kubelet stops posting status. */
    stopNode: (name: string): void => this.kubeletOf(name).stop(),
    /** The node's kubelet comes back and posts status again. */
    startNode: (name: string): void => this.kubeletOf(name).start(),
    /** Stop one of the master's components; the rest of the cluster carries on without it. */
    stopComponent: (name: ControlPlaneComponent): void => this.setComponent(name, false),
    /** Start it again: it relists the API and catches up, as a restarted process does. */
    startComponent: (name: ControlPlaneComponent): void => this.setComponent(name, true),
  };

  constructor(options: ClusterOptions = {}) {
    this.era = options.era === '2015' ? '2015' : 'modern';
    this.seed = Number.isFinite(options.seed) ? Math.trunc(options.seed as number) : 1;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
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
    this.podWatch = new NodePodWatch(
      this.api,
      this.messages,
      this.clock,
      this.timings.watchLatencyMs,
    );
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
    const result = runKubectl(this.kubectlContext, String(commandLine ?? ''), stdin);
    // what the command set in motion at this instant happens before the prompt returns
    this.clock.settle();
    return result;
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

  private setComponent(name: ControlPlaneComponent, running: boolean): void {
    switch (name) {
      case 'scheduler':
        if (running) this.scheduler ??= this.startScheduler();
        else {
          this.scheduler?.stop();
          this.scheduler = undefined;
        }
        return;
      case 'controller-manager':
        if (running) this.stopControllerManager ??= this.startControllerManager();
        else {
          this.stopControllerManager?.();
          this.stopControllerManager = undefined;
        }
        return;
      default:
        throw new RangeError(`unknown control-plane component "${String(name)}"`);
    }
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

  /** Namespaces, the `kubernetes` service, and the nodes registering. */
  private bootstrap(nodes: NodeOptions[]): void {
    for (const name of this.profile.namespaces)
      this.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    for (const svc of masterServices(this.era)) {
      this.api.create(svc);
      // selector-less: the API server itself keeps its Endpoints (the master's address)
      this.api.create({
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: {
          name: svc.metadata.name,
          namespace: 'default',
          labels: svc.metadata.labels ?? {},
        },
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
    }
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
        volumes: () => imageOnlyVolumes,
        network: {
          http: (url, from) => this.network.http(url, from),
          deliver: (ip, port, path, client) => this.pods.deliver(ip, port, path, client),
        },
        onPodIP: (ip, worker, k) => this.pods.set(ip, worker, k),
      });
      this.kubelets.set(name, kubelet);
      kubelet.start();
    });
  }
}

/** Until volumes are mounted: each container sees its image's files only. */
const imageOnlyVolumes: PodVolumes = {
  setUp: () => ({ ok: true }),
  fileSystem: (_pod, _container, files) =>
    memoryFS(
      Object.fromEntries(
        Object.entries(files).flatMap(([p, f]) => (typeof f === 'string' ? [[p, f]] : [])),
      ),
      { dirs: Object.keys(files).filter((p) => typeof files[p] !== 'string') },
    ),
  tearDown: () => undefined,
};

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
