/**
 * The control-loop player: messages in, what the picture shows now out. A pure model (data in,
 * data out), driven by a clock of its own — real milliseconds that pass while the simulated
 * clock runs, or while the student steps — so pausing the cluster freezes the packets.
 *
 * Live: messages leave in waves, one wave when the last one arrived. A wave is a run of
 * messages one component sends with the same words (a watch event fanned out to every watcher
 * leaves at once). Hops take 750 ms at 1×, less at higher speeds; when messages come faster
 * than that, hops shorten, and past that the steps that matter most (loopSteps' importance)
 * keep hops of their own while the others travel alongside them — drawn as one packet per
 * pair of components, with a count, when they crowd — so no step leaves more than about a
 * second after it happened.
 *
 * Step: nothing leaves on its own; each `next` shows exactly one message, and when none is
 * queued it asks for the cluster to step (the caller calls `session.step()`).
 */
import type { ControlMessage } from '../engine/contract';
import { importanceOf, stepKindOf, type StepKind } from './loopSteps';

/** One message waiting to be shown; identical consecutive messages are counted, not repeated. */
export interface Entry {
  message: ControlMessage;
  count: number;
  /** Player ms when it arrived. */
  arrived: number;
}

export interface Packet {
  id: number;
  from: string;
  to: string;
  /** The message's own words, or how many steps a burst stands for. */
  label: string;
  /** How many messages it stands for. */
  count: number;
  kind: StepKind;
  start: number;
  duration: number;
}

/** What the caption tells: the latest step shown, and how many more it stood for. */
export interface Shown {
  message: ControlMessage;
  count: number;
  /** Messages merged into the burst it ended (0 when it was shown on its own). */
  burst: number;
}

export type LoopMode = 'live' | 'step';

export interface LoopPlayer {
  mode: LoopMode;
  queue: readonly Entry[];
  flying: readonly Packet[];
  /** Player ms when the next wave may leave (live). */
  nextAt: number;
  shown: Shown | null;
  /** Step mode: how many entries of this round the student has seen. */
  index: number;
  /** Step mode: Next found nothing queued, and the cluster is stepping to make more. */
  awaiting: boolean;
  nextId: number;
}

/** A hop at 1×, and the shortest a hop may be before waves merge (real ms). */
export const HOP_MS = 750;
export const MIN_HOP_MS = 200;
/** The furthest behind the live picture may fall (real ms). */
export const LAG_MS = 1_000;
/** A step-mode hop: slow, the student asked for this one message. */
export const STEP_HOP_MS = 900;
/** Past this many queued entries, the oldest go unseen (a huge cluster's heartbeats). */
export const QUEUE_KEEP = 2_000;

export function emptyPlayer(mode: LoopMode = 'live'): LoopPlayer {
  return {
    mode,
    queue: [],
    flying: [],
    nextAt: 0,
    shown: null,
    index: 0,
    awaiting: false,
    nextId: 1,
  };
}

const same = (a: ControlMessage, b: ControlMessage): boolean =>
  a.from === b.from && a.to === b.to && a.what === b.what;

/** New messages arrive (in order). In step mode, a Next that was waiting shows the first. */
export function receive(
  player: LoopPlayer,
  messages: readonly ControlMessage[],
  now: number,
): LoopPlayer {
  if (messages.length === 0) return player;
  const queue = [...player.queue];
  // in step mode, messages after a finished round start a new one: "message 1 of 7"
  const index = player.mode === 'step' && queue.length === 0 ? 0 : player.index;
  for (const message of messages) {
    const last = queue.at(-1);
    if (last && same(last.message, message))
      queue[queue.length - 1] = { ...last, message, count: last.count + 1 };
    else queue.push({ message, count: 1, arrived: now });
  }
  const next = { ...player, index, queue: queue.slice(-QUEUE_KEEP) };
  if (next.mode === 'step' && next.awaiting) return showNext({ ...next, awaiting: false }, now);
  return next;
}

/** The player at `now`: packets that arrived leave the picture; in live mode, waves leave. */
export function tick(player: LoopPlayer, now: number, speed = 1): LoopPlayer {
  let next = player;
  const flying = player.flying.filter((p) => now < p.start + p.duration);
  if (flying.length !== player.flying.length) next = { ...next, flying };
  if (next.mode === 'live' && next.queue.length > 0 && now >= next.nextAt)
    next = launchWave(next, now, speed);
  return next;
}

/** The hop at this speed: 750 ms at 1×, shorter when time runs faster, never under 200 ms. */
export function hopAt(speed: number): number {
  return Math.max(MIN_HOP_MS, Math.min(HOP_MS, HOP_MS / Math.sqrt(Math.max(1, speed))));
}

/** The queued entries, cut into waves: runs of one sender's same words, to any receivers. */
export function wavesOf(queue: readonly Entry[]): Entry[][] {
  const waves: Entry[][] = [];
  for (const entry of queue) {
    const wave = waves.at(-1);
    const head = wave?.[0]?.message;
    if (wave && head && head.from === entry.message.from && head.what === entry.message.what)
      wave.push(entry);
    else waves.push([entry]);
  }
  return waves;
}

/** A wave with more packets than this is drawn as one packet per pair of components. */
export const CROWD = 6;

