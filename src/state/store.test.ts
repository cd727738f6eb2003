import { describe, expect, it } from 'vitest';
import type { HostMessage, ReadyMessage } from '../worker/protocol';
import { commandSubmitted } from './console';
import {
  selectNodeIds,
  selectPendingPodIds,
  selectPodIdsOnMissingNodes,
  selectPodIdsOnNode,
} from './selectors';
import {
  createClusterStore,
  engineFailed,
  engineLost,
  initialClusterState,
  LOOP_KEEP,
  noticeDismissed,
  received,
  type ClusterState,
} from './store';
import { change, node, pod } from './testObjects';

const ready: ReadyMessage = {
  type: 'ready',
  protocol: 2,
  host: 'worker',
  era: 'modern',
  seed: 1,
  epochMs: 1_767_603_600_000,
  resourceVersion: 3,
  objects: ['node-1', 'node-10', 'node-2'].map((name) => ({
    kind: 'Node',
    object: node(name),
    status: 'Ready',
  })),
  clock: { now: 0, paused: false, speed: 1 },
};

const readyState = (): ClusterState => received(initialClusterState(), [ready]);

describe('the store reducer', () => {
  it('is ready with the cluster the host describes', () => {
    const state = readyState();
    expect(state.engine).toEqual({ phase: 'ready', host: 'worker', notice: null });
    expect(state.cluster).toEqual({ era: 'modern', seed: 1, epochMs: ready.epochMs });
    expect(selectNodeIds(state)).toEqual(['node-1', 'node-2', 'node-10']);
  });

  it('applies a frame of messages as one new state, in order', () => {
    const messages: HostMessage[] = [
      { type: 'changes', batch: [change('ADDED', pod('web'), 4, 'Pending')] },
      {
        type: 'kubectlResult',
        id: 1,
        result: { stdout: 'pod/web created\n', stderr: '', exitCode: 0 },
      },
      {
        type: 'changes',
        batch: [change('MODIFIED', pod('web', 'node-2'), 5, 'ContainerCreating')],
      },
      { type: 'clock', now: 1_500, paused: false, speed: 5 },
    ];
    let state = readyState();
    state = {
      ...state,
      console: commandSubmitted(state.console, 1, 'kubectl run web --image=nginx'),
    };
    const next = received(state, messages);
    expect(selectPendingPodIds(next)).toEqual([]);
    expect(selectPodIdsOnNode('node-2')(next)).toEqual(['default/web']);
    expect(next.mirror.objects.Pod?.['default/web']?.status).toBe('ContainerCreating');
    expect(next.clock).toEqual({ now: 1_500, paused: false, speed: 5 });
    expect(next.console.entries[0]).toMatchObject({
      state: 'done',
      stdout: 'pod/web created\n',
      exitCode: 0,
    });
  });

  it('gives the same result for one batch of messages as for each message on its own', () => {
    const messages: HostMessage[] = [
      {
        type: 'changes',
        batch: [change('ADDED', pod('a'), 4, 'Pending'), change('ADDED', pod('b'), 5, 'Pending')],
      },
      { type: 'changes', batch: [change('DELETED', pod('a'), 6, 'Terminating')] },
      { type: 'clock', now: 200, paused: true, speed: 1 },
    ];
    const together = received(readyState(), messages);
    const apart = messages.reduce((state, message) => received(state, [message]), readyState());
    expect(together).toEqual(apart);
  });

  it('keeps the state object when nothing changed', () => {
    const state = readyState();
    expect(received(state, [])).toBe(state);
    expect(received(state, [{ type: 'clock', ...state.clock }])).toBe(state);
    expect(received(state, [{ type: 'pong', id: 3 }])).toBe(state);
  });

  it('lists pods by where they are: on a node, pending, or on a node that is gone', () => {
    const state = received(readyState(), [
      {
        type: 'changes',
        batch: [
          change('ADDED', pod('later', 'node-1'), 4, 'Running'),
          change('ADDED', pod('big'), 5, 'Pending'),
          change('ADDED', pod('earlier', 'node-1'), 6, 'Running'),
          change('ADDED', pod('lost', 'node-9'), 7, 'Unknown'),
        ],
      },
    ]);
    expect(selectPodIdsOnNode('node-1')(state)).toEqual(['default/later', 'default/earlier']);
    expect(selectPendingPodIds(state)).toEqual(['default/big']);
    expect(selectPodIdsOnMissingNodes(state)).toEqual(['default/lost']);
  });

  it('keeps list selections identical across a clock tick, so lists do not re-render', () => {
    const state = received(readyState(), [
      {
        type: 'changes',
        batch: [
          change('ADDED', pod('web', 'node-1'), 4, 'Running'),
          change('ADDED', pod('big'), 5, 'Pending'),
        ],
      },
    ]);
    const ticked = received(state, [{ type: 'clock', now: 1_000, paused: false, speed: 1 }]);
    expect(selectNodeIds(ticked)).toBe(selectNodeIds(state));
    expect(selectPodIdsOnNode('node-1')(ticked)).toBe(selectPodIdsOnNode('node-1')(state));
    expect(selectPendingPodIds(ticked)).toBe(selectPendingPodIds(state));
  });

  it('fails the command a host error names, and says it is the simulator, not kubectl', () => {
    let state = readyState();
    state = { ...state, console: commandSubmitted(state.console, 4, 'get pods') };
    state = received(state, [{ type: 'error', requestId: 4, fatal: false, message: 'boom' }]);
    expect(state.console.entries[0]).toMatchObject({
      state: 'failed',
      failure: 'kubesim could not run this command (a simulator bug): boom',
    });
  });

  it('shows a host error that names no command as a console notice', () => {
    const state = received(readyState(), [
      { type: 'error', fatal: false, message: 'speed must be above 0' },
    ]);
    expect(state.console.entries.at(-1)).toMatchObject({
      kind: 'notice',
      tone: 'error',
      text: 'kubesim: speed must be above 0',
    });
  });
});

