/**
 * The control-loop view of one page: the player (src/state/loopPlayer.ts) fed from the store's
 * `loop.messages`, its own clock, the caption, and the toggles. It belongs to the session (one
 * per page instance, like the cluster store), so the caption under the master and the packets
 * in the overlay share it without a provider of their own.
 *
 * The player's clock is real milliseconds that pass while the simulated clock runs, or while
 * the student is in step mode (the cluster is paused then, but the one packet asked for must
 * still travel). An animation frame runs only while packets fly or wait.
 */
import type { ControlMessage } from '../../engine/contract';
import type { SchedulingDecision } from '../../engine/scheduler/types';
import { captionOf } from '../../state/loopCaption';
import { importanceOf } from '../../state/loopSteps';
import {
  emptyPlayer,
  next,
  receive,
  setMode,
  tick,
  type LoopPlayer,
  type Shown,
} from '../../state/loopPlayer';
import type { Session } from '../../state/session';

export interface LoopView {
  /** The control-loop view is on (the host sends its messages). */
  enabled: boolean;
  player: LoopPlayer;
  /** One sentence on the last step shown, or null before the first. */
  caption: string | null;
  /** The step the caption tells (live captions stay up a while, so it may lag the packets). */
  captioned: Shown | null;
}

/** The default: on for clusters a student can follow, off above. */
export const SMALL_CLUSTER = { nodes: 10, pods: 100 };

/** Real time for frames; tests give their own. */
export interface FrameClock {
  now(): number;
  frame(run: () => void): () => void;
}

const browserClock: FrameClock = {
  now: () => performance.now(),
  frame(run) {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  },
};

/** The longest real gap one frame may advance the player (a hidden tab must not jump ahead). */
const MAX_FRAME_MS = 100;

/**
 * A live caption stays up at least this long (player ms), so it can be read; then it tells the
 * step that mattered most meanwhile (the latest of equals).
 */
export const CAPTION_HOLD_MS = 1_500;

export class LoopDirector {
  private view: LoopView = {
    enabled: false,
    player: emptyPlayer(),
    caption: null,
    captioned: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly frameListeners = new Set<(now: number) => void>();
  private time = 0;
  private lastReal: number | undefined;
  private cancelFrame: (() => void) | undefined;
  private paused = false;
  private speed = 1;
  /** Step mode saw the clock paused; a Play after that leaves step mode. */
  private sawPaused = false;
  private chosen = false;
  private lastSeq = 0;
  /** When the caption last changed (player ms), and the newer step waiting for it (live). */
  private captionAt = -Infinity;
  private held: Shown | null | undefined;
  /** The scheduler's decision per binding message, once asked. */
  private readonly traces = new Map<number, SchedulingDecision | null>();
  private readonly asking = new Set<number>();

  constructor(
    private readonly session: Session,
    private readonly clock: FrameClock = browserClock,
  ) {}

  getView = (): LoopView => this.view;

  /** The player's clock, for drawing packets where they are now. */
  now = (): number => this.time;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called on every animation frame while packets move. */
  onFrame(listener: (now: number) => void): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** The default, once per page: on when the cluster starts small enough to follow. */
  decide(nodes: number, pods: number): void {
    if (this.chosen) return;
    this.chosen = true;
    this.setEnabled(nodes <= SMALL_CLUSTER.nodes && pods <= SMALL_CLUSTER.pods);
  }

  /** Whether the view's default was chosen (or the student chose). */
  get decided(): boolean {
    return this.chosen;
  }

  setEnabled(on: boolean): void {
    this.chosen = true;
    if (on === this.view.enabled) return;
    this.session.setControlLoop(on);
    if (!on && this.view.player.mode === 'step') this.session.play();
    this.held = undefined;
    this.update({ enabled: on, player: emptyPlayer(), caption: null, captioned: null });
  }

  setClock(paused: boolean, speed: number): void {
    this.paused = paused;
    this.speed = speed;
    if (paused) this.sawPaused = true;
    // Play (the header's button, or Space) while stepping: the student is back to live
    else if (this.view.player.mode === 'step' && this.sawPaused) this.setStepMode(false, false);
    this.wake();
  }

  /** The store's latest messages (the last 1,000): take the ones not seen yet. */
  feed(messages: readonly ControlMessage[]): void {
    const newest = messages.at(-1);
    if (!newest) return;
    if (newest.seq < this.lastSeq) {
      // a new cluster (a reset): its numbering starts again; its past is not replayed
      this.lastSeq = newest.seq;
      return;
    }
    let from = messages.length;
    while (from > 0 && (messages[from - 1]?.seq ?? 0) > this.lastSeq) from--;
    this.lastSeq = newest.seq;
    if (!this.view.enabled || from === messages.length) return;
    this.setPlayer(receive(this.view.player, messages.slice(from), this.time));
  }

  /** Step mode pauses the cluster; leaving it plays again, unless Play is what left it. */
  setStepMode(on: boolean, resume = true): void {
    const mode = on ? 'step' : 'live';
    if (this.view.player.mode === mode) return;
    if (on) {
      // already paused counts as seen: the next Play leaves step mode
      this.sawPaused = this.paused;
      this.session.pause();
    } else if (resume) this.session.play();
    this.setPlayer(setMode(this.view.player, mode, this.time));
  }

  /** Step mode's Next: one more message, or step the cluster when none is queued. */
  next(): void {
    if (!this.view.enabled) return;
    if (this.view.player.mode !== 'step') this.setStepMode(true);
    const result = next(this.view.player, this.time);
    this.setPlayer(result.player);
    if (result.needsStep) this.session.step();
  }

  stop(): void {
    this.cancelFrame?.();
    this.cancelFrame = undefined;
  }

  private setPlayer(player: LoopPlayer): void {
    if (player === this.view.player) return;
    let patch: Partial<LoopView> = { player };
    if (player.shown !== this.view.player.shown) {
      // step mode tells each step at once: the student asked for it
      if (player.mode === 'step' || this.time - this.captionAt >= CAPTION_HOLD_MS)
        patch = { ...patch, ...this.captioning(player.shown) };
      else if (!this.held || !player.shown || matters(player.shown) <= matters(this.held))
        this.held = player.shown;
    }
    this.update(patch);
    this.wake();
  }

  private captioning(shown: Shown | null): Pick<LoopView, 'caption' | 'captioned'> {
    this.held = undefined;
    this.captionAt = this.time;
    return { caption: this.captionFor(shown), captioned: shown };
  }

  private update(patch: Partial<LoopView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private running(): boolean {
    return !this.paused || this.view.player.mode === 'step';
  }

  /** Run frames while something flies or waits; sleep otherwise. */
  private wake(): void {
    if (!this.busy() || this.cancelFrame) return;
    this.lastReal = this.clock.now();
    this.cancelFrame = this.clock.frame(this.frame);
  }

  private readonly frame = (): void => {
    this.cancelFrame = undefined;
    const real = this.clock.now();
    const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, real - (this.lastReal ?? real)));
    this.lastReal = real;
    if (this.running()) this.time += elapsed;
    this.setPlayer(tick(this.view.player, this.time, this.speed));
    if (this.held !== undefined && this.time - this.captionAt >= CAPTION_HOLD_MS)
      this.update(this.captioning(this.held));
    for (const listener of [...this.frameListeners]) listener(this.time);
    if (this.busy()) this.cancelFrame = this.clock.frame(this.frame);
  };

