/**
 * The cluster host: owns one engine `Cluster`, moves its simulated clock in real time × speed,
 * and forwards what the cluster writes to the page. The same code runs inside the Web Worker
 * (cluster.worker.ts) and on the main thread (inline.ts); only `post` and the timers differ.
 *
 * Output is paced by frames (~16 ms): changes collected from `cluster.watch` go out as one
 * batch per frame, never as snapshots, and a kubectl result goes out in the same frame after
 * the changes its command caused, so the page never shows "pod/web created" before the pod.
 */
import type {
  Cluster,
  ClusterOptions,
  ControlMessage,
  Era,
  KubectlStream,
} from '../engine/contract';
import {
  MAX_LOOP_MESSAGES,
  PROTOCOL_VERSION,
  type ClockState,
  type ClusterInput,
  type EngineHost,
  type HostMessage,
  type JournalEntry,
  type PageMessage,
  type Query,
  type StatsMessage,
  type WireChange,
} from './protocol';
import { runFault } from './faults';
import { answerQuery } from './queries';
import { wireChange, wireObject } from './statusColumn';
import { vocabularyFor } from './vocabulary';

export interface HostTimers {
  /** Real milliseconds from a monotonic clock. */
  now(): number;
  /** Run `run` after `ms` real milliseconds; returns the function that cancels it. */
  later(run: () => void, ms: number): () => void;
}

export interface HostDeps {
  where: EngineHost;
  createCluster(options: ClusterOptions): Cluster;
  post(message: HostMessage): void;
  timers: HostTimers;
}

export const FRAME_MS = 16;
/** A tab that slept for minutes must not leap minutes of simulated time in one frame. */
export const MAX_FRAME_REAL_MS = 250;
/** Step looks for the next change at this resolution (the engine's watch latency is 50 ms). */
export const STEP_GRAIN_MS = 100;
export const STEP_MAX_MS = 30_000;
/** "Skip to next event" looks this far ahead at most (past the 5-minute eviction timeout). */
export const SKIP_MAX_MS = 15 * 60_000;
/** How often (real ms) the host looks for new node figures to send. */
export const STATS_EVERY_MS = 500;
/** At most this many requests per "send requests". */
export const MAX_REQUESTS = 100;
const MAX_SPEED = 1000;