function launchWave(player: LoopPlayer, now: number, speed: number): LoopPlayer {
  const hop = hopAt(speed);
  const oldest = player.queue[0];
  // every queued step must leave within LAG_MS of arriving: this much time is left for them all
  const room = Math.max(0, LAG_MS - (oldest ? now - oldest.arrived : 0));
  const fit = Math.floor(room / MIN_HOP_MS) + 1;
  let waves = wavesOf(player.queue);
  if (waves.length > fit) waves = keepBest(waves, fit);
  const [wave = [], ...rest] = waves;
  const duration =
    rest.length === 0 ? hop : Math.max(MIN_HOP_MS, Math.min(hop, room / rest.length));
  const crowded = wave.length > CROWD;
  const packets = crowded
    ? burstPackets(wave, now, duration, player.nextId)
    : wavePackets(wave, now, duration, player.nextId);
  const told = captionEntry(wave);
  return {
    ...player,
    queue: rest.flat(),
    flying: [...player.flying, ...packets],
    nextAt: now + duration,
    nextId: player.nextId + packets.length,
    shown: told
      ? {
          message: told.message,
          count: told.count,
          burst: crowded ? wave.reduce((n, e) => n + e.count, 0) : 0,
        }
      : player.shown,
  };
}

const waveImportance = (wave: readonly Entry[]): number =>
  Math.min(...wave.map((e) => importanceOf(e.message)));

/**
 * Thinning: keep the `fit` waves that matter most (the later of equals: the picture stays
 * current) as hops of their own; every other wave leaves together with the next kept one (with
 * the last kept one when none follows). Nothing is dropped, and the main steps stay one by one.
 */
export function keepBest(waves: readonly Entry[][], fit: number): Entry[][] {
  const kept = new Set(
    waves
      .map((wave, i) => ({ i, rank: waveImportance(wave) }))
      .sort((a, b) => a.rank - b.rank || b.i - a.i)
      .slice(0, Math.max(1, fit))
      .map((w) => w.i),
  );
  const out: Entry[][] = [];
  let carried: Entry[] = [];
  waves.forEach((wave, i) => {
    if (!kept.has(i)) carried.push(...wave);
    else {
      out.push([...carried, ...wave]);
      carried = [];
    }
  });
  out.at(-1)?.push(...carried);
  return out;
}

/**
 * Which message of a wave the caption speaks of: the one that matters most; of a watch event's
 * receivers, the kubelet or the scheduler (they act on a pod's change) before the controller
 * manager (its watches mostly only look).
 */
function captionEntry(wave: readonly Entry[]): Entry | undefined {
  const toRank = (to: string): number => {
    if (to.startsWith('kubelet/')) return 0;
    if (to === 'scheduler') return 1;
    if (to.startsWith('proxy/')) return 2;
    return 3;
  };
  const rank = (e: Entry): number => importanceOf(e.message) * 10 + toRank(e.message.to);
  return [...wave].sort((a, b) => rank(a) - rank(b))[0];
}

function packetOf(entry: Entry, id: number, start: number, duration: number): Packet {
  const { message, count } = entry;
  return {
    id,
    from: message.from,
    to: message.to,
    label: count > 1 ? `${message.what} ×${count}` : message.what,
    count,
    kind: stepKindOf(message),
    start,
    duration,
  };
}

function wavePackets(wave: readonly Entry[], now: number, duration: number, id: number): Packet[] {
  return wave.map((entry, i) => packetOf(entry, id + i, now, duration));
}

/** One packet per pair of components, counting every message between them in the burst. */
function burstPackets(wave: readonly Entry[], now: number, duration: number, id: number): Packet[] {
  const pairs = new Map<string, { last: Entry; count: number; words: Set<string> }>();
  for (const entry of wave) {
    const key = `${entry.message.from}\u0000${entry.message.to}`;
    const pair = pairs.get(key) ?? { last: entry, count: 0, words: new Set<string>() };
    pair.last = entry;
    pair.count += entry.count;
    pair.words.add(entry.message.what);
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((pair, i) => {
    const packet = packetOf({ ...pair.last, count: pair.count }, id + i, now, duration);
    return pair.words.size > 1 ? { ...packet, label: `${pair.count} messages` } : packet;
  });
}

/** Turn step mode on (the caller pauses the clock) or off. Either way the backlog is dropped. */
export function setMode(player: LoopPlayer, mode: LoopMode, now: number): LoopPlayer {
  if (player.mode === mode) return player;
  return { ...player, mode, queue: [], index: 0, awaiting: false, nextAt: now };
}

/**
 * Step mode's Next: show exactly one queued message. With none queued, the caller must step
 * the cluster (`needsStep`); the first message that step causes is shown when it arrives.
 */
export function next(player: LoopPlayer, now: number): { player: LoopPlayer; needsStep: boolean } {
  if (player.mode !== 'step') return { player, needsStep: false };
  if (player.queue.length > 0) return { player: showNext(player, now), needsStep: false };
  return { player: { ...player, index: 0, awaiting: true }, needsStep: true };
}

function showNext(player: LoopPlayer, now: number): LoopPlayer {
  const [entry, ...rest] = player.queue;
  if (!entry) return player;
  return {
    ...player,
    queue: rest,
    // only this message's packet: the one before it is what the last caption told
    flying: [packetOf(entry, player.nextId, now, STEP_HOP_MS)],
    nextId: player.nextId + 1,
    shown: { message: entry.message, count: entry.count, burst: 0 },
    index: player.index + 1,
  };
}

/** Step mode's "message N of M": N shown so far in this round, M with those still queued. */
export function positionOf(player: LoopPlayer): { index: number; total: number } {
  return { index: player.index, total: player.index + player.queue.length };
}

/** How far along its hop each packet is at `now`, from 0 (leaving) to 1 (arrived). */
export function progressOf(packet: Packet, now: number): number {
  if (packet.duration <= 0) return 1;
  return Math.min(1, Math.max(0, (now - packet.start) / packet.duration));
}
