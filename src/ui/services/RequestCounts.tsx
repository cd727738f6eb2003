import { useCluster, useSession } from '../../state/context';
import { proxyModeText, tallyRows } from '../../state/traffic';
import { clearTally, useTraffic } from './trafficStore';

/** The answers a service gave to "Send requests", per pod: round-robin or random shows here. */
export function RequestCounts(props: { tallyKey: string; name: string }) {
  const session = useSession();
  const tally = useTraffic((s) => s.tallies[props.tallyKey]);
  const failure = useTraffic((s) => s.failures[props.tallyKey]);
  const era = useCluster((s) => s.cluster?.era ?? 'modern');
  if (failure) return <p className="request-failure">✕ Could not send: {failure}</p>;
  if (!tally) return null;
  const rows = tallyRows(tally);
  return (
    <div className="request-counts">
      <table aria-label={`Requests to ${props.name}`}>
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Node</th>
            <th scope="col">Requests</th>
          </tr>
        </thead>
        <tbody>
          {rows.pods.map((row) => (
            <tr key={row.pod} data-pod={row.pod}>
              <td>{row.pod}</td>
              <td>{row.node}</td>
              <td data-count={row.count}>{row.count}</td>
            </tr>
          ))}
          {rows.errors.map((row) => (
            <tr key={row.error} className="request-error" data-error={row.error}>
              <td colSpan={2}>✕ {row.error}</td>
              <td data-count={row.count}>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="request-mode">{proxyModeText(era)}</p>
      <button
        type="button"
        className="request-clear"
        onClick={(event) => {
          event.stopPropagation();
          clearTally(session, props.tallyKey);
        }}
      >
        Clear counts
      </button>
    </div>
  );
}
