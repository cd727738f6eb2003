import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './protocol';
import { startTestHost } from './testHost';

const options = { nodes: 3, seed: 7 };

/** A student's few minutes: commands, faults and requests at odd moments of real time. */
function aSession() {
  const t = startTestHost(options);
  let id = 1;
  const kubectl = (line: string, stdin?: string) =>
    t.host.receive({ type: 'kubectl', id: id++, line, ...(stdin ? { stdin } : {}) });
  t.host.receive({ type: 'setSpeed', speed: 20 });
  kubectl('create deployment web --image=nginx --replicas=3');
  t.timers.pass(1_337);
  kubectl('expose deployment web --port=80');
  t.timers.pass(2_111);
  t.host.receive({ type: 'input', id: id++, input: { type: 'request', service: 'web', count: 5 } });
  t.timers.pass(503);
  t.host.receive({
    type: 'input',
    id: id++,
    input: { type: 'fault', fault: { action: 'stopNode', node: 'node-2' } },
  });
  t.timers.pass(4_999);
  kubectl('logs -f web', undefined);
  t.timers.pass(250);
  kubectl('scale deployment web --replicas=5');
  t.timers.pass(3_001);
  t.host.receive({ type: 'pause' });
  t.timers.pass(100);
  const journal = t.posted.flatMap((m) => (m.type === 'journal' ? [m.entry] : []));
  return { t, journal };
}

describe('rebuilding a lost cluster from the journal', () => {
  it('journals every input with the simulated time it ran at', () => {
    const { journal } = aSession();
    expect(journal.map((e) => e.input.type)).toEqual([
      'kubectl',
      'kubectl',
      'request',
      'fault',
      'kubectl',
      'kubectl',
    ]);
    const times = journal.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[1]).toBeGreaterThan(0);
  });

  it('gives back the same cluster, byte for byte, from the same seed and journal', () => {
    const { t, journal } = aSession();
    const original = t.cluster();
    const rebuilt = startTestHost(options, { inputs: journal, until: original.now });
    expect(rebuilt.cluster().now).toBe(original.now);
    expect(JSON.stringify(rebuilt.cluster().snapshot())).toBe(JSON.stringify(original.snapshot()));
    // and they go on alike
    original.advance(60_000);
    rebuilt.cluster().advance(60_000);
    expect(JSON.stringify(rebuilt.cluster().snapshot())).toBe(JSON.stringify(original.snapshot()));
  });

  it('sends ready with the rebuilt objects and journals nothing while replaying', () => {
    const { t, journal } = aSession();
    const rebuilt = startTestHost(options, { inputs: journal, until: t.cluster().now });
    const ready = rebuilt.posted.find((m) => m.type === 'ready');
    expect(ready?.type === 'ready' && ready.clock.now).toBe(t.cluster().now);
    expect(rebuilt.posted.some((m) => m.type === 'journal')).toBe(false);
  });

  it('skips an input that fails, as it failed the first time', () => {
    const inputs: JournalEntry[] = [
      { at: 0, input: { type: 'fault', fault: { action: 'stopNode', node: 'node-9' } } },
      { at: 500, input: { type: 'kubectl', line: 'run web --image=nginx' } },
    ];
    const rebuilt = startTestHost(options, { inputs, until: 10_000 });
    expect(rebuilt.cluster().kubectl('get pod web').exitCode).toBe(0);
  });
});

