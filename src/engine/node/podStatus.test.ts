import { describe, expect, it } from 'vitest';
import { podStatus } from '../kubectl/printers/status';
import type { ContainerState, Pod, PodCondition, RestartPolicy } from '../types';
import {
  type ContainerRuntimeState,
  containerStatuses,
  crashLoopMessage,
  goDuration,
  kubeletPodStatus,
  podConditions,
  podPhase,
  statusDiffers,
  running,
  terminated,
  waiting,
} from './podStatus';

const T0 = '2026-01-05T09:00:00Z';
const T1 = '2026-01-05T09:00:05Z';
const T2 = '2026-01-05T09:00:10Z';
const NOW = '2026-01-05T09:01:00Z';

function makePod(
  containers: string[],
  opts: { restartPolicy?: RestartPolicy; init?: string[]; podIP?: string } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-x', namespace: 'default', uid: 'uid-1' },
    spec: {
      containers: containers.map((name) => ({ name, image: 'nginx' })),
      ...(opts.init
        ? { initContainers: opts.init.map((name) => ({ name, image: 'busybox' })) }
        : {}),
      ...(opts.restartPolicy ? { restartPolicy: opts.restartPolicy } : {}),
      nodeName: 'node-1',
    },
    status: { phase: 'Pending', ...(opts.podIP ? { podIP: opts.podIP } : {}) },
  };
}

function c(
  name: string,
  state: ContainerState,
  extra: Partial<ContainerRuntimeState> = {},
): ContainerRuntimeState {
  return {
    name,
    image: 'nginx',
    state,
    lastState: {},
    restartCount: 0,
    ready: state.running !== undefined,
    ...extra,
  };
}

const pod = makePod(['web']);
const creating = c('web', waiting('ContainerCreating'));
const up = c('web', running(T1), { ready: true, started: true });
const crashLoop = c('web', waiting('CrashLoopBackOff', crashLoopMessage(40_000, 'web', pod)), {
  lastState: terminated(1, T1, T2),
  restartCount: 3,
});
const pullBackOff = c('web', waiting('ImagePullBackOff', 'Back-off pulling image "nginx"'));
const done = c('web', terminated(0, T1, T2));
const failed = c('web', terminated(1, T1, T2));

describe('podPhase: the kubelet getPhase', () => {
  it.each<[string, Pod, ContainerRuntimeState[], string]>([
    ['no container known yet', pod, [], 'Pending'],
    ['a container being created', pod, [creating], 'Pending'],
    ['a running container', pod, [up], 'Running'],
    [
      'one running, one never started',
      makePod(['a', 'b']),
      [
        { ...up, name: 'a' },
        { ...creating, name: 'b' },
      ],
      'Pending',
    ],
    ['one running, the other not known', makePod(['a', 'b']), [{ ...up, name: 'a' }], 'Pending'],
    ['CrashLoopBackOff after a run is Running', pod, [crashLoop], 'Running'],
    ['ImagePullBackOff on first start is Pending', pod, [pullBackOff], 'Pending'],
    ['Always, exited 0: restarting, so Running', pod, [done], 'Running'],
    [
      'OnFailure, all exited 0',
      makePod(['web'], { restartPolicy: 'OnFailure' }),
      [done],
      'Succeeded',
    ],
    [
      'OnFailure, a failure: restarting, so Running',
      makePod(['web'], { restartPolicy: 'OnFailure' }),
      [failed],
      'Running',
    ],
    ['Never, all exited 0', makePod(['web'], { restartPolicy: 'Never' }), [done], 'Succeeded'],
    [
      'Never, a failure',
      makePod(['a', 'b'], { restartPolicy: 'Never' }),
      [
        { ...done, name: 'a' },
        { ...failed, name: 'b' },
      ],
      'Failed',
    ],
    [
      'Never, one still running',
      makePod(['a', 'b'], { restartPolicy: 'Never' }),
      [
        { ...up, name: 'a' },
        { ...failed, name: 'b' },
      ],
      'Running',
    ],
    [
      'an init container still running',
      makePod(['web'], { init: ['setup'] }),
      [c('setup', running(T0))],
      'Pending',
    ],
    [
      'init done, app running',
      makePod(['web'], { init: ['setup'] }),
      [c('setup', terminated(0, T0, T1), { ready: true }), up],
      'Running',
    ],
    [
      'Never and a failed init container',
      makePod(['web'], { init: ['setup'], restartPolicy: 'Never' }),
      [c('setup', terminated(1, T0, T1)), creating],
      'Failed',
    ],
    [
      'Always and an init container waiting to retry',
      makePod(['web'], { init: ['setup'] }),
      [c('setup', waiting('CrashLoopBackOff'), { lastState: terminated(1, T0, T1) }), creating],
      'Pending',
    ],
  ])('%s → %s', (_, p, containers, phase) => {
    expect(podPhase(p, containers)).toBe(phase);
  });

  it('a terminal pod (being deleted) ends Succeeded or Failed whatever its restartPolicy', () => {
    expect(podPhase(pod, [done], true)).toBe('Succeeded');
    expect(podPhase(pod, [failed], true)).toBe('Failed');
    expect(podPhase(pod, [crashLoop], true)).toBe('Failed');
  });
});

