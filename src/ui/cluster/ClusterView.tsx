import { useId } from 'react';
import {
  selectEngine,
  selectNodeIds,
  selectPendingPodIds,
  selectPodIdsOnMissingNodes,
} from '../../state/selectors';
import { useCluster, useClusterShallow } from '../../state/context';
import { NodeCard } from './NodeCard';
import { PodItem } from './PodItem';

export function ClusterView() {
  const engine = useCluster(selectEngine);
  const nodeIds = useClusterShallow(selectNodeIds);
  const pendingIds = useClusterShallow(selectPendingPodIds);
  const strayIds = useClusterShallow(selectPodIdsOnMissingNodes);
  const nodesHeading = useId();
  const pendingHeading = useId();
  const strayHeading = useId();

  if (engine.phase !== 'ready') {
    return (
      <main className="cluster" aria-label="Cluster" aria-busy={engine.phase !== 'failed'}>
        <p className="cluster-status">
          {engine.phase === 'failed'
            ? 'The simulated cluster is not running.'
            : 'Starting the simulated cluster…'}
        </p>
      </main>
    );
  }

  return (
    <main className="cluster" aria-label="Cluster">
      <section aria-labelledby={nodesHeading}>
        <h2 id={nodesHeading}>Nodes</h2>
        <ul className="node-grid">
          {nodeIds.map((id) => (
            <NodeCard key={id} id={id} />
          ))}
        </ul>
      </section>
      <section aria-labelledby={pendingHeading} className="pending">
        <h2 id={pendingHeading}>Pending</h2>
        {pendingIds.length === 0 ? (
          <p className="empty">
            No pods waiting for a node. New pods appear here until the scheduler binds them.
          </p>
        ) : (
          <ul className="pods">
            {pendingIds.map((id) => (
              <PodItem key={id} id={id} showReason />
            ))}
          </ul>
        )}
      </section>
      {strayIds.length > 0 && (
        <section aria-labelledby={strayHeading} className="pending">
          <h2 id={strayHeading}>On nodes that no longer exist</h2>
          <ul className="pods">
            {strayIds.map((id) => (
              <PodItem key={id} id={id} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