describe('inputs, queries and skipping through the host', () => {
  it('answers a fault and journals it; a bad fault is refused in the engine’s words', () => {
    const t = startTestHost({ nodes: 2 });
    t.host.receive({
      type: 'input',
      id: 1,
      input: { type: 'fault', fault: { action: 'stopComponent', component: 'scheduler' } },
    });
    t.host.receive({
      type: 'input',
      id: 2,
      input: { type: 'fault', fault: { action: 'startNode', node: 'node-7' } },
    });
    t.timers.pass(20);
    const answers = t.posted.filter((m) => m.type === 'answer');
    expect(answers[0]).toEqual({ type: 'answer', id: 1, value: null });
    expect(answers[1]).toMatchObject({ type: 'answer', id: 2, error: expect.any(String) });
    expect(t.cluster().componentStatus().scheduler).toBe(false);
  });

  it('sends requests through a service and answers which pods served them', () => {
    const t = startTestHost({ nodes: 2, era: '2015' });
    t.host.receive({ type: 'kubectl', id: 1, line: 'run web --image=nginx --replicas=2' });
    t.host.receive({ type: 'kubectl', id: 2, line: 'expose rc web --port=80' });
    t.cluster().advance(60_000);
    t.host.receive({ type: 'input', id: 3, input: { type: 'request', service: 'web', count: 4 } });
    t.timers.pass(20);
    const answer = t.posted.find((m) => m.type === 'answer' && m.id === 3);
    const served = (answer?.type === 'answer' ? (answer.value as { pod: string }[]) : []).map(
      (r) => r.pod,
    );
    expect(served).toHaveLength(4);
    // the 2015 userspace proxy goes round the endpoints in turn
    expect(new Set(served).size).toBe(2);
    expect(served[0]).toBe(served[2]);
  });

  it('answers read-only kubectl queries without journaling or drawing them, and refuses writes', () => {
    const t = startTestHost({ nodes: 1 });
    t.host.receive({ type: 'controlLoop', on: true });
    t.host.receive({ type: 'query', id: 1, query: { type: 'kubectl', line: 'get nodes' } });
    t.host.receive({
      type: 'query',
      id: 2,
      query: { type: 'kubectl', line: 'kubectl delete node node-1' },
    });
    t.timers.pass(20);
    const answers = t.posted.filter((m) => m.type === 'answer');
    expect(answers[0]).toMatchObject({ id: 1, value: { exitCode: 0 } });
    expect(answers[1]).toMatchObject({ id: 2, error: '"delete" is not a read-only command' });
    expect(t.posted.some((m) => m.type === 'journal' || m.type === 'loop')).toBe(false);
    expect(t.cluster().kubectl('get nodes').stdout).toContain('node-1');
  });

  it('answers the scheduler’s trace for a pod', () => {
    const t = startTestHost({ nodes: 2 });
    t.host.receive({ type: 'kubectl', id: 1, line: 'run web --image=nginx' });
    t.cluster().advance(2_000);
    t.host.receive({
      type: 'query',
      id: 2,
      query: { type: 'trace', namespace: 'default', name: 'web' },
    });
    t.timers.pass(20);
    const answer = t.posted.find((m) => m.type === 'answer' && m.id === 2);
    expect(answer).toMatchObject({ value: { nodes: expect.any(Array) } });
  });

  it('skips to the next Event the cluster records, and pauses', () => {
    const t = startTestHost({ nodes: 1 });
    t.cluster().advance(60_000);
    const before = t.cluster().now;
    t.host.receive({ type: 'kubectl', id: 1, line: 'run web --image=nginx' });
    t.host.receive({ type: 'skip' });
    t.timers.pass(20);
    const events = t.cluster().kubectl('get events').stdout;
    expect(events).toMatch(/Scheduled/);
    expect(t.cluster().now - before).toBeLessThan(5_000);
    const clock = t.posted.filter((m) => m.type === 'clock').at(-1);
    expect(clock).toMatchObject({ paused: true });
  });

  it('sends node figures and component health, and again only when they change', () => {
    const t = startTestHost({ nodes: 2 });
    t.timers.pass(20);
    const stats = t.posted.filter((m) => m.type === 'stats');
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({
      nodes: [
        { name: 'node-1', power: 'on' },
        { name: 'node-2', power: 'on' },
      ],
      components: { apiserver: true, scheduler: true },
    });
    t.host.receive({ type: 'pause' });
    t.timers.pass(2_000);
    expect(t.posted.filter((m) => m.type === 'stats')).toHaveLength(1);
    t.host.receive({
      type: 'input',
      id: 1,
      input: { type: 'fault', fault: { action: 'stopNode', node: 'node-2' } },
    });
    t.timers.pass(600);
    const last = t.posted.filter((m) => m.type === 'stats').at(-1);
    expect(last).toMatchObject({ nodes: [{ power: 'on' }, { name: 'node-2', power: 'off' }] });
  });
});
