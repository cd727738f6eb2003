/**
 * Looking without touching. The editor checks a manifest at every pause in typing, and those
 * checks are not journaled: a cluster rebuilt from its inputs must come out the same whether or
 * not anyone looked. Dry runs write nothing to the store and record no messages (the API server
 * is called directly, not through kubectl's recording client), and they roll back the addresses
 * they allocate; what is left is the random numbers they draw (UIDs, generated names,
 * ClusterIPs, NodePorts), which `quietly` puts back. (`kubectl diff` typed in the console is an input like any
 * other: it passes no generator and draws as real kubectl's dry-run requests would.)
 */
import type { Rand } from '../../rand';

export function quietly<T>(rand: Rand | undefined, look: () => T): T {
  if (!rand) return look();
  const state = rand.saveState();
  try {
    return look();
  } finally {
    rand.restoreState(state);
  }
}
