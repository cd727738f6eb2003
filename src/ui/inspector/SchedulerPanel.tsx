import { useMemo } from 'react';
import { traceTable, type FilterCell } from '../../state/inspectorTrace';
import { useQuery } from './useQuery';

function Verdict(props: { cell: FilterCell }) {
  const { cell } = props;
  if (cell.verdict === 'fit') return <span data-verdict="fit">✓</span>;
  if (cell.verdict === 'skipped')
    return (
      <span data-verdict="skipped" title="not run: an earlier filter rejected this node">
        –
      </span>
    );
  return <span data-verdict="unfit">✕ {cell.reasons.join(', ')}</span>;
}

/**
 * Why the scheduler put the pod where it did, or nowhere: per node, each filter plugin's verdict
 * with Kubernetes' reason, each score plugin's score × weight, and the total.
 */
export function SchedulerPanel(props: { namespace: string; pod: string; version: unknown }) {
  const state = useQuery(
    { type: 'trace', namespace: props.namespace, name: props.pod },
    props.version,
  );
  const decision = state.phase === 'answered' ? state.value : null;
  const table = useMemo(() => (decision ? traceTable(decision) : null), [decision]);
  if (state.phase === 'loading') return <p className="inspector-note">Asking the scheduler…</p>;
  if (state.phase === 'failed') return <p className="inspector-error">{state.error}</p>;
  if (!table)
    return (
      <p className="inspector-note">
        The scheduler has no decision about {props.pod}: it has not looked at it yet, the pod named
        its node itself (<code>spec.nodeName</code>), or the decision is older than the last 200 the
        simulator keeps.
      </p>
    );
  return (
    <div className="inspector-trace">
      <p>{table.explanation}</p>
      {table.message && <p className="inspector-error">{table.message}</p>}
      {table.scoringSkipped && (
        <p className="inspector-note">Only one node fit, so the scheduler skipped scoring.</p>
      )}
      <table className="inspector-table">
        <caption className="inspector-sr">Scheduler decision for {props.pod}</caption>
        <thead>
          <tr className="inspector-trace-groups">
            <td />
            <th scope="colgroup" colSpan={table.filterPlugins.length}>
              filters
            </th>
            {table.scorePlugins.length > 0 && (
              <th scope="colgroup" colSpan={table.scorePlugins.length}>
                scores (× weight)
              </th>
            )}
            <td />
          </tr>
          <tr>
            <th scope="col">NODE</th>
            {table.filterPlugins.map((plugin) => (
              <th scope="col" key={`f-${plugin}`} className="inspector-plugin">
                <span>{plugin}</span>
              </th>
            ))}
            {table.scorePlugins.map((p) => (
              <th scope="col" key={`s-${p.plugin}`} className="inspector-plugin">
                <span>
                  {p.plugin} ×{p.weight}
                </span>
              </th>
            ))}
            <th scope="col" className="inspector-number">
              TOTAL
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr
              key={row.node}
              data-node={row.node}
              data-chosen={row.chosen ? 'true' : undefined}
              data-feasible={row.feasible ? 'true' : 'false'}
            >
              <th scope="row">
                {row.node}
                {row.chosen ? ' ★ chosen' : ''}
              </th>
              {row.filters.map((cell, i) => (
                <td key={table.filterPlugins[i]}>
                  <Verdict cell={cell} />
                </td>
              ))}
              {row.scores.map((cell, i) => (
                <td key={table.scorePlugins[i]?.plugin} className="inspector-number">
                  {cell ? cell.score : ''}
                </td>
              ))}
              <td className="inspector-number">{row.total ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
