import { describe, expect, it } from 'vitest';
import type {
  KubectlStream,
  RequestResult,
  Cluster,
  ClusterEvent,
  ClusterSnapshot,
  KubectlResult,
  ObjectChange,
} from '../engine/contract';
import type { AnyObject, Node, Pod } from '../engine/types';
import { ClusterHost, MAX_FRAME_REAL_MS, STEP_MAX_MS, type HostTimers } from './host';
import type { HostMessage } from './protocol';

const readyNode = (name: string): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name },
  spec: {},
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
});

const pendingPod = (name: string): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name, image: 'nginx' }] },
  status: { phase: 'Pending' },
});

/**
 * A cluster that only does what a test tells it: `kubectl run` writes a pod, and changes can be
 * scheduled at simulated times.
 */
class FakeCluster implements Cluster {
  readonly era = 'modern' as const;
  readonly seed = 1;
  now = 0;
  private rv = 3;
  private listeners: ((event: ClusterEvent) => void)[] = [];
  private due: { at: number; object: AnyObject }[] = [];
  failAdvance = false;
  readonly faults = {
    stopNode: (): void => undefined,
    startNode: (): void => undefined,
    crashContainer: (): void => undefined,
    stopComponent: (): void => undefined,
    startComponent: (): void => undefined,
  };
  request(): RequestResult {
    return { error: 'connection refused' };
  }
  schedulingTrace(): undefined {
    return undefined;
  }
  validateManifest(): [] {
    return [];
  }
  diffManifest(): [] {
    return [];
  }
  componentStatus() {
    return { apiserver: true, etcd: true, scheduler: true, 'controller-manager': true };
  }
  nodeStats(): [] {
    return [];
  }
  containerFiles(): [] {
    return [];
  }
  kubectlStream(line: string): KubectlStream {
    return { result: this.kubectl(line), open: false, stop: () => undefined };
  }

  kubectl(line: string): KubectlResult {
    if (line === 'explode') throw new Error('printer fell over');
    const name = /^run (\S+)/.exec(line)?.[1];
    if (!name) return { stdout: '', stderr: `error: unknown command "${line}"\n`, exitCode: 1 };
    this.write('ADDED', pendingPod(name));
    this.write('MODIFIED', pendingPod(name));
    return { stdout: `pod/${name} created\n`, stderr: '', exitCode: 0 };
  }
  apply(): KubectlResult {
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  writeAt(at: number, object: AnyObject): void {
    this.due.push({ at, object });
  }
  advance(ms: number): void {
    if (this.failAdvance) throw new Error('clock went backwards');
    const end = this.now + ms;
    for (const d of this.due.filter((x) => x.at <= end)) {
      this.now = d.at;
      this.write('MODIFIED', d.object);
    }
    this.due = this.due.filter((x) => x.at > end);
    this.now = end;
  }
  snapshot(): ClusterSnapshot {
    return {
      era: this.era,
      seed: this.seed,
      now: this.now,
      epochMs: 1_000,
      resourceVersion: this.rv,
      objects: [readyNode('node-1'), readyNode('node-2')],
    };
  }
  watch(listener: (event: ClusterEvent) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }
  private write(type: ObjectChange['type'], object: AnyObject): void {
    const change: ObjectChange = {
      type,
      kind: object.kind,
      object,
      resourceVersion: ++this.rv,
      time: this.now,
    };
    for (const l of this.listeners) l({ type: 'change', change });
  }
}

/** Real time under the test's control. */
class ManualTimers implements HostTimers {
  real = 0;
  private pending: { at: number; run: () => void }[] = [];
  now = () => this.real;
  later = (run: () => void, ms: number) => {
    const timer = { at: this.real + ms, run };
    this.pending.push(timer);
    return () => (this.pending = this.pending.filter((t) => t !== timer));
  };
  /** Let `ms` of real time pass, running timers as they fall due. */
  pass(ms: number): void {
    const end = this.real + ms;
    for (;;) {
      const next = this.pending.sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > end) break;
      this.pending.shift();
      this.real = Math.max(this.real, next.at);
      next.run();
    }
    this.real = end;
  }
  /** Let real time pass without running timers, as in a throttled background tab. */
  oversleep(ms: number): void {
    this.real += ms;
  }
}

function setup() {
  const cluster = new FakeCluster();
  const timers = new ManualTimers();
  const posted: HostMessage[] = [];
  const host = new ClusterHost({
    where: 'worker',
    createCluster: () => cluster,
    post: (m) => posted.push(m),
    timers,
  });
  host.receive({ type: 'init', protocol: 2, options: {} });
  const types = () => posted.map((m) => m.type);
  const take = () => posted.splice(0);
  return { cluster, timers, posted, host, types, take };
}

