import { describe, expect, it } from 'vitest';
import { toneOf, type Tone } from './statusLook';

describe('status tones', () => {
  it.each<[string | undefined, Tone]>([
    ['Running', 'ok'],
    ['Ready', 'ok'],
    ['Ready,SchedulingDisabled', 'cordoned'],
    ['NotReady', 'error'],
    ['Pending', 'wait'],
    ['ContainerCreating', 'wait'],
    ['Init:0/1', 'wait'],
    ['Init:CrashLoopBackOff', 'error'],
    ['CrashLoopBackOff', 'error'],
    ['ErrImagePull', 'error'],
    ['ExitCode:137', 'error'],
    ['Terminating', 'gone'],
    ['Completed', 'done'],
    ['Succeeded', 'done'],
    ['Unknown', 'unknown'],
    [undefined, 'unknown'],
  ])('%s looks %s', (status, tone) => {
    expect(toneOf(status)).toBe(tone);
  });
});
