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
  type EngineHost,
  type HostMessage,
  type PageMessage,
  type WireChange,
} from './protocol';
import { wireChange, wireObject } from './statusColumn';

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
        return this.init(message.protocol, message.options);
      case 'kubectl':
        return this.kubectl(message.id, message.line, message.stdin);
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

  private init(protocol: number, options: ClusterOptions): void {
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
    const snapshot = cluster.snapshot();
    // Subscribing right after the snapshot, in the same synchronous turn, means no change
    // can fall between the two.
    this.unwatch = cluster.watch((event) => {
      // control-loop messages are for the picture of a later issue; the list needs changes only
      if (event.type === 'message') {
        if (!this.loopOn) return;
        if (this.loop.length < MAX_LOOP_MESSAGES) this.loop.push(event.message);
        else this.loopDropped++;
        return;
      }
      this.written++;
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
    });
    this.requestFrame();
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
    this.pause();
    const cluster = this.cluster;
    if (!cluster) return;
    const before = this.written;
    let moved = 0;
    while (moved < maxMs && this.written === before) {
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
