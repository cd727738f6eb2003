/**
 * The overlay's lines, as data: from each service down to the proxy of every node that has one
 * of its endpoints, and from that proxy to each endpoint pod. Built from the Endpoints objects
 * (the endpoints controller's truth, ready or not), measured from the page's drawn boxes.
 */
import type { Endpoints, Service } from '../../engine/types';
import { boxOf, type Box } from '../cluster/picture';
import { endpointTargets, nodePortsOf } from './serviceFacts';

export interface ServiceLink {
  key: string;
  /**
   * `service` (service → proxy), `endpoint` (proxy → pod), or `apiserver` (the `kubernetes`
   * service's endpoints are the API server itself, not a pod).
   */
  link: 'service' | 'endpoint' | 'apiserver';
  service: string;
  namespace: string;
  node: string;
  pod?: string;
  ready: boolean;
  d: string;
}

export interface NodePortMarker {
  key: string;
  service: string;
  node: string;
  port: number;
  /** `NodePort 30080`, or `:30080` on a compact node tile. */
  label: string;
  x: number;
  y: number;
  width: number;
}

/** The size of a `NodePort 30080` tab (and of a compact `:30080` one), in content pixels. */
export const NODEPORT_WIDTH = 96;
export const NODEPORT_COMPACT_WIDTH = 46;
export const NODEPORT_HEIGHT = 16;
/** Nodes narrower than this are compact tiles: their tabs say just `:30080`. */
const COMPACT_NODE_WIDTH = 220;

/** Past this many endpoints a service draws its pod lines only while it is pointed at. */
export const MANY_ENDPOINTS = 60;

/** A vertical S-curve from the bottom middle of `from` to the top middle of `to`. */
export function curve(from: Box, to: Box): string {
  const x1 = from.x + from.width / 2;
  const y1 = from.y + from.height;
  const x2 = to.x + to.width / 2;
  const y2 = to.y;
  const bend = Math.max(12, Math.abs(y2 - y1) / 2);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)} C${r(x1)},${r(y1 + bend)} ${r(x2)},${r(y2 - bend)} ${r(x2)},${r(y2)}`;
}

/** The node's proxy badge, or the node itself when it is drawn compact without one. */
function proxyBox(content: HTMLElement, node: string): Box | undefined {
  return (
    boxOf(content, { kind: 'Proxy', name: node }) ?? boxOf(content, { kind: 'Node', name: node })
  );
}

/**
 * The API server's own service (`kubernetes`, and `kubernetes-ro` in 2015): its Endpoints are
 * written by the API server with the master's address, and carry these labels.
 */
function servesApiServer(service: Service): boolean {
  return (
    (service.metadata.namespace ?? 'default') === 'default' &&
    service.metadata.labels?.component === 'apiserver' &&
    service.metadata.labels.provider === 'kubernetes'
  );
}

export function measureLinks(
  content: HTMLElement,
  services: readonly Service[],
  endpointsOf: (service: Service) => Endpoints | undefined,
  focused: string | undefined,
): { links: ServiceLink[]; markers: NodePortMarker[] } {
  const links: ServiceLink[] = [];
  const markers: NodePortMarker[] = [];
  const proxies = new Map<string, Box | undefined>();
  const proxy = (node: string): Box | undefined => {
    if (!proxies.has(node)) proxies.set(node, proxyBox(content, node));
    return proxies.get(node);
  };
  const nodeNames = [...content.querySelectorAll<HTMLElement>('[data-kind="Node"][data-name]')].map(
    (e) => e.dataset.name ?? '',
  );
  const markersAt = new Map<string, number>();
  const nodeBox = (node: string): Box | undefined => boxOf(content, { kind: 'Node', name: node });

  for (const service of services) {
    const { name, namespace = 'default' } = service.metadata;
    const id = `${namespace}/${name}`;
    const box = boxOf(content, { kind: 'Service', name, namespace });
    if (!box) continue;
    const targets = endpointTargets(endpointsOf(service));
    if (servesApiServer(service) && targets.some((t) => !t.pod)) {
      const apiserver = boxOf(content, { kind: 'Component', name: 'apiserver' });
      if (apiserver)
        links.push({
          key: `a\u0000${id}`,
          link: 'apiserver',
          service: name,
          namespace,
          node: '',
          ready: targets.some((t) => t.ready),
          d: curve(apiserver, box),
        });
    }
    const podLines = targets.length <= MANY_ENDPOINTS || focused === id;
    const nodesReached = new Map<string, boolean>();
    for (const t of targets) {
      if (!t.node) continue;
      nodesReached.set(t.node, (nodesReached.get(t.node) ?? false) || t.ready);
    }
    for (const [node, ready] of nodesReached) {
      const p = proxy(node);
      if (!p) continue;
      links.push({
        key: `s\u0000${id}\u0000${node}`,
        link: 'service',
        service: name,
        namespace,
        node,
        ready,
        d: curve(box, p),
      });
    }
    if (podLines) {
      for (const t of targets) {
        if (!t.node || !t.pod) continue;
        const p = proxy(t.node);
        const pod = boxOf(content, { kind: 'Pod', name: t.pod, namespace });
        if (!p || !pod) continue;
        links.push({
          key: `e\u0000${id}\u0000${t.pod}\u0000${t.ready}`,
          link: 'endpoint',
          service: name,
          namespace,
          node: t.node,
          pod: t.pod,
          ready: t.ready,
          d: curve(p, pod),
        });
      }
    }
    // every node's proxy listens on a NodePort, whether or not it has an endpoint itself:
    // drawn as a tab on the node's top edge, a port on the machine
    for (const port of nodePortsOf(service)) {
      for (const node of nodeNames) {
        const n = nodeBox(node);
        if (!n) continue;
        const compact = n.width < COMPACT_NODE_WIDTH;
        const width = compact ? NODEPORT_COMPACT_WIDTH : NODEPORT_WIDTH;
        const stacked = markersAt.get(node) ?? 0;
        markersAt.set(node, stacked + 1);
        markers.push({
          key: `n\u0000${id}\u0000${port}\u0000${node}`,
          service: name,
          node,
          port,
          label: compact ? `:${port}` : `NodePort ${port}`,
          // compact tabs sit at the right end and stack leftwards; wide ones from 40% rightwards
          x: compact
            ? n.x + n.width - (stacked + 1) * (width + 4)
            : n.x + n.width * 0.4 + stacked * (width + 4),
          y: n.y - NODEPORT_HEIGHT / 2,
          width,
        });
      }
    }
  }
  return { links, markers };
}
