/**
 * How a node joins: its kubelet registers a Node object with the machine's capacity,
 * addresses and conditions, and posts the events a real kubelet posts on start. The pod CIDR
 * is the node IPAM controller's assignment (node n gets the n-th /24).
 */
import type { EventRecorder } from '../api/events';
import type { ApiServer } from '../api/apiserver';
import type { NodeOptions } from '../contract';
import type { EraProfile } from '../era';
import type { Node, NodeCondition } from '../types';
import type { Rand } from '../rand';
import { parseQuantity, value } from '../api/quantity';

/** kubelet's default hard eviction threshold (memory.available<100Mi) is held back from pods. */
const EVICTION_RESERVE_KI = 100 * 1024;

/** A memory quantity (`4Gi`, `512Mi`, `4294967296`) in KiB, the unit kubelets report memory in. */
export function memoryToKi(text: string): number {
  const q = parseQuantity(text);
  return q ? Math.max(0, Math.round(value(q) / 1024)) : 4 * 1024 * 1024;
}

export function buildNode(
  n: number,
  opts: NodeOptions,
  profile: EraProfile,
  rand: Rand,
  now: string,
): Node {
  const name = opts.name ?? `node-${n}`;
  const cpu = opts.cpu ?? '2';
  const memKi = memoryToKi(opts.memory ?? '4Gi');
  const pods = String(opts.pods ?? profile.defaultMaxPods);
  const ip = profile.nodeIP(n);
  const modern = profile.era === 'modern';
  const ready: NodeCondition = {
    type: 'Ready',
    status: 'True',
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    reason: 'KubeletReady',
    message: 'kubelet is posting ready status',
  };
  const pressure = (type: string, reason: string, message: string): NodeCondition => ({
    type,
    status: 'False',
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    reason,
    message,
  });
  const labels: Record<string, string> = modern
    ? {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
      }
    : { 'kubernetes.io/hostname': name };
  const machineID = rand.string(32, '0123456789abcdef');
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: { ...labels, ...opts.labels },
      ...(modern ? { annotations: { 'node.alpha.kubernetes.io/ttl': '0' } } : {}),
    },
    spec: { podCIDR: profile.podCIDR(n), ...(modern ? { podCIDRs: [profile.podCIDR(n)] } : {}) },
    status: {
      capacity: { cpu, memory: `${memKi}Ki`, pods },
      allocatable: {
        cpu,
        memory: `${Math.max(0, memKi - (modern ? EVICTION_RESERVE_KI : 0))}Ki`,
        pods,
      },
      conditions: modern
        ? [
            pressure(
              'MemoryPressure',
              'KubeletHasSufficientMemory',
              'kubelet has sufficient memory available',
            ),
            pressure('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
            pressure(
              'PIDPressure',
              'KubeletHasSufficientPID',
              'kubelet has sufficient PID available',
            ),
            ready,
          ]
        : [ready],
      addresses: modern
        ? [
            { type: 'InternalIP', address: ip },
            { type: 'Hostname', address: name },
          ]
        : [
            { type: 'LegacyHostIP', address: ip },
            { type: 'InternalIP', address: ip },
          ],
      nodeInfo: {
        machineID,
        systemUUID: rand.uuid().toUpperCase(),
        bootID: rand.uuid(),
        kernelVersion: profile.kernelVersion,
        osImage: profile.osImage,
        containerRuntimeVersion: profile.containerRuntimeVersion,
        kubeletVersion: profile.kubernetesVersion,
        kubeProxyVersion: profile.kubernetesVersion,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
      images: [],
    },
  };
}

/** Register node `n` and post the start-up events its kubelet and the node controller post. */
export function registerNode(
  api: ApiServer,
  events: EventRecorder,
  n: number,
  opts: NodeOptions,
  profile: EraProfile,
  rand: Rand,
  now: string,
): Node {
  const node = api.create(buildNode(n, opts, profile, rand, now));
  const name = node.metadata.name;
  const kubelet = { component: 'kubelet', host: name };
  // kubelet events refer to the node by name with its name as UID, as real kubelets do
  const ref = { kind: 'Node', name, uid: name };
  const say = (
    reason: string,
    message: string,
    source = kubelet,
    involved: typeof ref | Node = ref,
  ): void => {
    events.record({ involved, type: 'Normal', reason, message, source });
  };
  say('Starting', 'Starting kubelet.');
  if (profile.era === 'modern') {
    say('NodeHasSufficientMemory', `Node ${name} status is now: NodeHasSufficientMemory`);
    say('NodeHasNoDiskPressure', `Node ${name} status is now: NodeHasNoDiskPressure`);
    say('NodeHasSufficientPID', `Node ${name} status is now: NodeHasSufficientPID`);
    say('NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
  }
  say('NodeReady', `Node ${name} status is now: NodeReady`);
  if (profile.era === 'modern')
    say(
      'RegisteredNode',
      `Node ${name} event: Registered Node ${name} in Controller`,
      { component: 'node-controller', host: '' },
      node,
    );
  return node;
}
