import { useLayoutEffect, useState } from 'react';
import type { Endpoints, Service } from '../../engine/types';
import { useCluster } from '../../state/context';
import type { ClusterState } from '../../state/store';
import { afterPaint } from '../cluster/motion';
import { usePicture } from '../cluster/picture';
import { ControllerOutlines } from './ControllerOutlines';
import { measureLinks, NODEPORT_HEIGHT, type NodePortMarker, type ServiceLink } from './linkPaths';
import { selectEndpointsRecord, selectServiceRecord } from './serviceSelectors';

type Drawing = { links: ServiceLink[]; markers: NodePortMarker[] };
const EMPTY: Drawing = { links: [], markers: [] };

function sameDrawing(a: Drawing, b: Drawing): boolean {
  return (
    a.links.length === b.links.length &&
    a.markers.length === b.markers.length &&
    a.links.every((l, i) => {
      const m = b.links[i];
      return m !== undefined && m.key === l.key && m.d === l.d && m.ready === l.ready;
    }) &&
    a.markers.every((l, i) => {
      const m = b.markers[i];
      return m !== undefined && m.key === l.key && m.x === l.x && m.y === l.y;
    })
  );
}

/** The service the student points at (hover first, then the Inspector's selection). */
const selectFocusedService = (s: ClusterState): string | undefined => {
  const hover = s.ui.hover;
  if (hover?.type === 'object' && hover.kind === 'Service') return hover.id;
  if (s.ui.selected?.kind === 'Service') return s.ui.selected.id;
  return undefined;
};

/**
 * Overlay lines from each service through the node proxies to its endpoint pods, the NodePort
 * every proxy opens, and the outlines of the controller pointed at. Re-measured whenever the
 * picture's layout may have moved (`version`) or the services or endpoints changed.
 */
export function ServiceLinks() {
  const { content, version } = usePicture();
  const services = useCluster(selectServiceRecord);
  const endpoints = useCluster(selectEndpointsRecord);
  const focused = useCluster(selectFocusedService);
  const [drawn, setDrawn] = useState<Drawing>(EMPTY);

  useLayoutEffect(() => {
    if (!content || !services) {
      setDrawn((before) => (before.links.length + before.markers.length === 0 ? before : EMPTY));
      return;
    }
    const list = Object.values(services).map((e) => e.object as Service);
    // measured after the paint, when layout is clean: measuring during the commit would make
    // the browser lay the whole picture out first, on every pod's change
    return afterPaint(() => {
      const next = measureLinks(
        content,
        list,
        (s) =>
          endpoints?.[`${s.metadata.namespace ?? 'default'}/${s.metadata.name}`]?.object as
            Endpoints | undefined,
        focused,
      );
      // the layout moves often (any pod's change) while the lines mostly stay: redraw only if
      // they moved
      setDrawn((before) => (sameDrawing(before, next) ? before : next));
    });
  }, [content, version, services, endpoints, focused]);

  return (
    <g className="service-links" data-focus={focused}>
      {drawn.links.map((l) => (
        <path
          key={l.key}
          className="service-link"
          d={l.d}
          data-link={l.link}
          data-service={l.service}
          data-namespace={l.namespace}
          data-node={l.node}
          data-pod={l.pod}
          data-ready={String(l.ready)}
          data-focused={focused === `${l.namespace}/${l.service}` ? 'true' : undefined}
        />
      ))}
      {drawn.markers.map((m) => (
        <g
          key={m.key}
          className="nodeport-marker"
          transform={`translate(${m.x},${m.y})`}
          data-nodeport={m.port}
          data-service={m.service}
          data-node={m.node}
        >
          <rect width={m.width} height={NODEPORT_HEIGHT} rx={4} />
          <text x={6} y={11.5}>
            {m.label}
          </text>
        </g>
      ))}
      <ControllerOutlines />
    </g>
  );
}
