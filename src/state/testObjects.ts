/** Small builders for the state tests: just enough of a Pod or Node to mirror. */
import type { Node, Pod } from '../engine/types';
import type { WireChange } from '../worker/protocol';

export function pod(name: string, nodeName?: string, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace },
    spec: { containers: [{ name, image: 'nginx' }], ...(nodeName ? { nodeName } : {}) },
  };
}

export function node(name: string): Node {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: {} };
}

export function change(
  type: WireChange['type'],
  object: Pod | Node,
  resourceVersion: number,
  status?: string,
): WireChange {
  return {
    type,
    kind: object.kind,
    object,
    resourceVersion,
    time: resourceVersion * 10,
    ...(status === undefined ? {} : { status }),
  };
}
