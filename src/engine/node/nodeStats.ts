/**
 * What the picture draws of each node beyond its Node object: cAdvisor's usage, the images the
 * node holds and the pulls in progress. Read straight from the kubelets, as cAdvisor and the
 * container runtime would answer a local query; nothing here is written to the API.
 */
import type { ImagePullProgress, NodeStats } from '../contract';
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
    pulls: pullsOf(kubelet),
  };
}

/**
 * A pull moves its bytes evenly from when the puller takes it until it is done (the image store
 * plans it as size over bandwidth); one queued behind another pull has fetched nothing yet.
 */
function pullsOf(kubelet: Kubelet): ImagePullProgress[] {
  const now = kubelet.clock.now;
  return kubelet.pullsInProgress().map(({ namespace, pod, pull }) => {
    const span = pull.doneAt - pull.startAt;
    const elapsed = Math.min(Math.max(now - pull.startAt, 0), span);
    const share = span > 0 ? elapsed / span : 1;
    return {
      namespace,
      pod,
      image: pull.image,
      pulledBytes: Math.floor(pull.totalBytes * share),
      totalBytes: pull.totalBytes,
    };
  });
}
