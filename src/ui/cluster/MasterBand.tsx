import type { ControlPlaneComponent } from '../../engine/contract';
import { useCluster } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import {
  selectComponentRunning,
  selectIsSelected,
  selectResourceVersion,
  selectStoredObjectCount,
} from '../../state/selectors';
import { drawnAttributes } from './drawn';
import { GLYPHS } from './statusLook';

/** The master's components as the seeds' diagram draws them, named as `faults` names them. */
const COMPONENTS: { name: ControlPlaneComponent; label: string; role: string }[] = [
  { name: 'apiserver', label: 'API server', role: 'the only door to the cluster state' },
  { name: 'etcd', label: 'etcd', role: 'stores every object' },
  { name: 'scheduler', label: 'scheduler', role: 'binds new pods to nodes' },
  {
    name: 'controller-manager',
    label: 'controller manager',
    role: 'runs the replication, endpoints and node controllers',
  },
];

/**
 * The master band: the student's kubectl (where every request starts), then the API server,
 * etcd, the scheduler and the controller manager with their health.
 */
export function MasterBand() {
  const selected = useCluster(selectIsSelected('Kubectl', 'kubectl'));
  return (
    <section className="master" aria-label="Master">
      <h2 className="band-title">Master</h2>
      <div className="master-row">
        <div
          {...drawnAttributes({
            kind: 'Kubectl',
            name: 'kubectl',
            ref: 'kubectl',
            status: 'Running',
            label: 'Kubectl kubectl, your client: the console below sends its commands',
            tone: 'ok',
            selected,
            highlighted: false,
          })}
          className="component kubectl"
          title="kubectl: the console's commands go from here to the API server"
        >
          <span className="component-glyph" aria-hidden="true">
            &gt;_
          </span>
          <span className="component-name">kubectl</span>
        </div>
        {COMPONENTS.map((c) => (
          <MasterComponent key={c.name} {...c} />
        ))}
      </div>
    </section>
  );
}

function MasterComponent(props: { name: ControlPlaneComponent; label: string; role: string }) {
  const running = useCluster(selectComponentRunning(props.name));
  const selected = useCluster(selectIsSelected('Component', props.name));
  const highlighted = useCluster(selectIsHighlighted('Component', props.name));
  const status = running ? 'Running' : 'Stopped';
  const tone = running ? 'ok' : 'error';
  return (
    <div
      {...drawnAttributes({
        kind: 'Component',
        name: props.name,
        ref: props.name,
        status,
        label: `Component ${props.name}, ${status}`,
        tone,
        selected,
        highlighted,
      })}
      className="component"
      title={`${props.label}: ${props.role}`}
    >
      <span className="component-name">{props.label}</span>
      <span className="status">
        <span className="glyph" aria-hidden="true">
          {GLYPHS[tone]}
        </span>
        {status}
      </span>
      {props.name === 'etcd' && <EtcdFacts />}
    </div>
  );
}

function EtcdFacts() {
  const keys = useCluster(selectStoredObjectCount);
  const resourceVersion = useCluster(selectResourceVersion);
  return (
    <span className="etcd-facts">
      <span data-etcd="keys">{keys} keys</span> ·{' '}
      <span data-etcd="resourceVersion">rv {resourceVersion}</span>
    </span>
  );
}
