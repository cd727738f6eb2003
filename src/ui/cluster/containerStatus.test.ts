import { describe, expect, it } from 'vitest';
import type { ContainerStatus } from '../../engine/types';
import { containerStatusText } from './ContainerChip';

const status = (state: ContainerStatus['state']): ContainerStatus => ({
  name: 'web',
  state,
  lastState: {},
  ready: false,
  restartCount: 0,
  image: 'nginx',
  imageID: '',
});

describe('a container chip says its state as kubectl describe does', () => {
  it.each<[ContainerStatus | undefined, string]>([
    [undefined, 'Waiting'],
    [status({ running: { startedAt: '2015-07-01T00:00:00Z' } }), 'Running'],
    [status({ waiting: { reason: 'CrashLoopBackOff' } }), 'CrashLoopBackOff'],
    [status({ waiting: {} }), 'Waiting'],
    [status({ terminated: { exitCode: 0, reason: 'Completed' } }), 'Completed'],
    [status({ terminated: { exitCode: 137 } }), 'Terminated'],
  ])('%#: %s', (given, text) => {
    expect(containerStatusText(given)).toBe(text);
  });
});
