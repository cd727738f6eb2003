import { useId } from 'react';
import type { Era } from '../../engine/contract';
import { selectCluster } from '../../state/selectors';
import { useCluster, useSession } from '../../state/context';
import type { ClusterState } from '../../state/store';
import { EXAMPLES } from '../editor/examples';

/** A first minute's worth of commands, one click each (UX.md "First minute"), per era. */
export const SUGGESTIONS: Record<Era, readonly string[]> = {
  modern: ['kubectl get nodes', 'kubectl run web --image=nginx', 'kubectl get pods -o wide'],
  // the seeds' own first commands
  '2015': [
    'kubectl get minions',
    'kubectl run-container todo --image=dockerinpractice/todo',
    'kubectl get pods',
  ],
};

const REDIS = EXAMPLES.find((e) => e.name === 'redis-master.json');

/** The node the first-minute fault suggestion stops (UX.md: "stop node-2"). */
const FAULT_NODE = 'node-2';
const selectFaultNodePower = (s: ClusterState): string | undefined =>
  s.stats.nodes[FAULT_NODE]?.power;

export function Suggestions(props: { onRun(line: string): void }) {
  const session = useSession();
  const era = useCluster(selectCluster)?.era ?? 'modern';
  const power = useCluster(selectFaultNodePower);
  const label = useId();
  return (
    <div className="suggestions">
      <span className="suggestions-label" id={label}>
        Try
      </span>
      <ul aria-labelledby={label}>
        {SUGGESTIONS[era].map((line) => (
          <li key={line}>
            <button
              type="button"
              className="suggestion"
              onClick={() => props.onRun(line)}
              title="Run this command"
            >
              {line}
            </button>
          </li>
        ))}
        {power !== undefined && (
          <li>
            <button
              type="button"
              className="suggestion"
              title={
                power === 'on'
                  ? `Power ${FAULT_NODE} off, and watch Kubernetes notice and move its pods`
                  : `Power ${FAULT_NODE} on again`
              }
              onClick={() =>
                void session
                  .fault(
                    power === 'on'
                      ? { action: 'stopNode', node: FAULT_NODE }
                      : { action: 'startNode', node: FAULT_NODE },
                  )
                  .catch(() => undefined)
              }
            >
              {power === 'on' ? `stop ${FAULT_NODE}` : `start ${FAULT_NODE}`}
            </button>
          </li>
        )}
        {REDIS && (
          <li>
            <button
              type="button"
              className="suggestion"
              title="Open the seeds' redis master pod in the editor; Apply creates it"
              onClick={() => session.openDocument(REDIS)}
            >
              open the redis example
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
