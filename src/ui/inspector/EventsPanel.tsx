import { useMemo } from 'react';
import { useCluster } from '../../state/context';
import type { ApiObjectRef } from '../../state/inspector';
import { eventsFor } from '../../state/inspectorEvents';
import type { ClusterState } from '../../state/store';

const selectEvents = (s: ClusterState) => s.mirror.objects.Event;
const selectEpoch = (s: ClusterState) => s.cluster?.epochMs ?? 0;
/** LAST SEEN moves in whole seconds: re-render once a simulated second, not every frame. */
const selectSecond = (s: ClusterState) => Math.floor(s.clock.now / 1000);

/** The object's Events as `kubectl get events` lists them, newest last. */
export function EventsPanel(props: { object: ApiObjectRef; container?: string }) {
  const events = useCluster(selectEvents);
  const epoch = useCluster(selectEpoch);
  const second = useCluster(selectSecond);
  const { object, container } = props;
  const rows = useMemo(
    () => eventsFor(events, object, epoch + second * 1000, container),
    [events, object, epoch, second, container],
  );
  if (rows.length === 0)
    return <p className="inspector-note">No events about {object.name} yet.</p>;
  return (
    <table className="inspector-table inspector-events">
      <caption className="inspector-sr">Events about {object.name}, newest last</caption>
      <thead>
        <tr>
          <th scope="col">LAST SEEN</th>
          <th scope="col">TYPE</th>
          <th scope="col">REASON</th>
          <th scope="col">FROM</th>
          <th scope="col">MESSAGE</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-type={row.type}>
            <td>{row.lastSeen}</td>
            <td>
              {row.type === 'Warning' ? '⚠ ' : ''}
              {row.type}
            </td>
            <td>{row.reason}</td>
            <td>{row.from}</td>
            <td>
              {row.message}
              {row.count > 1 ? <span className="inspector-muted"> (×{row.count})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
