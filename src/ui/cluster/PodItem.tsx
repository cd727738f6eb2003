import { selectPod } from '../../state/selectors';
import { useCluster } from '../../state/context';
import { StatusBadge } from './StatusBadge';
import { toneOf } from './statusLook';

/** One pod: subscribed to its own object only, so another pod's change does not redraw it. */
export function PodItem(props: { id: string; showReason?: boolean }) {
  const entry = useCluster(selectPod(props.id));
  if (!entry) return null;
  const pod = entry.object;
  const { name, namespace } = pod.metadata;
  const nodeName = pod.spec.nodeName ?? '';
  const where = namespace && namespace !== 'default' ? ` (namespace ${namespace})` : '';
  const unscheduled = pod.status?.conditions?.find(
    (c) => c.type === 'PodScheduled' && c.status === 'False',
  );
  const details = [
    pod.status?.podIP ? `IP ${pod.status.podIP}` : undefined,
    nodeName ? `on ${nodeName}` : 'not scheduled yet',
    pod.spec.containers.map((c) => c.image).join(', '),
  ].filter(Boolean);
  return (
    <li>
      <div
        role="group"
        className="pod"
        aria-label={`Pod ${name}${where}, ${entry.status ?? 'Unknown'}`}
        data-kind="Pod"
        data-name={name}
        data-namespace={namespace}
        data-status={entry.status ?? ''}
        data-node={nodeName}
        data-tone={toneOf(entry.status)}
        title={details.join(' · ')}
      >
        <span className="pod-name">{name}</span>
        <StatusBadge status={entry.status} />
        {props.showReason && unscheduled?.message && (
          <p className="pod-reason">{unscheduled.message}</p>
        )}
      </div>
    </li>
  );
}
