import { describe, expect, it } from 'vitest';
import type { Endpoints, Service } from '../../engine/types';
import { drawnSelector, type Box, type DrawnRef } from '../cluster/picture';
import { MANY_ENDPOINTS, measureLinks } from './linkPaths';

/** Just enough of the picture's content element: drawn boxes found by their data attributes. */
function picture(boxes: [DrawnRef, Box][]): HTMLElement {
  const rect = (b: Box) => ({ left: b.x, top: b.y, width: b.width, height: b.height });
  const element = (ref: DrawnRef, box: Box) => ({
    dataset: { name: ref.name },
    getBoundingClientRect: () => rect(box),
  });
  const bySelector = new Map<string, ReturnType<typeof element>>();
  const nodes: ReturnType<typeof element>[] = [];
  for (const [ref, box] of boxes) {
    const e = element(ref, box);
    bySelector.set(drawnSelector(ref), e);
    if (ref.namespace === undefined)
      bySelector.set(drawnSelector({ kind: ref.kind, name: ref.name }), e);
    if (ref.kind === 'Node') nodes.push(e);
  }
  return {
    offsetWidth: 1000,
    getBoundingClientRect: () => ({ left: 0, top: 0, width: 1000, height: 1000 }),
    querySelector: (selector: string) => bySelector.get(selector) ?? null,
    querySelectorAll: () => nodes,
  } as unknown as HTMLElement;
}

const box = (x: number, y: number): Box => ({ x, y, width: 40, height: 20 });

const service = (name: string, extra: Partial<Service['spec']> = {}): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default' },
  spec: { selector: { app: name }, ports: [{ port: 80 }], ...extra },
});

const endpoints = (ready: [string, string][], notReady: [string, string][] = []): Endpoints => ({
  apiVersion: 'v1',
  kind: 'Endpoints',
  metadata: { name: 'web', namespace: 'default' },
  subsets: [
    {
      addresses: ready.map(([pod, node], i) => ({
        ip: `10.0.1.${i}`,
        nodeName: node,
        targetRef: { kind: 'Pod', name: pod },
      })),
      notReadyAddresses: notReady.map(([pod, node], i) => ({
        ip: `10.0.2.${i}`,
        nodeName: node,
        targetRef: { kind: 'Pod', name: pod },
      })),
    },
  ],
});

const drawn: [DrawnRef, Box][] = [
  [{ kind: 'Service', name: 'web', namespace: 'default' }, box(100, 0)],
  [
    { kind: 'Node', name: 'node-1' },
    { x: 0, y: 100, width: 300, height: 200 },
  ],
  [
    { kind: 'Node', name: 'node-2' },
    { x: 400, y: 100, width: 300, height: 200 },
  ],
  [{ kind: 'Proxy', name: 'node-1' }, box(10, 140)],
  [{ kind: 'Proxy', name: 'node-2' }, box(410, 140)],
  [{ kind: 'Pod', name: 'web-a', namespace: 'default' }, box(10, 200)],
  [{ kind: 'Pod', name: 'web-b', namespace: 'default' }, box(410, 200)],
];

describe('the lines from a service to its endpoints', () => {
  it('go to the proxy of each node with an endpoint, then to each endpoint pod', () => {
    const { links } = measureLinks(
      picture(drawn),
      [service('web')],
      () => endpoints([['web-a', 'node-1']], [['web-b', 'node-2']]),
      undefined,
    );
    expect(links.map((l) => [l.link, l.node, l.pod, l.ready])).toEqual([
      ['service', 'node-1', undefined, true],
      ['service', 'node-2', undefined, false],
      ['endpoint', 'node-1', 'web-a', true],
      ['endpoint', 'node-2', 'web-b', false],
    ]);
    // from the service's bottom middle to the proxy's top middle
    expect(links[0]?.d).toMatch(/^M120,20 C.* 30,140$/);
  });

  it('follow the endpoints controller, not the selector: no endpoints, no lines', () => {
    const { links } = measureLinks(picture(drawn), [service('web')], () => undefined, undefined);
    expect(links).toEqual([]);
  });

  it('leave out the pod lines of a service with many endpoints unless it is pointed at', () => {
    const many = Array.from({ length: MANY_ENDPOINTS + 1 }, (_, i): [string, string] => [
      i === 0 ? 'web-a' : `p${i}`,
      'node-1',
    ]);
    const quiet = measureLinks(picture(drawn), [service('web')], () => endpoints(many), undefined);
    expect(quiet.links.filter((l) => l.link === 'endpoint')).toEqual([]);
    const focused = measureLinks(
      picture(drawn),
      [service('web')],
      () => endpoints(many),
      'default/web',
    );
    expect(focused.links.filter((l) => l.link === 'endpoint').map((l) => l.pod)).toEqual(['web-a']);
  });

  it('mark a NodePort on every node, endpoints there or not', () => {
    const nodePort = service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
    const { markers } = measureLinks(
      picture(drawn),
      [nodePort],
      () => endpoints([['web-a', 'node-1']]),
      undefined,
    );
    expect(markers.map((m) => [m.node, m.port])).toEqual([
      ['node-1', 30080],
      ['node-2', 30080],
    ]);
  });

  it('link the kubernetes service to the API server, whose address its endpoints hold', () => {
    const kubernetes: Service = {
      ...service('kubernetes'),
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: { ports: [{ port: 443 }] },
    };
    const master: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default' },
      subsets: [{ addresses: [{ ip: '10.240.0.2' }] }],
    };
    const content = picture([
      ...drawn,
      [{ kind: 'Service', name: 'kubernetes', namespace: 'default' }, box(200, 50)],
      [{ kind: 'Component', name: 'apiserver' }, box(200, 0)],
    ]);
    const { links } = measureLinks(content, [kubernetes], () => master, undefined);
    expect(links.map((l) => [l.link, l.service, l.ready])).toEqual([
      ['apiserver', 'kubernetes', true],
    ]);
  });
});
