/**
 * One sentence for one control-loop step: who did what, and why it matters — the caption under
 * the master ("The Secret Lives of Data"). Built from the engine's own message and, for a
 * binding, the scheduler's decision trace. Words stay Kubernetes' own: components as they are
 * called (the API server, etcd, the kubelet on node-2, kube-proxy), objects as kubectl names
 * them, watch event types and reason strings as the API prints them.
 */
import type { ControlMessage } from '../engine/contract';
import type { SchedulingDecision } from '../engine/scheduler/types';
import { bindReason } from './loopScheduling';
import { parseStep, type Step } from './loopSteps';

export interface CaptionContext {
  /** How many identical messages this step stands for (a watch fan-out, a burst). */
  count?: number;
  /** The scheduler's decision for the message's pod, when it is a binding or a decision. */
  trace?: SchedulingDecision | null;
}

/** How a student calls each component, at the start of a clause. */
export function componentWords(component: string): string {
  switch (component) {
    case 'kubectl':
      return 'kubectl';
    case 'apiserver':
      return 'the API server';
    case 'etcd':
      return 'etcd';
    case 'scheduler':
    case 'default-scheduler':
      return 'the scheduler';
    case 'controller-manager':
      return 'the controller manager';
  }
  if (component.endsWith('-controller')) return `the controller manager's ${component}`;
  const [prefix, node] = component.split('/');
  switch (prefix) {
    case 'kubelet':
      return `the kubelet on ${node}`;
    case 'proxy':
      return `kube-proxy on ${node}`;
    case 'containerd':
      return `containerd on ${node}`;
    case 'docker':
      return `Docker on ${node}`;
  }
  return component;
}

/** Singular, as a student says it: `pods` → `pod`. */
const RESOURCE_WORDS: Record<string, string> = {
  pods: 'pod',
  nodes: 'node',
  services: 'service',
  endpoints: 'endpoints',
  events: 'event',
  namespaces: 'namespace',
  replicationcontrollers: 'replication controller',
  replicasets: 'ReplicaSet',
  deployments: 'Deployment',
  persistentvolumes: 'PersistentVolume',
  persistentvolumeclaims: 'PersistentVolumeClaim',
};

function thing(resource: string, name: string): string {
  const word = RESOURCE_WORDS[resource.split('.')[0] ?? ''] ?? resource;
  return name ? `${word} ${name}` : word;
}

/** A capital after "the"/"you" only: kubectl, etcd, containerd and kube-proxy keep their own case. */
const sentence = (text: string): string =>
  /^(the|you) /.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `${text}.`;

/** The caption of one control-loop message; never empty, never "undefined". */
export function captionOf(message: ControlMessage, context: CaptionContext = {}): string {
  const step = parseStep(message);
  const text = describe(step, message, context);
  const count = context.count ?? 1;
  // watch captions say their count in words; other repeated steps get a multiplier
  const times = count > 1 && step.kind !== 'watch' ? ` (×${count})` : '';
  return sentence(`${text}${times}`);
}

function describe(step: Step, m: ControlMessage, context: CaptionContext): string {
  const from = componentWords(m.from);
  const to = componentWords(m.to);
  const objectName = m.object?.name ?? '';
  switch (step.kind) {
    case 'request':
      return request(step, m, from, context);
    case 'write': {
      const [, , resource = '', ...rest] = step.key.split('/');
      const what = thing(resource, rest.at(-1) ?? objectName);
      const rv = m.resourceVersion;
      if (step.verb === 'create')
        return `the API server stored ${what} in etcd (key ${step.key}${rv ? `, resourceVersion ${rv}` : ''})`;
      if (step.verb === 'delete')
        return `the API server removed ${what} from etcd (key ${step.key}${rv ? `, at revision ${rv}` : ''})`;
      return rv
        ? `the API server wrote the new version of ${what} to etcd: resourceVersion ${rv}`
        : `the API server wrote the new version of ${what} to etcd, under a new resourceVersion`;
    }
    case 'watch':
      return watch(step, m, to, context.count ?? 1);
    case 'decision': {
      const explanation = step.explanation.replace(
        /^The pod stays Pending/,
        'the pod stays Pending',
      );
      return `the scheduler filtered and scored the nodes for pod ${objectName}: ${explanation.replace(/\.$/, '')}`;
    }
    case 'runtime':
      return runtime(step, m, from, to);
    case 'traffic': {
      const pod = m.to.startsWith('pod/') ? m.to.split('/')[2] : undefined;
      const service = m.object ? `service ${m.object.name}` : 'a service';
      if (step.refused) return `${from} refused ${step.request}: ${step.refused}`;
      return `${from} sent ${step.request} (${service}) to ${pod ? `pod ${pod} at ` : ''}${step.backend ?? m.to}`;
    }
    case 'fault':
      return step.verb === 'stop'
        ? `you stopped ${componentWords(step.component)} (a simulated fault): it no longer takes part in the control loop`
        : `you started ${componentWords(step.component)} again: it reconnects to the API server and catches up`;
    case 'other':
      return `${from} → ${to}: ${m.what}`;
  }
}

