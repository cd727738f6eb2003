import { describe, expect, it } from 'vitest';
import type { ControlMessage } from '../engine/contract';
import {
  emptyPlayer,
  hopAt,
  HOP_MS,
  LAG_MS,
  MIN_HOP_MS,
  next,
  positionOf,
  progressOf,
  receive,
  setMode,
  STEP_HOP_MS,
  tick,
  type LoopPlayer,
} from './loopPlayer';

let seq = 0;
const msg = (from: string, to: string, what: string): ControlMessage => ({
  seq: ++seq,
  time: 0,
  from,
  to,
  what,
  object: { kind: 'Pod', namespace: 'default', name: 'web' },
});

/** The first messages of `kubectl run web`, as the engine records them. */
const runWeb = (): ControlMessage[] => [
  msg('kubectl', 'apiserver', 'create pods/web'),
  msg('apiserver', 'etcd', 'create /registry/pods/default/web'),
  msg('apiserver', 'controller-manager', 'ADDED pods/web'),
  msg('apiserver', 'controller-manager', 'ADDED pods/web'),
  msg('apiserver', 'scheduler', 'ADDED pods/web'),
];

/** Run the player from `from` to `to` in frames of 16 ms, as the page's animation frame does. */
function run(player: LoopPlayer, from: number, to: number, speed = 1): LoopPlayer {
  let p = player;
  for (let t = from; t <= to; t += 16) p = tick(p, t, speed);
  return p;
}

describe('the live player', () => {
  it('sends a quiet message at once, and it takes a 1× hop to arrive', () => {
    let p = receive(emptyPlayer(), [msg('kubectl', 'apiserver', 'create pods/web')], 0);
    p = tick(p, 0);
    expect(p.flying).toHaveLength(1);
    const packet = p.flying[0];
    expect(packet).toMatchObject({
      from: 'kubectl',
      to: 'apiserver',
      kind: 'request',
      duration: HOP_MS,
    });
    expect(progressOf(packet!, HOP_MS / 2)).toBeCloseTo(0.5);
    expect(p.shown?.message.what).toBe('create pods/web');
    expect(tick(p, HOP_MS).flying).toEqual([]);
  });

  it('shows one step after another: the write leaves only when the request has arrived', () => {
    let p = receive(emptyPlayer(), runWeb().slice(0, 2), 0);
    p = tick(p, 0);
    expect(p.flying.map((f) => f.to)).toEqual(['apiserver']);
    p = run(p, 16, p.nextAt - 1);
    expect(p.flying.map((f) => f.to)).toEqual(['apiserver']);
    p = tick(p, p.nextAt);
    expect(p.flying.map((f) => f.to)).toEqual(['etcd']);
    expect(p.flying[0]?.kind).toBe('write');
  });

  it('fans a watch event out to every watcher at once, counting repeated watches', () => {
    let p = receive(emptyPlayer(), runWeb().slice(2), 0);
    p = tick(p, 0);
    expect(p.flying.map((f) => [f.to, f.count, f.label])).toEqual([
      ['controller-manager', 2, 'ADDED pods/web ×2'],
      ['scheduler', 1, 'ADDED pods/web'],
    ]);
    expect(p.flying.every((f) => f.kind === 'watch')).toBe(true);
    // the caption speaks of the watcher that acts on a new pod
    expect(p.shown?.message.to).toBe('scheduler');
  });

  it('freezes when its clock stops: no time passes, nothing moves or leaves', () => {
    let p = tick(receive(emptyPlayer(), runWeb(), 0), 0);
    const frozen = run(p, 300, 300);
    expect(run(frozen, 300, 300)).toBe(frozen);
    p = tick(p, 300);
    expect(tick(p, 300)).toBe(p);
  });

  it('shortens hops when several steps wait, so the last is shown within a second', () => {
    let p = receive(emptyPlayer(), runWeb(), 0); // 3 waves
    p = tick(p, 0);
    expect(p.flying[0]?.duration).toBe(LAG_MS / 2);
    let last = 0;
    for (let t = 0; t <= 3_000 && p.queue.length > 0; t += 16) {
      p = tick(p, t);
      last = t;
    }
    expect(last).toBeLessThanOrEqual(LAG_MS + 16);
  });

  it('merges a burst it cannot show in time into one packet per pair, with a count', () => {
    const burst: ControlMessage[] = [];
    for (let i = 1; i <= 30; i++) {
      burst.push(msg(`kubelet/node-${i % 3}`, 'apiserver', `update pods/web-${i}/status`));
      burst.push(msg('apiserver', 'etcd', `update /registry/pods/default/web-${i}`));
    }
    let p = receive(emptyPlayer(), burst, 0);
    p = tick(p, 0);
    // 60 waves do not fit in a second of 200 ms hops: the oldest 55 merge, the last five wait
    const toEtcd = p.flying.find((f) => f.to === 'etcd');
    expect(toEtcd?.label).toBe('27 messages');
    expect(p.flying).toHaveLength(4); // three kubelets → API server, API server → etcd
    expect(p.flying.reduce((n, f) => n + f.count, 0)).toBe(55);
    expect(p.shown?.burst).toBe(55);
    expect(p.queue).toHaveLength(5);
    p = run(p, 16, LAG_MS + 16);
    expect(p.queue).toHaveLength(0);
  });

  it('never falls more than about a second behind a steady stream at 60×', () => {
    let p = emptyPlayer();
    let worst = 0;
    for (let t = 0; t < 10_000; t += 16) {
      // 60× speed: a few dozen steps per frame
      const batch = Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? msg('apiserver', 'etcd', `update /registry/pods/default/p${i}`)
          : msg(`kubelet/node-${i % 5}`, 'apiserver', `update pods/p${i}/status`),
      );
      p = tick(receive(p, batch, t), t, 60);
      const oldest = p.queue[0];
      if (oldest) worst = Math.max(worst, t - oldest.arrived);
      expect(p.flying.length).toBeLessThan(40);
    }
    expect(worst).toBeLessThanOrEqual(LAG_MS + hopAt(60));
  });

  it('hops faster at higher speeds, within bounds', () => {
    expect(hopAt(1)).toBe(HOP_MS);
    expect(hopAt(5)).toBeLessThan(HOP_MS);
    expect(hopAt(60)).toBe(MIN_HOP_MS);
  });
});

