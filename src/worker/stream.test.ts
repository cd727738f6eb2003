import { describe, expect, it } from 'vitest';
import { MAX_LOOP_MESSAGES } from './protocol';
import { startTestHost } from './testHost';

describe('kubectl logs -f through the cluster host', () => {
  it('streams lines after the result as time runs, and the next command ends the stream', () => {
    const { host, timers, posted } = startTestHost({ nodes: 1 });
    host.receive({
      type: 'kubectl',
      id: 1,
      line: 'run ticker --image=busybox:1.36 -- sh -c "while true; do echo tick; sleep 1; done"',
    });
    timers.pass(10_000);
    host.receive({ type: 'kubectl', id: 2, line: 'logs -f ticker' });
    timers.pass(3_000);
    const mine = posted.filter(
      (m) => (m.type === 'kubectlResult' || m.type === 'kubectlOutput') && m.id === 2,
    );
    expect(mine[0]?.type).toBe('kubectlResult');
    const streamed = mine.filter((m) => m.type === 'kubectlOutput');
    expect(streamed.length).toBeGreaterThanOrEqual(2);
    expect(streamed.every((m) => m.type === 'kubectlOutput' && m.text === 'tick\n')).toBe(true);
    host.receive({ type: 'kubectl', id: 3, line: 'get pods' });
    timers.pass(100);
    const last = posted.filter((m) => m.type === 'kubectlOutput' && m.id === 2).at(-1);
    expect(last).toMatchObject({ end: true });
    const count = posted.filter((m) => m.type === 'kubectlOutput' && m.id === 2).length;
    timers.pass(3_000);
    expect(posted.filter((m) => m.type === 'kubectlOutput' && m.id === 2)).toHaveLength(count);
  });
});

describe('control-loop steps through the cluster host', () => {
  it('are sent only while the page asks, in batches of at most MAX_LOOP_MESSAGES', () => {
    const { host, timers, posted } = startTestHost({ nodes: 1 });
    host.receive({ type: 'kubectl', id: 1, line: 'run a --image=nginx:1.27' });
    timers.pass(2_000);
    expect(posted.some((m) => m.type === 'loop')).toBe(false);
    host.receive({ type: 'controlLoop', on: true });
    host.receive({ type: 'kubectl', id: 2, line: 'run b --image=nginx:1.27' });
    timers.pass(10_000);
    const steps = posted.flatMap((m) => (m.type === 'loop' ? m.batch : []));
    expect(steps.map((s) => s.what)).toEqual(
      expect.arrayContaining(['create pods/b', 'start container b']),
    );
    for (const m of posted)
      if (m.type === 'loop') expect(m.batch.length).toBeLessThanOrEqual(MAX_LOOP_MESSAGES);
    host.receive({ type: 'controlLoop', on: false });
    const before = posted.length;
    host.receive({ type: 'kubectl', id: 3, line: 'run c --image=nginx:1.27' });
    timers.pass(10_000);
    expect(posted.slice(before).some((m) => m.type === 'loop')).toBe(false);
  });
});