const summary = (conditions: PodCondition[]): string[] =>
  conditions.map((k) => [k.type, k.status, k.reason ?? '', k.message ?? ''].join(' ').trim());

describe('podConditions', () => {
  it('names the unready containers while they are created', () => {
    const p = makePod(['web', 'log'], { podIP: '10.244.1.2' });
    const conditions = podConditions(p, [creating, { ...creating, name: 'log' }], NOW, 'modern');
    expect(summary(conditions)).toEqual([
      'PodReadyToStartContainers True',
      'Initialized True',
      'Ready False ContainersNotReady containers with unready status: [web log]',
      'ContainersReady False ContainersNotReady containers with unready status: [web log]',
      'PodScheduled True',
    ]);
    expect(conditions.every((k) => k.lastProbeTime === null && k.lastTransitionTime === NOW)).toBe(
      true,
    );
  });

  it('is Ready once every container is ready, and names only those that are not', () => {
    const p = makePod(['web', 'log'], { podIP: '10.244.1.2' });
    expect(summary(podConditions(p, [up, { ...up, name: 'log' }], NOW, 'modern'))).toContain(
      'Ready True',
    );
    expect(
      summary(podConditions(p, [up, { ...up, name: 'log', ready: false }], NOW, 'modern')),
    ).toContain('Ready False ContainersNotReady containers with unready status: [log]');
    expect(summary(podConditions(p, [up], NOW, 'modern'))).toContain(
      'ContainersReady False ContainersNotReady containers with unknown status: [log]',
    );
  });

  it('is not ready to start containers before the sandbox has an IP', () => {
    expect(summary(podConditions(pod, [creating], NOW, 'modern'))[0]).toBe(
      'PodReadyToStartContainers False',
    );
  });

  it('reports unfinished init containers', () => {
    const p = makePod(['web'], { init: ['setup', 'migrate'], podIP: '10.244.1.2' });
    const states = [
      c('setup', terminated(0, T0, T1), { ready: true }),
      c('migrate', running(T1), { ready: false }),
    ];
    expect(summary(podConditions(p, states, NOW, 'modern'))[1]).toBe(
      'Initialized False ContainersNotInitialized containers with incomplete status: [migrate]',
    );
  });

  it('marks a finished pod PodCompleted or PodFailed', () => {
    const never = (policy: RestartPolicy): Pod =>
      makePod(['web'], { restartPolicy: policy, podIP: '10.244.1.2' });
    expect(summary(podConditions(never('Never'), [done], NOW, 'modern'))).toEqual([
      'PodReadyToStartContainers False',
      'Initialized True',
      'Ready False PodCompleted',
      'ContainersReady False PodCompleted',
      'PodScheduled True',
    ]);
    expect(summary(podConditions(never('Never'), [failed], NOW, 'modern'))).toContain(
      'Ready False PodFailed',
    );
  });

  it('keeps lastTransitionTime when a status does not change, and carries conditions it does not own', () => {
    const p = makePod(['web'], { podIP: '10.244.1.2' });
    const previous: PodCondition[] = [
      { type: 'PodScheduled', status: 'True', lastTransitionTime: T0 },
      { type: 'Ready', status: 'False', lastTransitionTime: T1, reason: 'ContainersNotReady' },
      {
        type: 'DisruptionTarget',
        status: 'True',
        lastTransitionTime: T1,
        reason: 'EvictionByEvictionAPI',
      },
    ];
    const conditions = podConditions(p, [up], NOW, 'modern', previous);
    const at = (type: string): string | undefined =>
      conditions.find((k) => k.type === type)?.lastTransitionTime;
    expect(conditions.map((k) => k.type)).toEqual([
      'DisruptionTarget',
      'PodReadyToStartContainers',
      'Initialized',
      'Ready',
      'ContainersReady',
      'PodScheduled',
    ]);
    expect(at('PodScheduled')).toBe(T0);
    expect(at('Ready')).toBe(NOW);
    expect(
      podConditions(p, [up], T2, 'modern', conditions).find((k) => k.type === 'Ready')
        ?.lastTransitionTime,
    ).toBe(NOW);
  });

  it('defaults the previous conditions to the pod’s own', () => {
    const p = makePod(['web'], { podIP: '10.244.1.2' });
    p.status = {
      ...p.status,
      conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: T0 }],
    };
    expect(
      podConditions(p, [up], NOW, 'modern').find((k) => k.type === 'PodScheduled')
        ?.lastTransitionTime,
    ).toBe(T0);
  });

  it('2015: only Ready, without times or reasons', () => {
    expect(podConditions(pod, [creating], NOW, '2015')).toEqual([
      { type: 'Ready', status: 'False' },
    ]);
    expect(podConditions(pod, [up], NOW, '2015')).toEqual([{ type: 'Ready', status: 'True' }]);
  });
});