  /** Frames are needed while the player's clock runs and something flies or waits. */
  private busy(): boolean {
    if (!this.running()) return false;
    const p = this.view.player;
    return (
      p.flying.length > 0 || (p.mode === 'live' && p.queue.length > 0) || this.held !== undefined
    );
  }

  private captionFor(shown: Shown | null): string | null {
    if (!shown) return null;
    const { message } = shown;
    const trace = this.traceFor(message);
    const text = captionOf(message, {
      count: shown.count,
      ...(trace !== undefined ? { trace } : {}),
    });
    if (shown.burst <= 1) return text;
    return `${shown.burst} steps at once, drawn together; the main one: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }

  /**
   * The scheduler's decision behind a binding, asked once per binding; the caption is told
   * again when the answer comes (undefined until then).
   */
  private traceFor(message: ControlMessage): SchedulingDecision | null | undefined {
    if (!message.what.includes('/binding → ') || message.object?.kind !== 'Pod') return undefined;
    if (this.traces.has(message.seq)) return this.traces.get(message.seq);
    const { namespace = 'default', name } = message.object;
    if (this.asking.has(message.seq)) return undefined;
    this.asking.add(message.seq);
    this.session
      .query({ type: 'trace', namespace, name })
      .then(
        (decision) => decision,
        () => null,
      )
      .then((decision) => {
        this.asking.delete(message.seq);
        this.traces.set(message.seq, decision);
        if (this.traces.size > 50) this.traces.delete(this.traces.keys().next().value ?? 0);
        if (this.view.captioned?.message === message)
          this.update({ caption: this.captionFor(this.view.captioned) });
      });
    return undefined;
  }
}

const matters = (shown: Shown): number => importanceOf(shown.message);

const directors = new WeakMap<Session, LoopDirector>();

export function loopDirectorOf(session: Session): LoopDirector {
  let director = directors.get(session);
  if (!director) {
    director = new LoopDirector(session);
    directors.set(session, director);
  }
  return director;
}
