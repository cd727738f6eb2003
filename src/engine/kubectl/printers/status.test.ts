import { describe, expect, it } from 'vitest';
import type { ContainerState, ContainerStatus, Pod, PodStatus } from '../../types';
import { nodeStatus, podStatus, summarizePod } from './status';
import { ago, container, node, pod } from './testing/fixtures';

const cs = (
  name: string,
  state: ContainerState,
  extra: Partial<ContainerStatus> = {},
): ContainerStatus => ({
  name,
  state,
  lastState: {},
  ready: false,
  restartCount: 0,
  image: 'nginx',
  imageID: '',
  ...extra,
});
const running: ContainerState = { running: { startedAt: ago(60) } };
const waiting = (reason: string): ContainerState => ({ waiting: { reason } });
const terminated = (exitCode: number, reason?: string, signal?: number): ContainerState => ({
  terminated: { exitCode, ...(reason ? { reason } : {}), ...(signal ? { signal } : {}) },
});
const readyCondition = { type: 'Ready', status: 'True' as const };

/** A pod with two containers (or one), the given status, and optionally init containers. */
function podWith(
  status: PodStatus,
  opts: { containers?: number; init?: number; deleting?: boolean } = {},
): Pod {
  const names = ['app', 'sidecar'].slice(0, opts.containers ?? 1);
  return pod('p', {
    metadata: opts.deleting ? { deletionTimestamp: ago(5) } : {},
    spec: {
      containers: names.map((n) => container(n, 'nginx')),
      ...(opts.init
        ? {
            initContainers: ['init-a', 'init-b']
              .slice(0, opts.init)
              .map((n) => container(n, 'busybox')),
          }
        : {}),
    },
    status,
  });
}