describe('the cluster host', () => {
  it('answers init with the cluster and every object, each with its kubectl status', () => {
    const { posted } = setup();
    expect(posted).toHaveLength(1);
    const ready = posted[0];
    if (ready?.type !== 'ready') throw new Error('expected ready');
    expect(ready).toMatchObject({
      protocol: 2,
      host: 'worker',
      era: 'modern',
      seed: 1,
      epochMs: 1_000,
      resourceVersion: 3,
    });
    expect(ready.objects.map((o) => [o.object.metadata.name, o.status])).toEqual([
      ['node-1', 'Ready'],
      ['node-2', 'Ready'],
    ]);
    expect(ready.clock).toEqual({ now: 0, paused: false, speed: 1 });
  });

  it('moves simulated time with real time, at the chosen speed', () => {
    const { cluster, timers, host } = setup();
    timers.pass(1_000);
    expect(cluster.now).toBeGreaterThanOrEqual(990);
    expect(cluster.now).toBeLessThanOrEqual(1_000);
    host.receive({ type: 'setSpeed', speed: 60 });
    const before = cluster.now;
    timers.pass(1_000);
    expect(cluster.now - before).toBeGreaterThanOrEqual(59_000);
    expect(cluster.now - before).toBeLessThanOrEqual(60_000);
  });

  it('sends what a command changed in one batch, before the command’s answer, on the next frame', () => {
    const { timers, host, posted, take } = setup();
    take();
    host.receive({ type: 'kubectl', id: 7, line: 'run web' });
    expect(posted).toEqual([]);
    timers.pass(16);
    const [changes, journal, result] = take();
    expect(journal).toEqual({
      type: 'journal',
      entry: { at: 0, input: { type: 'kubectl', line: 'run web' } },
    });
    expect(changes?.type).toBe('changes');
    if (changes?.type !== 'changes') return;
    expect(changes.batch.map((c) => [c.type, c.object.metadata.name, c.status])).toEqual([
      ['ADDED', 'web', 'Pending'],
      ['MODIFIED', 'web', 'Pending'],
    ]);
    expect(result).toEqual({
      type: 'kubectlResult',
      id: 7,
      result: { stdout: 'pod/web created\n', stderr: '', exitCode: 0 },
    });
  });

  it('sends at most one batch of changes per frame', () => {
    const { timers, host, take } = setup();
    take();
    host.receive({ type: 'kubectl', id: 1, line: 'run a' });
    host.receive({ type: 'kubectl', id: 2, line: 'run b' });
    timers.pass(16);
    const messages = take();
    expect(messages.filter((m) => m.type === 'changes')).toHaveLength(1);
    expect(
      messages
        .filter((m) => m.type === 'kubectlResult')
        .map((m) => m.type === 'kubectlResult' && m.id),
    ).toEqual([1, 2]);
  });

  it('stands still while paused and does not leap when played again', () => {
    const { cluster, timers, host, take } = setup();
    timers.pass(500);
    host.receive({ type: 'pause' });
    const at = cluster.now;
    timers.pass(10_000);
    expect(cluster.now).toBe(at);
    expect(take().at(-1)).toEqual({ type: 'clock', now: at, paused: true, speed: 1 });
    host.receive({ type: 'play' });
    timers.pass(100);
    expect(cluster.now - at).toBeLessThanOrEqual(100);
  });

  it('keeps answering kubectl while paused', () => {
    const { timers, host, take } = setup();
    host.receive({ type: 'pause' });
    timers.pass(100);
    take();
    host.receive({ type: 'kubectl', id: 3, line: 'nonsense' });
    timers.pass(16);
    expect(take().filter((m) => m.type !== 'journal')).toEqual([
      {
        type: 'kubectlResult',
        id: 3,
        result: { stdout: '', stderr: 'error: unknown command "nonsense"\n', exitCode: 1 },
      },
    ]);
  });

  it('steps to the next change the cluster writes', () => {
    const { cluster, host } = setup();
    cluster.writeAt(2_450, pendingPod('web'));
    host.receive({ type: 'step' });
    expect(cluster.now).toBe(2_500);
  });

  it(`steps ${STEP_MAX_MS / 1000} s at most when nothing happens`, () => {
    const { cluster, host } = setup();
    host.receive({ type: 'step' });
    expect(cluster.now).toBe(STEP_MAX_MS);
  });

  it('does not let a sleeping tab leap ahead', () => {
    const { cluster, timers, host } = setup();
    host.receive({ type: 'setSpeed', speed: 20 });
    timers.oversleep(10_000);
    timers.pass(0);
    expect(cluster.now).toBe(MAX_FRAME_REAL_MS * 20);
  });

  it('reports a command the engine could not run, and carries on', () => {
    const { timers, host, take } = setup();
    take();
    host.receive({ type: 'kubectl', id: 9, line: 'explode' });
    host.receive({ type: 'kubectl', id: 10, line: 'run web' });
    timers.pass(16);
    const messages = take();
    expect(messages).toContainEqual({
      type: 'error',
      requestId: 9,
      fatal: false,
      message: 'printer fell over',
    });
    expect(messages.some((m) => m.type === 'kubectlResult' && m.id === 10)).toBe(true);
  });

  it('stops for good when the engine fails outside a command', () => {
    const { cluster, timers, host, take } = setup();
    take();
    cluster.failAdvance = true;
    timers.pass(16);
    expect(take()).toEqual([{ type: 'error', fatal: true, message: 'clock went backwards' }]);
    host.receive({ type: 'ping', id: 1 });
    timers.pass(100);
    expect(take()).toEqual([]);
  });

  it('refuses a page that speaks another protocol version', () => {
    const posted: HostMessage[] = [];
    const host = new ClusterHost({
      where: 'inline',
      createCluster: () => new FakeCluster(),
      post: (m) => posted.push(m),
      timers: new ManualTimers(),
    });
    host.receive({ type: 'init', protocol: 99, options: {} });
    expect(posted).toEqual([
      {
        type: 'error',
        fatal: true,
        message: 'the page speaks protocol 99 but this cluster host speaks 2; reload the page',
      },
    ]);
  });

  it('answers a ping at once, outside the frame', () => {
    const { host, take } = setup();
    take();
    host.receive({ type: 'ping', id: 4 });
    expect(take()).toEqual([{ type: 'pong', id: 4 }]);
  });
});