describe('step mode', () => {
  it('shows exactly one message per Next, and says where the student is', () => {
    let p = setMode(emptyPlayer(), 'step', 0);
    p = receive(p, runWeb(), 0);
    p = run(p, 0, 5_000);
    expect(p.flying).toEqual([]); // nothing leaves on its own
    expect(positionOf(p)).toEqual({ index: 0, total: 4 });

    let r = next(p, 5_000);
    expect(r.needsStep).toBe(false);
    p = r.player;
    expect(p.flying).toHaveLength(1);
    expect(p.flying[0]).toMatchObject({ from: 'kubectl', to: 'apiserver', duration: STEP_HOP_MS });
    expect(p.shown?.message.what).toBe('create pods/web');
    expect(positionOf(p)).toEqual({ index: 1, total: 4 });

    r = next(p, 5_100);
    p = r.player;
    expect(p.shown?.message.to).toBe('etcd');
    // the request's packet gives way to the write's: one message on screen at a time
    expect(p.flying.map((f) => f.to)).toEqual(['etcd']);
    // the identical watch messages are one step, with their count
    p = next(p, 5_200).player;
    expect(p.shown).toMatchObject({ count: 2 });
    expect(p.shown?.message.to).toBe('controller-manager');
    p = next(p, 5_300).player;
    expect(p.shown?.message.to).toBe('scheduler');
    expect(positionOf(p)).toEqual({ index: 4, total: 4 });
  });

  it('asks for the cluster to step when nothing is queued, and shows what that step caused', () => {
    let p = setMode(emptyPlayer(), 'step', 0);
    const r = next(p, 0);
    expect(r.needsStep).toBe(true);
    p = r.player;
    expect(p.awaiting).toBe(true);
    p = receive(
      p,
      [
        msg('scheduler', 'apiserver', 'create pods/web/binding → node-2'),
        msg('apiserver', 'etcd', 'update /registry/pods/default/web'),
      ],
      10,
    );
    expect(p.awaiting).toBe(false);
    expect(p.shown?.message.what).toBe('create pods/web/binding → node-2');
    expect(positionOf(p)).toEqual({ index: 1, total: 2 });
  });

  it('starts a new round when messages come after the last one was shown', () => {
    let p = receive(setMode(emptyPlayer(), 'step', 0), runWeb().slice(0, 1), 0);
    p = next(p, 0).player;
    expect(positionOf(p)).toEqual({ index: 1, total: 1 });
    p = receive(p, runWeb().slice(1, 3), 100);
    expect(positionOf(p)).toEqual({ index: 0, total: 2 });
  });

  it('drops the backlog when the mode changes, so live mode does not replay stale steps', () => {
    let p = receive(emptyPlayer(), runWeb(), 0);
    p = setMode(p, 'step', 0);
    expect(p.queue).toEqual([]);
    p = receive(p, runWeb(), 0);
    p = setMode(p, 'live', 0);
    expect(p.queue).toEqual([]);
    expect(next(p, 0)).toEqual({ player: p, needsStep: false });
  });
});

describe('thinning', () => {
  it('keeps the main steps as hops of their own; Events and heartbeats travel with them', () => {
    const steps = [
      msg('kubectl', 'apiserver', 'create pods/web'),
      msg('default-scheduler', 'apiserver', 'create events/web.1'),
      msg('apiserver', 'etcd', 'create /registry/events/default/web.1'),
      msg('kubelet/node-1', 'apiserver', 'update nodes/node-1/status'),
      msg('apiserver', 'etcd', 'update /registry/nodes/node-1'),
      msg('apiserver', 'scheduler', 'MODIFIED nodes/node-1'),
      msg('apiserver', 'etcd', 'create /registry/pods/default/web'),
      msg('apiserver', 'controller-manager', 'MODIFIED pods/web'),
    ];
    // more waves than fit in the second left: the newest arrived 700 ms ago
    let p = receive(emptyPlayer(), steps, 0);
    p = tick(p, 700);
    expect(p.shown?.burst).toBe(0);
    expect(p.flying.map((f) => f.to)).toEqual(['apiserver']);
    p = tick(p, p.nextAt);
    // the write leaves with the Events, the heartbeat, and the watch that only looks: seven
    // steps at once, drawn as one packet per pair of components
    expect(p.flying.map((f) => `${f.from} → ${f.to} ×${f.count}`)).toEqual([
      'default-scheduler → apiserver ×1',
      'apiserver → etcd ×3',
      'kubelet/node-1 → apiserver ×1',
      'apiserver → scheduler ×1',
      'apiserver → controller-manager ×1',
    ]);
    expect(p.shown?.burst).toBe(7);
    expect(p.shown?.message.what).toBe('create /registry/pods/default/web');
  });
});
