import { Fragment, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { drawnPartOf } from '../../state/loopEndpoints';
import { progressOf, type Packet } from '../../state/loopPlayer';
import type { StepKind } from '../../state/loopSteps';
import { boxOf, usePicture, type Box } from '../cluster/picture';
import { hopBetween, placePackets, type Hop } from './packetMotion';
import { useLoopDirector, useLoopView } from './useLoop';
import './loop.css';

/** With more packets than this in flight, labels would pile up: dots only. */
const LABELS_UP_TO = 4;

/**
 * Overlay: each control-loop message as a packet travelling from the component that sent it
 * to the one it is for (src/state/loopPlayer.ts decides which, when and how fast). Ends that
 * the picture does not draw (a client IP, a hidden compact pod) get no packet. With reduced
 * motion, nothing moves: both ends are outlined for the hop's time and the caption says it.
 */
export function LoopLayer() {
  const { content, version, reducedMotion, reveal } = usePicture();
  const director = useLoopDirector();
  const { enabled, player } = useLoopView();
  const layer = useRef<SVGGElement>(null);

  // `version` changes when boxes may have moved: measure again
  const drawn = useMemo(
    () => (enabled ? measure(content, player.flying, version) : []),
    [content, enabled, player.flying, version],
  );

  const hops = useMemo(() => new Map(drawn.map((d) => [d.packet.id, d.hop])), [drawn]);
  const packets = useMemo(() => new Map(drawn.map((d) => [d.packet.id, d.packet])), [drawn]);

  useLayoutEffect(() => {
    if (!layer.current || reducedMotion) return;
    const g = layer.current;
    const place = (now: number): void =>
      placePackets(g, hops, (id) => {
        const packet = packets.get(id);
        return packet ? progressOf(packet, now) : 1;
      });
    place(director.now());
    return director.onFrame(place);
  }, [director, hops, packets, reducedMotion]);

  // step mode: bring the message's receiver into view, wherever it is in a big picture
  const stepped = player.mode === 'step' && drawn.length === 1 ? drawn[0] : undefined;
  useEffect(() => {
    if (stepped) reveal(stepped.to);
  }, [stepped, reveal]);

  if (!enabled || drawn.length === 0) return <g className="loop-layer" ref={layer} />;
  const labelled = drawn.length <= LABELS_UP_TO;
  const stepping = player.mode === 'step';
  return (
    <g className="loop-layer" ref={layer} data-loop-layer="">
      {drawn.map(({ packet, hop, from, to }) =>
        reducedMotion ? (
          <g key={packet.id} {...packetAttributes(packet)}>
            <Outline box={from} />
            {!hop.self && <Outline box={to} />}
            {labelled && (
              <text className="loop-label" x={hop.to.x + 10} y={hop.to.y - 10}>
                {packet.label}
              </text>
            )}
          </g>
        ) : (
          <Fragment key={packet.id}>
            {stepping && !hop.self && (
              // step mode: the one message's two ends are outlined too, to find them at once
              <g className="loop-packet loop-ends" data-step={packet.kind}>
                <Outline box={from} />
                <Outline box={to} />
              </g>
            )}
            <g {...packetAttributes(packet)} transform={`translate(${hop.from.x},${hop.from.y})`}>
              {hop.self ? <Ring from={from} /> : <Shape kind={packet.kind} count={packet.count} />}
              {labelled && !hop.self && (
                <text className="loop-label" x={10} y={-10}>
                  {packet.label}
                </text>
              )}
            </g>
          </Fragment>
        ),
      )}
    </g>
  );
}

interface Drawn {
  packet: Packet;
  hop: Hop;
  from: Box;
  to: Box;
}

/** Where each flying packet goes, for those whose two ends are drawn (at layout `_version`). */
function measure(
  content: HTMLElement | null,
  flying: readonly Packet[],
  _version: number,
): Drawn[] {
  const out: Drawn[] = [];
  if (!content) return out;
  for (const packet of flying) {
    const fromPart = drawnPartOf(packet.from);
    const toPart = drawnPartOf(packet.to);
    const from = fromPart && boxOf(content, fromPart);
    const to = toPart && (packet.to === packet.from ? from : boxOf(content, toPart));
    if (from && to) out.push({ packet, hop: hopBetween(from, to), from, to });
  }
  return out;
}

function packetAttributes(packet: Packet) {
  return {
    className: 'loop-packet',
    'data-packet': packet.id,
    'data-step': packet.kind,
    'data-from': packet.from,
    'data-to': packet.to,
    'data-count': packet.count,
  };
}

/** The packet's shape says its kind without colour: ● request ■ write ◆ watch ▲ runtime. */
function Shape(props: { kind: StepKind; count: number }) {
  // a packet standing for many messages is bigger, a little
  const scale = 1 + Math.min(1, Math.log10(Math.max(1, props.count)) / 2);
  const shape = (() => {
    switch (props.kind) {
      case 'write':
        return <rect x={-5.5} y={-5.5} width={11} height={11} />;
      case 'watch':
        return <path d="M0,-7.5L7.5,0L0,7.5L-7.5,0Z" />;
      case 'runtime':
        return <path d="M0,-7.5L7,5.5L-7,5.5Z" />;
      case 'traffic':
        return <circle r={5} className="loop-hollow" />;
      case 'fault':
        return <path d="M-6,-6L6,6M6,-6L-6,6" className="loop-cross" />;
      default:
        return <circle r={6.5} />;
    }
  })();
  return (
    <g className="loop-shape" transform={scale === 1 ? undefined : `scale(${scale.toFixed(2)})`}>
      {shape}
    </g>
  );
}

function Ring(props: { from: Box }) {
  const r = Math.max(props.from.width, props.from.height) / 2 + 6;
  return <circle className="loop-ring" r={r} />;
}

function Outline(props: { box: Box }) {
  const { x, y, width, height } = props.box;
  return (
    <rect
      data-loop-outline=""
      className="loop-outline"
      x={x - 4}
      y={y - 4}
      width={width + 8}
      height={height + 8}
      rx={6}
    />
  );
}
