import { useCluster } from '../../state/context';
import type { ClusterState } from '../../state/store';

/**
 * Simulated now, rounded so that ages redraw about four times a real second at most: at 1×
 * once a simulated second (ages are whole seconds), at 60× every 15 simulated seconds. A list
 * of a few hundred ages must not redraw on every frame.
 */
export const selectAgeClock = (s: ClusterState): number => {
  const grain = Math.max(1000, s.clock.speed * 250);
  return Math.floor(s.clock.now / grain) * grain;
};

export function useAgeClock(): number {
  return useCluster(selectAgeClock);
}
