import { useId } from 'react';
import { useCluster, useClusterShallow } from '../../state/context';
import {
  selectPendingPodIds,
  selectPendingReasons,
  selectPodIdsOnMissingNodes,
} from '../../state/selectors';
import { usePicture } from './picture';
import { PodItem } from './PodItem';

/**
 * Pods the scheduler has not bound yet, with its reason (the PodScheduled=False condition's
 * message, "0/3 nodes are available: 3 Insufficient cpu."). When one is bound it travels from
 * here to its node.
 */
/** More waiting pods than this and they draw as squares, their reasons summed up once. */
const COMPACT_PENDING_ABOVE = 60;

export function PendingArea() {
  const pendingIds = useClusterShallow(selectPendingPodIds);
  const strayIds = useClusterShallow(selectPodIdsOnMissingNodes);
  const { version } = usePicture();
  const heading = useId();
  const strayHeading = useId();
  return (
    <>
      <section aria-labelledby={heading} className="band pending">
        <h2 id={heading} className="band-title">
          Pending
        </h2>
        {pendingIds.length === 0 ? (
          <p className="empty">
            No pods waiting for a node. New pods appear here until the scheduler binds them.
          </p>
        ) : (
          <ul
            className="pods pending-pods"
            data-compact={pendingIds.length > COMPACT_PENDING_ABOVE ? 'true' : undefined}
          >
            {pendingIds.map((id) => (
              <li key={id} className="pod-cell">
                <PodItem
                  id={id}
                  place="pending"
                  compact={pendingIds.length > COMPACT_PENDING_ABOVE}
                  version={version}
                />
              </li>
            ))}
          </ul>
        )}
        {pendingIds.length > COMPACT_PENDING_ABOVE && <PendingReasons />}
      </section>
      {strayIds.length > 0 && (
        <section aria-labelledby={strayHeading} className="band pending">
          <h2 id={strayHeading} className="band-title">
            On nodes that no longer exist
          </h2>
          <ul className="pods">
            {strayIds.map((id) => (
              <li key={id} className="pod-cell">
                <PodItem id={id} place="stray" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The scheduler's reasons, once each with how many pods they hold back (compact Pending). */
function PendingReasons() {
  const reasons = useCluster(selectPendingReasons);
  if (reasons.length === 0) return null;
  return (
    <ul className="pending-reasons">
      {reasons.slice(0, 5).map((r) => (
        <li key={r.message}>
          <strong>{r.pods === 1 ? '1 pod' : `${r.pods} pods`}:</strong> {r.message}
        </li>
      ))}
    </ul>
  );
}