describe('when the host dies', () => {
  it('keeps the picture while rebuilding, fails waiting commands and keeps the history', () => {
    let state = readyState();
    state = { ...state, console: commandSubmitted(state.console, 1, 'get nodes') };
    state = { ...state, console: commandSubmitted(state.console, 2, 'get pods') };
    state = received(state, [
      { type: 'kubectlResult', id: 1, result: { stdout: 'x\n', stderr: '', exitCode: 0 } },
    ]);
    const lost = engineLost(state, 'the cluster worker crashed');

    expect(lost.engine.phase).toBe('restarting');
    expect(lost.engine.host).toBeNull();
    expect(lost.engine.notice).toBe(
      'The simulated cluster stopped (the cluster worker crashed). kubesim is rebuilding it from your commands, as it was at 00:00:00.',
    );
    expect(selectNodeIds(lost)).toEqual(selectNodeIds(state));
    expect(lost.console.history).toEqual(['get nodes', 'get pods']);
    expect(lost.console.entries.map((e) => (e.kind === 'command' ? e.state : e.kind))).toEqual([
      'done',
      'failed',
      'notice',
    ]);
  });

  it('drops the dead cluster when it cannot be rebuilt', () => {
    const lost = engineLost(readyState(), 'the cluster worker crashed', false);
    expect(lost.engine.notice).toBe(
      'The simulated cluster stopped (the cluster worker crashed) and could not be rebuilt from your commands. A new cluster is starting from scratch; your kubectl history is kept.',
    );
    expect(lost.cluster).toBeNull();
    expect(selectNodeIds(lost)).toEqual([]);
    expect(lost.journal).toEqual([]);
  });

  it('is ready again with the new cluster, and the notice stays until dismissed', () => {
    const lost = engineLost(readyState(), 'gone');
    const again = received(lost, [{ ...ready, host: 'inline' }]);
    expect(again.engine.phase).toBe('ready');
    expect(again.engine.host).toBe('inline');
    expect(again.engine.notice).not.toBeNull();
    expect(noticeDismissed(again).engine.notice).toBeNull();
  });

  it('gives up with a notice when no host will start', () => {
    const failed = engineFailed(initialClusterState(), 'no worker');
    expect(failed.engine).toEqual({
      phase: 'failed',
      host: null,
      notice: 'The simulated cluster could not start (no worker). Reload the page to try again.',
    });
  });
});

describe('createClusterStore', () => {
  it('makes independent stores, one per page instance', () => {
    const a = createClusterStore();
    const b = createClusterStore();
    a.setState((state) => received(state, [ready]));
    expect(a.getState().engine.phase).toBe('ready');
    expect(b.getState().engine.phase).toBe('starting');
  });
});

describe('the control-loop steps the page keeps', () => {
  it('keeps the latest LOOP_KEEP and counts what the host dropped', () => {
    const step = (seq: number) => ({
      seq,
      time: seq,
      from: 'kubectl',
      to: 'apiserver',
      what: `step ${seq}`,
    });
    let state = initialClusterState();
    state = received(state, [
      { type: 'loop', batch: Array.from({ length: LOOP_KEEP }, (_, i) => step(i)), dropped: 0 },
      { type: 'loop', batch: [step(LOOP_KEEP)], dropped: 7 },
    ]);
    expect(state.loop.messages).toHaveLength(LOOP_KEEP);
    expect(state.loop.messages[0]?.seq).toBe(1);
    expect(state.loop.messages.at(-1)?.seq).toBe(LOOP_KEEP);
    expect(state.loop.dropped).toBe(7);
  });
});
