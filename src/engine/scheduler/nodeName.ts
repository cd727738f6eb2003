/**
 * NodeName (2015: HostName): a pod that already names a node fits only that node. The
 * scheduler normally never sees such pods — they are bound from birth — but the filter is
 * what keeps a pod's own choice authoritative.
 */
import type { FilterPlugin } from './types';

export const NODE_NAME = 'NodeName';
export const NODE_NAME_REASON = "node(s) didn't match the requested node name";

export const nodeName: FilterPlugin = {
  name: NODE_NAME,
  legacyName: 'HostName',
  unresolvable: true,
  filter(pod, { node }) {
    const wanted = pod.spec.nodeName;
    return wanted && wanted !== node.metadata.name ? [NODE_NAME_REASON] : [];
  },
};
