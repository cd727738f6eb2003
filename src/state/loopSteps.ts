/**
 * What one control-loop message is, read back from the engine's own wording (`ControlMessage`
 * in src/engine/messages.ts): the engine records a `from`, a `to` and one line (`what`); the
 * picture needs to know which kind of step that line is (to colour the packet) and its parts
 * (to caption it). One parser, so the packet and the caption never disagree.
 */
import type { ControlMessage } from '../engine/contract';

/**
 * The kinds of step, as the picture colours them: a component's request to the API server, the
 * API server's write to etcd, a watch event the API server delivers, a scheduler decision, a
 * kubelet's call to its container runtime, a proxied request, a fault the student caused.
 */
export type StepKind = 'request' | 'write' | 'watch' | 'decision' | 'runtime' | 'traffic' | 'fault';

export type Step =
  | {
      kind: 'request';
      verb: string;
      /** The plural resource, as in the API's URLs: `pods`, `nodes`, `events`. */
      resource: string;
      /** Empty for `list`; ends with `*` when the API server is to generate the rest. */
      name: string;
      subresource?: string;
      /** For a binding: the node the pod is bound to. */
      node?: string;
      /** `delete … (grace period 0)`: the object is removed for good. */
      final?: boolean;
    }
  | { kind: 'write'; verb: string; key: string }
  | { kind: 'watch'; event: string; resource: string; name: string }
  | { kind: 'decision'; explanation: string }
  | { kind: 'runtime'; action: 'sandbox' | 'pull' | 'start' | 'stop' | 'other'; subject: string }
  | {
      kind: 'traffic';
      request: string;
      /** `ip:port` of the chosen endpoint; absent when refused. */
      backend?: string;
      refused?: string;
    }
  | { kind: 'fault'; verb: 'start' | 'stop'; component: string }
  | { kind: 'other' };

const REQUEST =
  /^(create|update|delete|get|list|patch) ([a-z0-9.]+)(?:\/([^/\s]+))?(?:\/([a-z]+))?(.*)$/;
const WRITE = /^(create|update|delete) (\/registry\/\S+)$/;
const WATCH = /^(ADDED|MODIFIED|DELETED|BOOKMARK|ERROR) ([a-z0-9.]+)\/(\S+)$/;

/** Read one message's `what` into its parts; `other` when it says something not known here. */
export function parseStep(m: ControlMessage): Step {
  if (m.from === 'apiserver' && m.to === 'etcd') {
    const w = WRITE.exec(m.what);
    return w ? { kind: 'write', verb: w[1] ?? '', key: w[2] ?? '' } : { kind: 'other' };
  }
  if (m.to === 'apiserver') {
    const r = REQUEST.exec(m.what);
    if (!r) return { kind: 'other' };
    const rest = r[5] ?? '';
    const node = /→ (\S+)/.exec(rest)?.[1];
    return {
      kind: 'request',
      verb: r[1] ?? '',
      resource: r[2] ?? '',
      name: r[3] ?? '',
      ...(r[4] ? { subresource: r[4] } : {}),
      ...(node ? { node } : {}),
      ...(rest.includes('grace period 0') ? { final: true } : {}),
    };
  }
  if (m.from === 'apiserver') {
    const w = WATCH.exec(m.what);
    return w
      ? { kind: 'watch', event: w[1] ?? '', resource: w[2] ?? '', name: w[3] ?? '' }
      : { kind: 'other' };
  }
  if (m.from === m.to) return { kind: 'decision', explanation: m.what };
  if (m.from === 'kubectl') {
    const f = /^(start|stop) (\S+)$/.exec(m.what);
    return f
      ? { kind: 'fault', verb: f[1] === 'start' ? 'start' : 'stop', component: f[2] ?? '' }
      : { kind: 'other' };
  }
  if (m.from.startsWith('kubelet/')) return runtimeStep(m.what);
  if (m.from.startsWith('proxy/')) {
    const [request = '', outcome = ''] = m.what.split(' → ');
    if (outcome.startsWith('refused: '))
      return { kind: 'traffic', request, refused: outcome.slice('refused: '.length) };
    return { kind: 'traffic', request, backend: outcome };
  }
  return { kind: 'other' };
}

function runtimeStep(what: string): Step {
  const table: [string, 'sandbox' | 'pull' | 'start' | 'stop'][] = [
    ['run pod sandbox ', 'sandbox'],
    ['pull image ', 'pull'],
    ['start container ', 'start'],
    ['stop container ', 'stop'],
  ];
  for (const [prefix, action] of table)
    if (what.startsWith(prefix))
      return { kind: 'runtime', action, subject: what.slice(prefix.length) };
  return { kind: 'runtime', action: 'other', subject: what };
}

/** The colour family of a message's packet. Unknown lines count as requests. */
export function stepKindOf(m: ControlMessage): StepKind {
  const kind = parseStep(m).kind;
  return kind === 'other' ? 'request' : kind;
}

/**
 * Steps that only accompany the story of an object: Events being recorded, node heartbeats,
 * and the controller manager hearing that a pod changed. When messages come faster than they
 * can be shown, these travel alongside the next main step instead of taking a hop of their own.
 */
export function isMinor(m: ControlMessage): boolean {
  const step = parseStep(m);
  switch (step.kind) {
    case 'request':
      return (
        step.resource === 'events' || (step.resource === 'nodes' && step.subresource === 'status')
      );
    case 'write':
      return (
        step.key.startsWith('/registry/events/') || /^\/registry\/(nodes|minions)\//.test(step.key)
      );
    case 'watch':
      return (
        step.resource === 'events' ||
        (step.resource === 'nodes' && step.event === 'MODIFIED') ||
        (m.to === 'controller-manager' && step.resource === 'pods' && step.event === 'MODIFIED')
      );
    default:
      return false;
  }
}

/**
 * How much a step matters to the story of an object, 1 (most) to 5: what the student asked,
 * the scheduler's decision and binding, and the kubelet's calls to its runtime first; then the
 * watch events components act on; then writes and status reports; then watches that only look;
 * then the minor steps. When the picture cannot show every step in time, it keeps the best.
 */
export function importanceOf(m: ControlMessage): number {
  if (isMinor(m)) return 5;
  const step = parseStep(m);
  switch (step.kind) {
    case 'decision':
    case 'runtime':
    case 'fault':
      return 1;
    case 'request':
      if (m.from === 'kubectl' || step.subresource === 'binding') return 1;
      return step.subresource === 'status' ? 3 : 2;
    case 'watch':
      if (m.to.startsWith('kubelet/') || (m.to === 'scheduler' && step.event === 'ADDED')) return 2;
      return m.to === 'controller-manager' && step.resource !== 'pods' ? 2 : 4;
    case 'traffic':
      return 2;
    default:
      return 3;
  }
}
