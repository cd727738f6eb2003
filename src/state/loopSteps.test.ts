import { describe, expect, it } from 'vitest';
import type { ControlMessage } from '../engine/contract';
import { importanceOf, isMinor, parseStep, stepKindOf } from './loopSteps';

const m = (from: string, to: string, what: string): ControlMessage => ({
  seq: 1,
  time: 0,
  from,
  to,
  what,
});

describe('reading a control-loop message', () => {
  it('tells each kind of step from its ends and words', () => {
    expect(stepKindOf(m('kubectl', 'apiserver', 'create pods/web'))).toBe('request');
    expect(stepKindOf(m('apiserver', 'etcd', 'create /registry/pods/default/web'))).toBe('write');
    expect(stepKindOf(m('apiserver', 'scheduler', 'ADDED pods/web'))).toBe('watch');
    expect(
      stepKindOf(m('scheduler', 'scheduler', 'node-2 is the only node where the pod fits.')),
    ).toBe('decision');
    expect(stepKindOf(m('kubelet/node-1', 'containerd/node-1', 'pull image nginx'))).toBe(
      'runtime',
    );
    expect(
      stepKindOf(m('proxy/node-1', 'pod/default/web', 'GET http://10.0.0.1:80/ → 10.1.0.2:80')),
    ).toBe('traffic');
    expect(stepKindOf(m('kubectl', 'scheduler', 'stop scheduler'))).toBe('fault');
  });

  it('reads a binding, its node, and a final delete', () => {
    expect(parseStep(m('scheduler', 'apiserver', 'create pods/web/binding → node-3'))).toEqual({
      kind: 'request',
      verb: 'create',
      resource: 'pods',
      name: 'web',
      subresource: 'binding',
      node: 'node-3',
    });
    expect(
      parseStep(m('kubelet/node-1', 'apiserver', 'delete pods/web (grace period 0)')),
    ).toMatchObject({
      verb: 'delete',
      name: 'web',
      final: true,
    });
  });

  it('ranks the story’s main steps above Events, heartbeats and looking watches', () => {
    const bind = m('scheduler', 'apiserver', 'create pods/web/binding → node-3');
    const kubeletWatch = m('apiserver', 'kubelet/node-3', 'MODIFIED pods/web');
    const write = m('apiserver', 'etcd', 'update /registry/pods/default/web');
    const looking = m('apiserver', 'scheduler', 'MODIFIED pods/web');
    const event = m('kubelet/node-3', 'apiserver', 'create events/web.1');
    const heartbeat = m('kubelet/node-3', 'apiserver', 'update nodes/node-3/status');
    expect(importanceOf(bind)).toBe(1);
    expect(importanceOf(kubeletWatch)).toBe(2);
    expect(importanceOf(write)).toBe(3);
    expect(importanceOf(looking)).toBe(4);
    expect(isMinor(event) && isMinor(heartbeat)).toBe(true);
    expect(importanceOf(event)).toBe(5);
  });
});