export class ClusterHost {
  private cluster: Cluster | undefined;
  private era: Era = 'modern';
  private unwatch: (() => void) | undefined;
  private pending: WireChange[] = [];
  /** Control-loop steps for the page, when it asked for them. */
  private loopOn = false;
  private loop: ControlMessage[] = [];
  private loopDropped = 0;
  /** Counts every change written, so `step` can tell when something happened. */
  private written = 0;
  /** Counts Events written, for "skip to next event". */
  private eventsWritten = 0;
  /** While answering a query: its control-loop steps are not the student's, so not drawn. */
  private quiet = false;
  private lastStats = '';
  private lastStatsAt = -Infinity;
  private replies: HostMessage[] = [];
  /** Commands still streaming (`logs -f`), by request id. */
  private readonly streams = new Map<number, KubectlStream>();
  private paused = false;
  private speed = 1;
  /** Fractions of a simulated millisecond not yet handed to the engine. */
  private carry = 0;
  private lastReal = 0;
  private sentClock: ClockState | undefined;
  private cancelFrame: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly deps: HostDeps) {}

  receive(message: PageMessage): void {
    if (this.stopped) return;
    try {
      this.dispatch(message);
    } catch (error) {
      this.fail(error);
    }
  }

  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    this.cancelFrame?.();
    this.cancelFrame = undefined;
  }

  private dispatch(message: PageMessage): void {
    switch (message.type) {
      case 'init':
        return this.init(message.protocol, message.options, message.replay);
      case 'kubectl':
        return this.kubectl(message.id, message.line, message.stdin);
      case 'input':
        return this.input(message.id, message.input);
      case 'query':
        return this.query(message.id, message.query);
      case 'skip':
        return this.skip(message.maxMs ?? SKIP_MAX_MS);
      case 'controlLoop':
        this.loopOn = message.on;
        if (!message.on) {
          this.loop = [];
          this.loopDropped = 0;
        }
        return;
      case 'stopStream':
        return this.stopStream(message.id);
      case 'setSpeed':
        return this.setSpeed(message.speed);
      case 'pause':
        return this.pause();
      case 'play':
        return this.play();
      case 'step':
        return this.step(message.maxMs ?? STEP_MAX_MS);
      case 'ping':
        return this.deps.post({ type: 'pong', id: message.id });
    }
  }

  private init(
    protocol: number,
    options: ClusterOptions,
    replay?: { inputs: JournalEntry[]; until: number },
  ): void {
    if (protocol !== PROTOCOL_VERSION) {
      throw new Error(
        `the page speaks protocol ${protocol} but this cluster host speaks ${PROTOCOL_VERSION}; reload the page`,
      );
    }
    if (this.cluster) {
      this.deps.post({ type: 'error', message: 'the cluster is already running', fatal: false });
      return;
    }
    const cluster = this.deps.createCluster(options);
    this.cluster = cluster;
    this.era = cluster.era;
    if (replay) this.replay(cluster, replay.inputs, replay.until);
    const snapshot = cluster.snapshot();
    // Subscribing right after the snapshot, in the same synchronous turn, means no change
    // can fall between the two.
    this.unwatch = cluster.watch((event) => {
      // control-loop messages are for the picture of a later issue; the list needs changes only
      if (event.type === 'message') {
        if (!this.loopOn || this.quiet) return;
        if (this.loop.length < MAX_LOOP_MESSAGES) this.loop.push(event.message);
        else this.loopDropped++;
        return;
      }
      this.written++;
      if (event.change.kind === 'Event') this.eventsWritten++;
      this.pending.push(wireChange(event.change, this.era));
    });
    this.lastReal = this.deps.timers.now();
    this.sentClock = this.clock();
    this.deps.post({
      type: 'ready',
      protocol: PROTOCOL_VERSION,
      host: this.deps.where,
      era: snapshot.era,
      seed: snapshot.seed,
      epochMs: snapshot.epochMs,
      resourceVersion: snapshot.resourceVersion,
      objects: snapshot.objects.map((object) => wireObject(object, this.era)),
      clock: this.sentClock,
      vocabulary: vocabularyFor(snapshot.era),
    });
    this.requestFrame();
  }

  /**
   * Rebuild a lost cluster: each input at the simulated time it first ran. Time moves in the
   * same order of timers however it is chunked, so the cluster comes back byte for byte.
   */
  private replay(cluster: Cluster, inputs: readonly JournalEntry[], until: number): void {
    for (const entry of inputs) {
      if (entry.at > cluster.now) cluster.advance(entry.at - cluster.now);
      try {
        if (entry.input.type === 'kubectl') {
          const stream = cluster.kubectlStream(entry.input.line, () => {}, entry.input.stdin);
          if (stream.open) stream.stop();
        } else this.runInput(cluster, entry.input);
      } catch {
        // it failed the first time too, and changed nothing then either
      }
    }
    if (until > cluster.now) cluster.advance(until - cluster.now);
  }

  private journal(input: ClusterInput): void {
    const at = this.cluster?.now ?? 0;
    this.replies.push({ type: 'journal', entry: { at, input } });
  }

  private runInput(cluster: Cluster, input: Exclude<ClusterInput, { type: 'kubectl' }>): unknown {
    if (input.type === 'fault') {
      runFault(cluster.faults, input.fault);
      return null;
    }
    const count = Math.min(Math.max(1, Math.floor(input.count)), MAX_REQUESTS);
    const options = {
      ...(input.namespace !== undefined ? { namespace: input.namespace } : {}),
      ...(input.from !== undefined ? { from: input.from } : {}),
    };
    return Array.from({ length: count }, () => cluster.request(input.service, options));
  }

  private input(id: number, input: Exclude<ClusterInput, { type: 'kubectl' }>): void {
    const cluster = this.cluster;
    if (!cluster) {
      this.replies.push({ type: 'answer', id, error: 'the cluster is not running yet' });
    } else {
      this.journal(input);
      try {
        this.replies.push({ type: 'answer', id, value: this.runInput(cluster, input) });
      } catch (error) {
        this.replies.push({ type: 'answer', id, error: describe(error) });
      }
    }
    this.requestFrame();
  }

  private query(id: number, query: Query): void {
    const cluster = this.cluster;
    if (!cluster) {
      this.replies.push({ type: 'answer', id, error: 'the cluster is not running yet' });
      this.requestFrame();
      return;
    }
    this.quiet = true;
    try {
      this.replies.push({ type: 'answer', id, value: answerQuery(cluster, query) });
    } catch (error) {
      this.replies.push({ type: 'answer', id, error: describe(error) });
    } finally {
      this.quiet = false;
    }
    this.requestFrame();
  }

  /** "Skip to next event": like `step`, but only an Event written counts. */
  private skip(maxMs: number): void {
    this.pauseAndAdvanceUntil(maxMs, () => this.eventsWritten);
  }

  private kubectl(id: number, line: string, stdin: string | undefined): void {
    const cluster = this.cluster;
    if (!cluster) {
      this.replies.push({
        type: 'error',
        requestId: id,
        fatal: false,
        message: 'the cluster is not running yet',
      });
    } else {
      try {
        // a new command ends the streams still open, as typing after Ctrl-C would
        for (const open of [...this.streams.keys()]) this.stopStream(open);
        this.journal({ type: 'kubectl', line, ...(stdin !== undefined ? { stdin } : {}) });
        // output that comes while the command itself runs must follow its result, not precede it
        let early: HostMessage[] | undefined = [];
        const send = (message: HostMessage): void => {
          if (early) early.push(message);
          else this.replies.push(message);
        };
        const stream = cluster.kubectlStream(
          line,
          (chunk) =>
            send(
              chunk.stream === 'end'
                ? { type: 'kubectlOutput', id, text: '', end: true }
                : { type: 'kubectlOutput', id, text: chunk.text },
            ),
          stdin,
        );
        this.replies.push({ type: 'kubectlResult', id, result: stream.result }, ...early);
        early = undefined;
        if (stream.open) this.streams.set(id, stream);
      } catch (error) {
        // An exception here is a simulator bug, not kubectl's answer: say so plainly.
        this.replies.push({ type: 'error', requestId: id, fatal: false, message: describe(error) });
      }
    }
    this.requestFrame();
  }

  private stopStream(id: number): void {
    const stream = this.streams.get(id);
    if (!stream) return;
    this.streams.delete(id);
    if (stream.open) {
      stream.stop();
      this.replies.push({ type: 'kubectlOutput', id, text: '', end: true });
    }
    this.requestFrame();
  }

  private setSpeed(speed: number): void {
    if (!(Number.isFinite(speed) && speed > 0 && speed <= MAX_SPEED)) {
      this.deps.post({
        type: 'error',
        fatal: false,
        message: `speed must be above 0 and at most ${MAX_SPEED}, not ${speed}`,
      });
      return;
    }
    // time already elapsed ran at the old speed
    if (!this.paused) this.advanceToNow();
    this.speed = speed;
    this.requestFrame();
  }

  private pause(): void {
    if (!this.paused) this.advanceToNow();
    this.paused = true;
    this.requestFrame();
  }

  private play(): void {
    if (this.paused) {
      this.paused = false;
      this.lastReal = this.deps.timers.now();
      this.carry = 0;
    }
    this.requestFrame();
  }

  private step(maxMs: number): void {
    this.pauseAndAdvanceUntil(maxMs, () => this.written);
  }

  /** Pause, then move time in small grains until `count()` changes, or by `maxMs` at most. */
  private pauseAndAdvanceUntil(maxMs: number, count: () => number): void {
    this.pause();
    const cluster = this.cluster;
    if (!cluster) return;
    const before = count();
    let moved = 0;
    while (moved < maxMs && count() === before) {
      const grain = Math.min(STEP_GRAIN_MS, maxMs - moved);
      cluster.advance(grain);
      moved += grain;
    }
    this.requestFrame();
  }

  private advanceToNow(): void {
    const real = this.deps.timers.now();
    const elapsed = Math.min(Math.max(0, real - this.lastReal), MAX_FRAME_REAL_MS);
    this.lastReal = real;
    if (!this.cluster) return;
    this.carry += elapsed * this.speed;
    const whole = Math.floor(this.carry);
    this.carry -= whole;
    if (whole > 0) this.cluster.advance(whole);
  }

  private requestFrame(): void {
    if (this.cancelFrame || this.stopped) return;
    this.cancelFrame = this.deps.timers.later(() => {
      this.cancelFrame = undefined;
      try {
        this.frame();
      } catch (error) {
        this.fail(error);
      }
    }, FRAME_MS);
  }

  private frame(): void {
    if (!this.paused) this.advanceToNow();
    this.flush();
    if (!this.paused) this.requestFrame();
  }

  private flush(): void {
    if (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      this.deps.post({ type: 'changes', batch });
    }
    if (this.loop.length > 0 || this.loopDropped > 0) {
      this.deps.post({ type: 'loop', batch: this.loop, dropped: this.loopDropped });
      this.loop = [];
      this.loopDropped = 0;
    }
    const replies = this.replies;
    this.replies = [];
    for (const reply of replies) this.deps.post(reply);
    this.sendStats();
    const clock = this.clock();
    const sent = this.sentClock;
    if (
      !sent ||
      sent.now !== clock.now ||
      sent.paused !== clock.paused ||
      sent.speed !== clock.speed
    ) {
      this.sentClock = clock;
      this.deps.post({ type: 'clock', ...clock });
    }
  }

  /** Node figures and component health, when they changed and at most every STATS_EVERY_MS. */
  private sendStats(force = false): void {
    const cluster = this.cluster;
    if (!cluster) return;
    const real = this.deps.timers.now();
    if (!force && real - this.lastStatsAt < STATS_EVERY_MS) return;
    this.lastStatsAt = real;
    const stats: StatsMessage = {
      type: 'stats',
      nodes: cluster.nodeStats(),
      components: cluster.componentStatus(),
    };
    const text = JSON.stringify(stats);
    if (text === this.lastStats) return;
    this.lastStats = text;
    this.deps.post(stats);
  }

  private clock(): ClockState {
    return { now: this.cluster?.now ?? 0, paused: this.paused, speed: this.speed };
  }

  /** The engine threw outside a kubectl command: this host cannot be trusted to go on. */
  private fail(error: unknown): void {
    this.stop();
    this.deps.post({ type: 'error', fatal: true, message: describe(error) });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