describe('podStatus: the STATUS column (printPod)', () => {
  it.each<[string, Pod, string]>([
    [
      'a pod with no container status yet shows its phase',
      podWith({ phase: 'Pending' }),
      'Pending',
    ],
    [
      'a container being created',
      podWith({ phase: 'Pending', containerStatuses: [cs('app', waiting('ContainerCreating'))] }),
      'ContainerCreating',
    ],
    [
      'a running, ready container',
      podWith({ phase: 'Running', containerStatuses: [cs('app', running, { ready: true })] }),
      'Running',
    ],
    [
      'a crash-looping container while the phase says Running',
      podWith({ phase: 'Running', containerStatuses: [cs('app', waiting('CrashLoopBackOff'))] }),
      'CrashLoopBackOff',
    ],
    [
      'an image that cannot be pulled',
      podWith({ phase: 'Pending', containerStatuses: [cs('app', waiting('ImagePullBackOff'))] }),
      'ImagePullBackOff',
    ],
    [
      'a container that exited 0',
      podWith({ phase: 'Succeeded', containerStatuses: [cs('app', terminated(0, 'Completed'))] }),
      'Completed',
    ],
    [
      'a container that failed',
      podWith({ phase: 'Failed', containerStatuses: [cs('app', terminated(1, 'Error'))] }),
      'Error',
    ],
    [
      'a container killed for memory',
      podWith({ phase: 'Running', containerStatuses: [cs('app', terminated(137, 'OOMKilled'))] }),
      'OOMKilled',
    ],
    [
      'a termination with a signal and no reason',
      podWith({ phase: 'Failed', containerStatuses: [cs('app', terminated(137, undefined, 9))] }),
      'Signal:9',
    ],
    [
      'a termination with only an exit code',
      podWith({ phase: 'Failed', containerStatuses: [cs('app', terminated(2))] }),
      'ExitCode:2',
    ],
    [
      'the first container wins: containers are scanned last to first',
      podWith(
        {
          phase: 'Running',
          containerStatuses: [
            cs('app', waiting('CrashLoopBackOff')),
            cs('sidecar', running, { ready: true }),
          ],
        },
        { containers: 2 },
      ),
      'CrashLoopBackOff',
    ],
    [
      'Completed next to a running container reads Running when the pod is Ready',
      podWith(
        {
          phase: 'Running',
          conditions: [readyCondition],
          containerStatuses: [
            cs('app', terminated(0, 'Completed')),
            cs('sidecar', running, { ready: true }),
          ],
        },
        { containers: 2 },
      ),
      'Running',
    ],
    [
      'Completed next to a running container reads NotReady when the pod is not Ready',
      podWith(
        {
          phase: 'Running',
          containerStatuses: [
            cs('app', running, { ready: true }),
            cs('sidecar', terminated(0, 'Completed')),
          ],
        },
        { containers: 2 },
      ),
      'NotReady',
    ],
    [
      'the first init container is running',
      podWith(
        {
          phase: 'Pending',
          initContainerStatuses: [cs('init-a', running), cs('init-b', waiting('PodInitializing'))],
        },
        { init: 2 },
      ),
      'Init:0/2',
    ],
    [
      'the second init container is running',
      podWith(
        {
          phase: 'Pending',
          initContainerStatuses: [cs('init-a', terminated(0, 'Completed')), cs('init-b', running)],
        },
        { init: 2 },
      ),
      'Init:1/2',
    ],
    [
      'an init container waiting to initialise counts as not started',
      podWith(
        { phase: 'Pending', initContainerStatuses: [cs('init-a', waiting('PodInitializing'))] },
        { init: 1 },
      ),
      'Init:0/1',
    ],
    [
      'an init container crash-looping',
      podWith(
        { phase: 'Pending', initContainerStatuses: [cs('init-a', waiting('CrashLoopBackOff'))] },
        { init: 1 },
      ),
      'Init:CrashLoopBackOff',
    ],
    [
      'an init container that failed',
      podWith(
        { phase: 'Pending', initContainerStatuses: [cs('init-a', terminated(1, 'Error'))] },
        { init: 1 },
      ),
      'Init:Error',
    ],
    [
      'an init container that failed without a reason',
      podWith(
        { phase: 'Pending', initContainerStatuses: [cs('init-a', terminated(3))] },
        { init: 1 },
      ),
      'Init:ExitCode:3',
    ],
    [
      'a pod being deleted',
      podWith(
        { phase: 'Running', containerStatuses: [cs('app', running, { ready: true })] },
        { deleting: true },
      ),
      'Terminating',
    ],
    [
      'a pod deleted from a lost node',
      podWith(
        {
          phase: 'Running',
          reason: 'NodeLost',
          containerStatuses: [cs('app', running, { ready: true })],
        },
        { deleting: true },
      ),
      'Unknown',
    ],
    [
      'a finished pod being deleted keeps its final word',
      podWith(
        { phase: 'Succeeded', containerStatuses: [cs('app', terminated(0, 'Completed'))] },
        { deleting: true },
      ),
      'Completed',
    ],
    [
      'an evicted pod shows the status reason',
      podWith({ phase: 'Failed', reason: 'Evicted' }),
      'Evicted',
    ],
    [
      'a pod held back by scheduling gates',
      podWith({
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      }),
      'SchedulingGated',
    ],
  ])('%s → %s', (_, p, expected) => {
    expect(podStatus(p, 'modern')).toBe(expected);
  });

  it('2015 kubectl printed the phase', () => {
    expect(
      podStatus(
        podWith({ phase: 'Running', containerStatuses: [cs('app', waiting('CrashLoopBackOff'))] }),
        '2015',
      ),
    ).toBe('Running');
  });
});

describe('summarizePod: READY and RESTARTS', () => {
  it('counts ready running containers and every restart, remembering the latest', () => {
    const p = podWith(
      {
        phase: 'Running',
        containerStatuses: [
          cs('app', running, { ready: true, restartCount: 2, lastState: terminated(1, 'Error') }),
          cs('sidecar', waiting('CrashLoopBackOff'), {
            restartCount: 1,
            lastState: { terminated: { exitCode: 1, finishedAt: ago(45) } },
          }),
        ],
      },
      { containers: 2 },
    );
    const s = summarizePod(p);
    expect([s.readyContainers, s.totalContainers, s.restarts]).toEqual([1, 2, 3]);
    expect(s.lastRestartMs).toBeDefined();
  });
});

describe('nodeStatus', () => {
  it.each<[string, Parameters<typeof node>[2], string]>([
    ['a Ready node', { ready: 'True' }, 'Ready'],
    ['a node whose kubelet reports not ready', { ready: 'False' }, 'NotReady'],
    ['a silent node (condition Unknown)', { ready: 'Unknown' }, 'NotReady'],
    ['a node with no Ready condition at all', { ready: 'absent' }, 'Unknown'],
    ['a cordoned node', { ready: 'True', unschedulable: true }, 'Ready,SchedulingDisabled'],
    [
      'a cordoned silent node',
      { ready: 'Unknown', unschedulable: true },
      'NotReady,SchedulingDisabled',
    ],
  ])('%s → %s', (_, opts, expected) => {
    expect(nodeStatus(node('node-1', '10.240.0.3', opts))).toBe(expected);
  });
});
