import { useLayoutEffect, useRef } from 'react';
import type { Flight } from '../../state/traffic';
import { boxOf, centre, usePicture } from '../cluster/picture';
import { fly } from './flight';
import { RequestBadges } from './RequestBadges';
import { FLIGHT_MS, useTraffic } from './trafficStore';

/**
 * Overlay: each request sent to a service travels as a dot from the proxy of the node it
 * entered through to the pod that answered; a refused one stops at the proxy with a red ✕.
 * The dots are paced in real time (they show order and spread, not simulated latency).
 */
export function TrafficLayer() {
  const flights = useTraffic((s) => s.flights);
  return (
    <g className="traffic-layer">
      <RequestBadges />
      {flights.map((f) => (
        <RequestDot key={f.id} flight={f} />
      ))}
    </g>
  );
}

function RequestDot(props: { flight: Flight }) {
  const { flight } = props;
  const { content, reducedMotion } = usePicture();
  const dot = useRef<SVGGElement>(null);
  const { result } = flight;
  const via = 'error' in result ? undefined : result.via;
  const pod = 'error' in result ? undefined : result.pod;

  useLayoutEffect(() => {
    const element = dot.current;
    if (!element || !content) return;
    const [namespace, serviceName = ''] = flight.service.split('/');
    const start =
      (via && boxOf(content, { kind: 'Proxy', name: via })) ??
      (via && boxOf(content, { kind: 'Node', name: via })) ??
      boxOf(content, { kind: 'Service', name: serviceName, ...(namespace ? { namespace } : {}) });
    if (!start) return;
    const from = centre(start);
    const end = pod
      ? boxOf(content, { kind: 'Pod', name: pod, namespace: flight.namespace })
      : undefined;
    // a refused request goes nowhere: it stays where it entered
    const to = end ? centre(end) : from;
    return fly(element, from, to, reducedMotion ? 0 : FLIGHT_MS);
    // the flight object lives as long as its dot: it flies once, from where the boxes were
  }, [content, flight, via, pod, reducedMotion]);

  const error = 'error' in result ? result.error : undefined;
  return (
    <g
      ref={dot}
      className="request-dot"
      data-request={flight.id}
      data-service={flight.service}
      data-via={via}
      data-pod={pod}
      data-error={error}
    >
      <circle r={6} />
      {error && (
        <text x={9} y={4}>
          ✕ {error}
        </text>
      )}
    </g>
  );
}
