import { describe, expect, it } from 'vitest';
import type { ControlMessage } from '../../engine/contract';
import type { SchedulingDecision } from '../../engine/scheduler/types';
import type { Session } from '../../state/session';
import { CAPTION_HOLD_MS, LoopDirector, type FrameClock } from './loopDirector';

/** A session that records what the director asked of it; answers trace queries with `trace`. */
function fakeSession(trace: SchedulingDecision | null = null) {
  const calls: string[] = [];
  const session = {
    setControlLoop: (on: boolean) => calls.push(`controlLoop ${on}`),
    pause: () => calls.push('pause'),
    play: () => calls.push('play'),
    step: () => calls.push('step'),
    query: () => Promise.resolve(trace),
  } as unknown as Session;
  return { session, calls };
}

/** Frames run when the test says so, with the real time it says. */
function fakeClock() {
  let now = 0;
  let pending: (() => void) | undefined;
  const clock: FrameClock = {
    now: () => now,
    frame(run) {
      pending = run;
      return () => (pending = undefined);
    },
  };
  const advance = (ms: number): void => {
    for (let t = 0; t < ms; t += 16) {
      now += 16;
      const run = pending;
      pending = undefined;
      run?.();
    }
  };
  return { clock, advance };
}

let seq = 0;
const msg = (from: string, to: string, what: string): ControlMessage => ({
  seq: ++seq,
  time: 0,
  from,
  to,
  what,
  object: { kind: 'Pod', namespace: 'default', name: 'web' },
});

describe('the control-loop director', () => {
  it('turns the view on by default for a small cluster only', () => {
    const small = fakeSession();
    const d = new LoopDirector(small.session, fakeClock().clock);
    d.decide(3, 0);
    d.decide(50, 1_000); // decided once
    expect(d.getView().enabled).toBe(true);
    expect(small.calls).toEqual(['controlLoop true']);

    const big = fakeSession();
    const b = new LoopDirector(big.session, fakeClock().clock);
    b.decide(11, 0);
    expect(b.getView().enabled).toBe(false);
  });

  it('takes each message from the store once, and ignores a new cluster’s past', () => {
    const { session } = fakeSession();
    const d = new LoopDirector(session, fakeClock().clock);
    d.decide(3, 0);
    const a = msg('kubectl', 'apiserver', 'create pods/web');
    d.feed([a]);
    d.feed([a]);
    expect(d.getView().player.queue.length + d.getView().player.flying.length).toBe(1);
    // a reset: numbering starts again
    d.feed([{ ...a, seq: 1 }]);
    expect(d.getView().player.queue.length + d.getView().player.flying.length).toBe(1);
  });

  it('pauses for step mode, steps the cluster when nothing is queued, and leaves on Play', () => {
    const { session, calls } = fakeSession();
    const d = new LoopDirector(session, fakeClock().clock);
    d.decide(3, 0);
    d.setStepMode(true);
    expect(calls).toContain('pause');
    d.next();
    expect(calls.at(-1)).toBe('step');
    expect(d.getView().player.awaiting).toBe(true);
    d.feed([msg('scheduler', 'apiserver', 'create pods/web/binding → node-2')]);
    expect(d.getView().player.shown?.message.what).toBe('create pods/web/binding → node-2');
    expect(d.getView().caption).toBe(
      'The scheduler bound web to node-2 (it asked the API server to create a Binding).',
    );
    d.setClock(true, 1);
    d.setClock(false, 1); // the student pressed Play
    expect(d.getView().player.mode).toBe('live');
  });

  it('leaves step mode on Play even when the clock was paused before', () => {
    const { session } = fakeSession();
    const d = new LoopDirector(session, fakeClock().clock);
    d.decide(3, 0);
    d.setClock(true, 1);
    d.setStepMode(true);
    d.setClock(false, 1);
    expect(d.getView().player.mode).toBe('live');
  });

  it('gives a binding its reason when the scheduler trace comes back', async () => {
    const trace: SchedulingDecision = {
      pod: 'default/web',
      evaluated: 2,
      chosen: 'node-2',
      explanation: '',
      nodes: [
        {
          node: 'node-1',
          filters: [
            { plugin: 'NodeUnschedulable', fit: false, reasons: ['node(s) were unschedulable'] },
          ],
          feasible: false,
          scores: [],
          total: 0,
        },
        { node: 'node-2', filters: [], feasible: true, scores: [], total: 0 },
      ],
    };
    const { session } = fakeSession(trace);
    const d = new LoopDirector(session, fakeClock().clock);
    d.decide(3, 0);
    d.setStepMode(true);
    d.feed([msg('scheduler', 'apiserver', 'create pods/web/binding → node-2')]);
    d.next();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(d.getView().caption).toBe(
      'The scheduler bound web to node-2: it was the only node where the pod fits; node-1 (node(s) were unschedulable) was filtered out.',
    );
  });

  it('keeps a live caption up long enough to read, then tells the latest step', () => {
    const { session } = fakeSession();
    const { clock, advance } = fakeClock();
    const d = new LoopDirector(session, clock);
    d.decide(3, 0);
    d.setClock(false, 1);
    d.feed([msg('kubectl', 'apiserver', 'create pods/web')]);
    advance(32);
    expect(d.getView().caption).toMatch(/^kubectl asked the API server to create pod web/);
    d.feed([msg('apiserver', 'etcd', 'create /registry/pods/default/web')]);
    advance(800); // the write's packet has left, but the first caption stays
    expect(d.getView().player.shown?.message.to).toBe('etcd');
    expect(d.getView().caption).toMatch(/^kubectl asked/);
    advance(CAPTION_HOLD_MS);
    expect(d.getView().caption).toMatch(/^The API server stored pod web in etcd/);
  });

  it('freezes packets while the cluster is paused (live)', () => {
    const { session } = fakeSession();
    const { clock, advance } = fakeClock();
    const d = new LoopDirector(session, clock);
    d.decide(3, 0);
    d.setClock(false, 1);
    d.feed([msg('kubectl', 'apiserver', 'create pods/web')]);
    advance(100);
    d.setClock(true, 1);
    const at = d.now();
    advance(2_000);
    expect(d.now()).toBe(at);
    expect(d.getView().player.flying).toHaveLength(1);
  });
});
