import { useId, type CSSProperties } from 'react';
import type { Deployment, ReplicaSet, ReplicationController } from '../../engine/types';
import { useCluster, useClusterShallow } from '../../state/context';
import { controllerColour, type ControllerKind } from '../../state/controllers';
import { selectIsHighlighted } from '../../state/highlight';
import { selectorParts } from '../../state/selection';
import { SelectorChips } from '../services/LabelChip';
import { selectIsSelected, usePointing } from '../services/usePointing';
import { selectController, selectControllerKeys, selectReplicaSetsOf } from './controllerSelectors';
import { replicaCounts, selectReadyPodCount } from './replicaCounts';
import './controllers.css';

/** Controllers (RC, ReplicaSet, Deployment) with desired/current/ready, below the pending area. */
export function ControllersBand() {
  const keys = useClusterShallow(selectControllerKeys);
  const heading = useId();
  return (
    <section className="controllers-band" aria-labelledby={heading} data-band="controllers">
      <h2 id={heading}>Controllers</h2>
      {keys.length === 0 ? (
        <p className="empty">
          No controllers. A ReplicationController, ReplicaSet or Deployment keeps its pods running
          and replaces the ones that go.
        </p>
      ) : (
        <ul className="controllers">
          {keys.map((key) => {
            const [kind, id] = key.split('\u0000') as [ControllerKind, string];
            return (
              <li key={key}>
                <ControllerBox kind={kind} id={id} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ControllerBox(props: { kind: ControllerKind; id: string }) {
  const { kind, id } = props;
  const entry = useCluster(selectController(kind, id));
  const highlighted = useCluster(selectIsHighlighted(kind, id));
  const selected = useCluster(selectIsSelected(kind, id));
  const pointing = usePointing(kind, id);
  const replicaSets = useClusterShallow(selectReplicaSetsOf(kind === 'Deployment' ? id : ''));
  const era = useCluster((s) => s.cluster?.era ?? 'modern');
  const readyPods = useCluster(selectReadyPodCount(kind, id));
  if (!entry) return null;
  const object = entry.object as ReplicationController | ReplicaSet | Deployment;
  const { name, namespace = 'default' } = object.metadata;
  const counts = replicaCounts(object, era, readyPods);
  const colour = controllerColour(object, id);
  const selector = selectorParts(object);
  const where = namespace !== 'default' ? ` (namespace ${namespace})` : '';
  const style = { '--controller': colour } as CSSProperties;
  const settled = counts.ready === counts.desired && counts.current === counts.desired;
  return (
    <div
      role="group"
      tabIndex={0}
      className="controller"
      style={style}
      aria-label={`${kind} ${name}${where}, desired ${counts.desired}, current ${counts.current}, ready ${counts.ready}`}
      data-kind={kind}
      data-name={name}
      data-namespace={namespace}
      data-status={`${counts.ready}/${counts.desired}`}
      data-colour={colour}
      data-highlighted={highlighted ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      {...pointing}
    >
      <div className="controller-head">
        <span className="controller-swatch" aria-hidden="true" />
        <span className="controller-kind">{kindShort(kind)}</span>
        <span className="controller-name">{name}</span>
      </div>
      <dl className="controller-counts" data-tone={settled ? 'ok' : 'wait'}>
        <div>
          <dt>desired</dt>
          <dd>{counts.desired}</dd>
        </div>
        <div>
          <dt>current</dt>
          <dd>{counts.current}</dd>
        </div>
        <div
          title={
            counts.readyCounted
              ? 'Counted from its pods’ Ready condition: a 2015 replication controller reported only its replicas'
              : undefined
          }
        >
          <dt>{counts.readyCounted ? 'ready*' : 'ready'}</dt>
          <dd>
            {counts.ready}
            <span className="controller-settled" aria-hidden="true">
              {settled ? ' ●' : ' ◐'}
            </span>
          </dd>
        </div>
      </dl>
      <p className="controller-selector">
        <span className="controller-caption">selector</span>{' '}
        <SelectorChips pairs={selector.pairs} expressions={selector.expressions} />
      </p>
      {replicaSets.length > 0 && (
        <ul className="controller-children" aria-label={`ReplicaSets of ${name}`}>
          {replicaSets.map((rs) => (
            <li key={rs}>
              <ControllerBox kind="ReplicaSet" id={rs} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The short names kubectl accepts, as the box's kind caption. */
function kindShort(kind: ControllerKind): string {
  return kind === 'ReplicationController' ? 'rc' : kind === 'ReplicaSet' ? 'rs' : 'deploy';
}