describe('container states', () => {
  it.each<[string, ContainerState, ContainerState]>([
    [
      'exit 0 completed',
      terminated(0, T1, T2),
      { terminated: { exitCode: 0, reason: 'Completed', startedAt: T1, finishedAt: T2 } },
    ],
    [
      'non-zero is an error',
      terminated(2, T1, T2),
      { terminated: { exitCode: 2, reason: 'Error', startedAt: T1, finishedAt: T2 } },
    ],
    [
      '137 from a kill is an error too',
      terminated(137, T1, T2),
      { terminated: { exitCode: 137, reason: 'Error', startedAt: T1, finishedAt: T2 } },
    ],
    [
      'OOMKilled when given',
      terminated(137, T1, T2, 'OOMKilled'),
      { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T1, finishedAt: T2 } },
    ],
    [
      'waiting without a message',
      waiting('ContainerCreating'),
      { waiting: { reason: 'ContainerCreating' } },
    ],
    ['running', running(T1), { running: { startedAt: T1 } }],
  ])('%s', (_, state, expected) => {
    expect(state).toEqual(expected);
  });

  it('words the CrashLoopBackOff message like the kubelet', () => {
    expect(crashLoopMessage(40_000, 'web', pod)).toBe(
      'back-off 40s restarting failed container=web pod=web-x_default(uid-1)',
    );
    expect(crashLoopMessage(300_000, 'web', pod)).toBe(
      'back-off 5m0s restarting failed container=web pod=web-x_default(uid-1)',
    );
  });
});

describe('goDuration: Go time.Duration String()', () => {
  it.each<[number, string]>([
    [0, '0s'],
    [0.0005, '500ns'],
    [0.0015, '1.5µs'],
    [1.5, '1.5ms'],
    [500, '500ms'],
    [1000, '1s'],
    [1200, '1.2s'],
    [10_000, '10s'],
    [40_000, '40s'],
    [90_500, '1m30.5s'],
    [300_000, '5m0s'],
    [3_600_000, '1h0m0s'],
    [3_725_001, '1h2m5.001s'],
    [-1500, '-1.5s'],
  ])('%d ms → %s', (ms, text) => {
    expect(goDuration(ms)).toBe(text);
  });
});

