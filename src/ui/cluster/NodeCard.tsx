import { selectNode, selectPodIdsOnNode } from '../../state/selectors';
import { useCluster, useClusterShallow } from '../../state/context';
import { PodItem } from './PodItem';
import { StatusBadge } from './StatusBadge';
import { toneOf } from './statusLook';

export function NodeCard(props: { id: string }) {
  const entry = useCluster(selectNode(props.id));
  const podIds = useClusterShallow(selectPodIdsOnNode(props.id));
  if (!entry) return null;
  const node = entry.object;
  const name = node.metadata.name;
  const internalIP = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
  const capacity = node.status?.capacity ?? {};
  const facts = [
    internalIP,
    capacity.cpu && `${capacity.cpu} CPU`,
    capacity.memory,
    capacity.pods && `${podIds.length}/${capacity.pods} pods`,
  ].filter(Boolean);
  return (
    <li>
      <div
        role="group"
        className="node"
        aria-label={`Node ${name}, ${entry.status ?? 'Unknown'}`}
        data-kind="Node"
        data-name={name}
        data-status={entry.status ?? ''}
        data-tone={toneOf(entry.status)}
      >
        <div className="node-head">
          <span className="node-name">{name}</span>
          <StatusBadge status={entry.status} />
        </div>
        <p className="node-facts">{facts.join(' · ')}</p>
        {podIds.length === 0 ? (
          <p className="empty">No pods</p>
        ) : (
          <ul className="pods" aria-label={`Pods on ${name}`}>
            {podIds.map((id) => (
              <PodItem key={id} id={id} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
