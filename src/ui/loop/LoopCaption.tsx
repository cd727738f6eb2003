import { positionOf, type LoopPlayer } from '../../state/loopPlayer';
import { useKeyActions } from '../useShortcuts';
import { nextLoopMessage } from './loopActions';
import { useLoopDirector, useLoopFeed, useLoopView } from './useLoop';
import './loop.css';

const loopActions = [nextLoopMessage];

/**
 * Under the master: the "Control loop" and "Step mode" switches, Next, where the student is
 * ("message 3 of 14"), and one sentence on the last step shown — a polite live region, so a
 * screen reader hears each step the picture draws.
 */
export function LoopCaption() {
  const director = useLoopDirector();
  useLoopFeed(director);
  const view = useLoopView();
  useKeyActions(director, loopActions);
  const { enabled, player, caption } = view;
  const stepping = player.mode === 'step';

  return (
    <section
      className="loop-caption"
      aria-label="Control loop"
      data-loop-mode={enabled ? player.mode : 'off'}
    >
      <div className="loop-controls">
        <Switch label="Control loop" on={enabled} onChange={(on) => director.setEnabled(on)} />
        {enabled && (
          <Switch
            label="Step mode"
            on={stepping}
            onChange={(on) => director.setStepMode(on)}
            title="Pause the cluster and show its control-loop messages one at a time"
          />
        )}
        {enabled && stepping && (
          <>
            <button
              type="button"
              className="control loop-next"
              onClick={() => director.next()}
              aria-keyshortcuts="n"
              title="Show the next message; with none left, step the cluster (n)"
            >
              Next message
            </button>
            <span className="loop-position" data-loop-position="">
              {positionText(player)}
            </span>
          </>
        )}
        {enabled && <Legend />}
      </div>
      <p
        className="loop-text"
        aria-live="polite"
        data-loop-caption=""
        data-loop-shown={view.captioned?.message.seq}
      >
        {enabled
          ? (caption ?? idleText(player))
          : 'Turn on "Control loop" to watch each message the components send.'}
      </p>
    </section>
  );
}

function Switch(props: {
  label: string;
  on: boolean;
  onChange(on: boolean): void;
  title?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={props.on}
      className="loop-switch"
      onClick={() => props.onChange(!props.on)}
      title={props.title}
    >
      <span className="loop-switch-track" aria-hidden="true">
        <span className="loop-switch-thumb" />
      </span>
      {props.label}
    </button>
  );
}

function positionText(player: LoopPlayer): string {
  if (player.awaiting) return 'stepping the cluster…';
  const { index, total } = positionOf(player);
  if (index === 0)
    return total === 0
      ? 'no message waiting'
      : `${total} ${total === 1 ? 'message' : 'messages'} waiting`;
  return `message ${index} of ${total}`;
}

function idleText(player: LoopPlayer): string {
  return player.mode === 'step'
    ? 'Step mode: the cluster is paused. Press Next message (n) to see what each component does, one message at a time.'
    : 'Each message a component sends is drawn as a packet; run a kubectl command to see them.';
}

/** The packets' shapes, a second cue besides their colours. */
function Legend() {
  return (
    <ul className="loop-legend" aria-label="Packet kinds">
      <li data-step="request">
        <span aria-hidden="true">●</span> API request
      </li>
      <li data-step="write">
        <span aria-hidden="true">■</span> etcd write
      </li>
      <li data-step="watch">
        <span aria-hidden="true">◆</span> watch event
      </li>
      <li data-step="runtime">
        <span aria-hidden="true">▲</span> runtime call
      </li>
      <li data-step="decision">
        <span aria-hidden="true">◌</span> decision
      </li>
    </ul>
  );
}
