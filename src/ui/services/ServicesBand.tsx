import { useId } from 'react';
import { useCluster, useClusterShallow, useSession } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import { selectorParts } from '../../state/selection';
import { usePicture } from '../cluster/picture';
import { SelectorChips } from './LabelChip';
import { selectIsSelected, usePointing } from './usePointing';
import { RequestCounts } from './RequestCounts';
import { endpointTargets, endpointsText, portsText, serviceStatus } from './serviceFacts';
import { selectEndpoints, selectService, selectServiceIds } from './serviceSelectors';
import { clusterGeneration, sendRequests, useTraffic } from './trafficStore';
import './services.css';

/** How many requests one press of "Send requests" sends. */
const REQUESTS_PER_PRESS = 10;

/** Services above the minions, with their ClusterIP, ports, selector and endpoints. */
export function ServicesBand() {
  const ids = useClusterShallow(selectServiceIds);
  const heading = useId();
  return (
    <section className="services-band" aria-labelledby={heading} data-band="services">
      <h2 id={heading}>Services</h2>
      {ids.length === 0 ? (
        <p className="empty">
          No services. <code>kubectl expose</code> puts one in front of a pod or a controller.
        </p>
      ) : (
        <ul className="services">
          {ids.map((id) => (
            <ServiceBox key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceBox(props: { id: string }) {
  const { id } = props;
  const session = useSession();
  const service = useCluster(selectService(id));
  const endpoints = useCluster(selectEndpoints(id));
  const highlighted = useCluster(selectIsHighlighted('Service', id));
  const selected = useCluster(selectIsSelected('Service', id));
  const pointing = usePointing('Service', id);
  const { reducedMotion } = usePicture();
  const generation = useCluster((s) => clusterGeneration(s.cluster));
  const tallyKey = `${generation}/${service?.metadata.uid ?? id}`;
  const sending = useTraffic((s) => s.sending[tallyKey] === true);
  if (!service) return null;

  const { name, namespace = 'default' } = service.metadata;
  const type = service.spec.type ?? 'ClusterIP';
  const clusterIP = service.spec.clusterIP ?? '<none>';
  const ports = portsText(service);
  const targets = endpointTargets(endpoints);
  const status = serviceStatus(targets);
  const selector = selectorParts(service);
  const where = namespace !== 'default' ? ` (namespace ${namespace})` : '';
  const send = (): void => {
    void sendRequests(
      session,
      { key: tallyKey, id, name, namespace },
      REQUESTS_PER_PRESS,
      reducedMotion,
    );
  };

  return (
    <li>
      <div
        role="group"
        tabIndex={0}
        className="service"
        aria-label={`Service ${name}${where}, ${type} ${clusterIP}, ${ports}, ${endpointsText(targets)}`}
        data-kind="Service"
        data-name={name}
        data-namespace={namespace}
        data-status={status}
        data-type={type}
        data-highlighted={highlighted ? 'true' : undefined}
        data-selected={selected ? 'true' : undefined}
        aria-current={selected ? 'true' : undefined}
        {...pointing}
      >
        <div className="service-head">
          <span className="service-glyph" aria-hidden="true">
            ⇄
          </span>
          <span className="service-name">{name}</span>
          <span className="service-type">{type}</span>
        </div>
        <p className="service-address">
          <span title="ClusterIP: the virtual IP every node's proxy answers on">{clusterIP}</span>{' '}
          <span className="service-ports" title="PORT(S), as kubectl get services prints it">
            {ports}
          </span>
        </p>
        <p className="service-selector">
          <span className="service-caption">selector</span>{' '}
          <SelectorChips pairs={selector.pairs} expressions={selector.expressions} />
        </p>
        <p className="service-endpoints" data-tone={status === 'NoEndpoints' ? 'wait' : 'ok'}>
          <span aria-hidden="true">{status === 'NoEndpoints' ? '○' : '●'}</span>{' '}
          {endpointsText(targets)}
        </p>
        <button
          type="button"
          className="service-send"
          disabled={sending}
          aria-label={`Send ${REQUESTS_PER_PRESS} requests to ${name}`}
          onClick={(event) => {
            event.stopPropagation();
            send();
          }}
        >
          {sending ? 'Sending…' : `Send ${REQUESTS_PER_PRESS} requests`}
        </button>
        <RequestCounts tallyKey={tallyKey} name={name} />
      </div>
    </li>
  );
}