describe('containerStatuses', () => {
  it('sorts by name, fills imageID, and keeps optional fields only when known', () => {
    const statuses = containerStatuses([
      c('web', running(T1), {
        ready: true,
        containerID: 'containerd://abc',
        imageID: 'docker.io/library/nginx@sha256:1',
        started: true,
      }),
      c('log', waiting('ContainerCreating')),
    ]);
    expect(statuses).toEqual([
      {
        name: 'log',
        state: { waiting: { reason: 'ContainerCreating' } },
        lastState: {},
        ready: false,
        restartCount: 0,
        image: 'nginx',
        imageID: '',
      },
      {
        name: 'web',
        state: { running: { startedAt: T1 } },
        lastState: {},
        ready: true,
        restartCount: 0,
        image: 'nginx',
        imageID: 'docker.io/library/nginx@sha256:1',
        containerID: 'containerd://abc',
        started: true,
      },
    ]);
  });
});

describe('what kubectl prints for pods built from these statuses', () => {
  const build = (p: Pod, states: ContainerRuntimeState[]): Pod => ({
    ...p,
    status: {
      phase: podPhase(p, states),
      conditions: podConditions(p, states, NOW, 'modern'),
      containerStatuses: containerStatuses(states),
    },
  });
  it.each<[string, Pod, ContainerRuntimeState[], string, string]>([
    ['a container being created', pod, [creating], 'ContainerCreating', 'Pending'],
    ['a running container', pod, [up], 'Running', 'Running'],
    ['a crash loop', pod, [crashLoop], 'CrashLoopBackOff', 'Running'],
    ['an image pull back-off', pod, [pullBackOff], 'ImagePullBackOff', 'Pending'],
    [
      'a job-like pod that finished',
      makePod(['web'], { restartPolicy: 'Never' }),
      [done],
      'Completed',
      'Succeeded',
    ],
    [
      'a job-like pod that failed',
      makePod(['web'], { restartPolicy: 'Never' }),
      [failed],
      'Error',
      'Failed',
    ],
    [
      'an OOM kill',
      makePod(['web'], { restartPolicy: 'Never' }),
      [c('web', terminated(137, T1, T2, 'OOMKilled'))],
      'OOMKilled',
      'Failed',
    ],
  ])('%s prints %s (2015: %s)', (_, p, states, modern, old) => {
    const built = build(p, states);
    expect(podStatus(built, 'modern')).toBe(modern);
    expect(podStatus(built, '2015')).toBe(old);
  });
});

describe('the status a kubelet reports', () => {
  const input = {
    pod,
    states: [up],
    terminal: false,
    podIP: '10.244.1.2',
    hostIP: '10.240.0.3',
    startTime: T0,
    now: NOW,
    era: 'modern' as const,
  };

  it('carries the phase, both IPs (and their lists in the modern era) and each container', () => {
    const status = kubeletPodStatus(input);
    expect(status).toMatchObject({
      phase: 'Running',
      hostIP: '10.240.0.3',
      hostIPs: [{ ip: '10.240.0.3' }],
      podIP: '10.244.1.2',
      podIPs: [{ ip: '10.244.1.2' }],
      startTime: T0,
    });
    expect(status.containerStatuses?.map((s) => s.name)).toEqual(['web']);
  });

  it('has no IP lists in the 2015 era, and no pod IP before the sandbox has one', () => {
    const status = kubeletPodStatus({ ...input, era: '2015', podIP: undefined });
    expect(status).not.toHaveProperty('hostIPs');
    expect(status).not.toHaveProperty('podIP');
    expect(status).not.toHaveProperty('podIPs');
  });

  it('is no news when only a condition’s transition time differs', () => {
    const status = kubeletPodStatus(input);
    const later = kubeletPodStatus({ ...input, now: '2026-01-05T09:05:00Z' });
    expect(statusDiffers(status, later)).toBe(false);
    expect(statusDiffers(status, kubeletPodStatus({ ...input, states: [crashLoop] }))).toBe(true);
  });

  it('ignores fields the kubelet does not write', () => {
    const status = kubeletPodStatus(input);
    expect(statusDiffers({ ...status, nominatedNodeName: 'node-9' }, status)).toBe(false);
  });
});
