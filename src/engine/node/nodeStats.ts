/**
 * What the picture draws of each node beyond its Node object: cAdvisor's usage, the images the
 * node holds and the pulls in progress. Read straight from the kubelets, as cAdvisor and the
 * container runtime would answer a local query; nothing here is written to the API.
 */
import type { NodeStats } from '../contract';
import type { Kubelet } from './kubelet';

export function nodeStatsOf(kubelet: Kubelet): NodeStats {
  const usage = kubelet.nodeUsage()[0];
  return {
    name: kubelet.nodeName,
    power: kubelet.power === 'network-cut' ? 'network' : kubelet.power,
    cpuMilli: usage?.cpuMilli ?? 0,
    memoryBytes: usage?.memoryBytes ?? 0,
    images: kubelet.images
      .list()
      .map((image) => ({ names: [...image.names], sizeBytes: image.sizeBytes })),
    pulls: [],
  };
}
