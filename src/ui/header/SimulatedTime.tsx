import { useId } from 'react';
import { selectClock } from '../../state/selectors';
import { useCluster } from '../../state/context';
import type { ClusterState } from '../../state/store';
import { formatElapsed, formatWallClock } from '../format';

// whole seconds only: the clock re-renders once per simulated second, not once per frame
const selectSeconds = (s: ClusterState) => Math.floor(s.clock.now / 1000);
const selectEpoch = (s: ClusterState) => s.cluster?.epochMs;

export function SimulatedTime() {
  const seconds = useCluster(selectSeconds);
  const epochMs = useCluster(selectEpoch);
  const { paused } = useCluster(selectClock);
  const label = useId();
  return (
    <div className="sim-time" data-paused={paused}>
      <span id={label} className="sim-time-label">
        Simulated time
      </span>
      <span
        role="timer"
        aria-labelledby={label}
        className="sim-time-value"
        title={
          epochMs === undefined
            ? undefined
            : `The cluster's clock reads ${formatWallClock(epochMs + seconds * 1000)}`
        }
      >
        {formatElapsed(seconds * 1000)}
      </span>
    </div>
  );
}