function request(
  step: Extract<Step, { kind: 'request' }>,
  m: ControlMessage,
  from: string,
  context: CaptionContext,
): string {
  const { verb, resource, name, subresource } = step;
  if (subresource === 'binding') {
    const node = step.node ?? 'a node';
    const reason = context.trace ? bindReason(context.trace, node) : undefined;
    return reason
      ? `the scheduler bound ${name} to ${node}: ${reason}`
      : `the scheduler bound ${name} to ${node} (it asked the API server to create a Binding)`;
  }
  if (resource === 'events') {
    const about = m.object?.name.split('.')[0] ?? name.split('.')[0] ?? '';
    return verb === 'create'
      ? `${from} recorded an Event about ${about} (kubectl get events lists it)`
      : `${from} counted one more occurrence of an Event about ${about}`;
  }
  if (subresource === 'status') {
    const node = m.from.startsWith('kubelet/') ? m.from.slice('kubelet/'.length) : undefined;
    if (resource === 'nodes' && name === node)
      return `${from} posted ${node}'s status to the API server: its heartbeat, which tells the node controller the node is alive`;
    if (resource === 'pods' && node)
      return `${from} reported pod ${name}'s status to the API server (the phase and container states kubectl get pods shows)`;
    return `${from} updated the status of ${thing(resource, name)}`;
  }
  const what = name.endsWith('*')
    ? `a ${thing(resource, '')} named ${name.slice(0, -1)}… (the API server generates the rest of the name)`
    : thing(resource, name);
  switch (verb) {
    case 'create':
      return `${from} asked the API server to create ${what}`;
    case 'update':
    case 'patch':
      return `${from} asked the API server to update ${what}${subresource ? ` (${subresource})` : ''}`;
    case 'delete':
      if (step.final)
        return `${from} asked the API server to remove ${what} for good (grace period 0)`;
      return resource === 'pods'
        ? `${from} asked the API server to delete ${what}: it is marked for deletion and its kubelet stops it gracefully`
        : `${from} asked the API server to delete ${what}`;
    case 'get':
      return `${from} read ${what} from the API server`;
    case 'list':
      // components list, then watch from there; kubectl get just lists
      return m.from === 'kubectl'
        ? `kubectl asked the API server for the list of ${resource}`
        : `${from} listed every ${thing(resource, '')} from the API server, to watch for changes from there`;
    default:
      return `${from} asked the API server: ${m.what}`;
  }
}

const WATCHER_PURPOSE: Record<string, string> = {
  scheduler: 'it places pods that have no node yet',
  'controller-manager': 'its controllers compare what runs with what was asked for',
};

function watch(
  step: Extract<Step, { kind: 'watch' }>,
  m: ControlMessage,
  to: string,
  count: number,
): string {
  const by = count > 1 ? `${count} of its watches` : 'its watch';
  const head = `${to} was told of ${thing(step.resource, step.name)} by ${by} (${step.event})`;
  const node = m.to.includes('/') ? m.to.split('/')[1] : undefined;
  let why = WATCHER_PURPOSE[m.to];
  if (m.to.startsWith('kubelet/')) why = `it runs the pods bound to ${node}`;
  if (m.to.startsWith('proxy/')) why = `it keeps ${node}'s rules for services up to date`;
  if (m.to === 'scheduler' && step.resource === 'nodes')
    why = 'it keeps track of the nodes it can place pods on';
  else if (m.to === 'scheduler' && step.event !== 'ADDED')
    why = 'it keeps its own record of which pods use which node, for its next decisions';
  return why ? `${head}: ${why}` : head;
}

function runtime(
  step: Extract<Step, { kind: 'runtime' }>,
  m: ControlMessage,
  from: string,
  to: string,
): string {
  const runtimeName = to.split(' on ')[0] ?? to;
  const pod = m.object?.name ?? '';
  switch (step.action) {
    case 'sandbox':
      return m.to.startsWith('docker/')
        ? `${from} asked Docker to start pod ${step.subject}'s infra container (pause), which holds the pod's network namespace and IP`
        : `${from} asked containerd to run pod ${step.subject}'s sandbox, which holds the pod's network namespace and IP`;
    case 'pull':
      return `${from} asked ${runtimeName} to pull image ${step.subject} for pod ${pod} (kubectl describe shows Pulling)`;
    case 'start':
      return `${from} asked ${runtimeName} to start container ${step.subject} of pod ${pod}`;
    case 'stop':
      return `${from} asked ${runtimeName} to stop container ${step.subject} of pod ${pod}`;
    case 'other':
      return `${from} asked ${runtimeName} to ${step.subject}`;
  }
}
