import { useId } from 'react';
import { SPEEDS } from '../../worker/protocol';
import { selectClock } from '../../state/selectors';
import { useCluster, useSession } from '../../state/context';
import { skipToNextEvent, step, togglePlay } from '../actions';
import { PauseIcon, PlayIcon, SkipIcon, StepIcon } from './icons';
import { SimulatedTime } from './SimulatedTime';

export function ClockControls() {
  const session = useSession();
  const { paused, speed } = useCluster(selectClock);
  const speedLabel = useId();
  return (
    <div className="clock-controls">
      <button
        type="button"
        className="control"
        onClick={() => (paused ? session.play() : session.pause())}
        title={`${paused ? 'Play' : 'Pause'} simulated time (${togglePlay.keyLabel})`}
      >
        {paused ? <PlayIcon /> : <PauseIcon />} {paused ? 'Play' : 'Pause'}
      </button>
      <button
        type="button"
        className="control"
        onClick={() => session.step()}
        title={`Pause, then advance simulated time to the next change, at most 30 s (${step.keyLabel})`}
      >
        <StepIcon /> Step
      </button>
      <button
        type="button"
        className="control"
        onClick={() => session.skipToNextEvent()}
        title={`Pause, then run simulated time on until the cluster records its next event, at most 15 min (${skipToNextEvent.keyLabel})`}
        aria-keyshortcuts={skipToNextEvent.keyLabel}
      >
        <SkipIcon /> Skip to next event
      </button>
      <div className="speed" role="radiogroup" aria-labelledby={speedLabel}>
        <span id={speedLabel} className="speed-label">
          Speed
        </span>
        {SPEEDS.map((s) => (
          <label key={s} className="speed-option" title={`${s} simulated seconds per second`}>
            <input
              type="radio"
              name={speedLabel}
              value={s}
              checked={speed === s}
              onChange={() => session.setSpeed(s)}
            />
            <span>{s}×</span>
          </label>
        ))}
      </div>
      <SimulatedTime />
    </div>
  );
}
