/**
 * Which pod has which IP, across the cluster: the flat pod network every node routes to.
 * A request to a pod IP reaches the container listening on that port, if its node is up and
 * on the network.
 */
import type { Kubelet } from './kubelet';
import type { PodWorker } from './podWorker';

export interface Delivered {
  status: number;
  body: string;
}

export class PodDirectory {
  private readonly byIP = new Map<string, { worker: PodWorker; kubelet: Kubelet }>();

  set(ip: string, worker: PodWorker | undefined, kubelet: Kubelet): void {
    if (worker) this.byIP.set(ip, { worker, kubelet });
    else if (this.byIP.get(ip)?.kubelet === kubelet) this.byIP.delete(ip);
  }

  podByIP(ip: string): { namespace: string; name: string; nodeName: string } | undefined {
    const entry = this.byIP.get(ip);
    if (!entry) return undefined;
    return {
      namespace: entry.worker.namespace,
      name: entry.worker.pod.metadata.name,
      nodeName: entry.kubelet.nodeName,
    };
  }

  /** One HTTP request to podIP:port. Undefined: nothing answers (refused, or the node is away). */
  deliver(podIP: string, port: number, path: string, clientIP: string): Delivered | undefined {
    const entry = this.byIP.get(podIP);
    if (!entry || entry.kubelet.power !== 'on') return undefined;
    const process = entry.worker.processes().find((p) => p.program.ports.includes(port));
    if (!process) return undefined;
    process.served.push(entry.kubelet.clock.now);
    if (process.served.length > 10_000) process.served.splice(0, process.served.length - 10_000);
    return process.program.serve?.({ port, path, clientIP }) ?? { status: 200, body: '' };
  }
}
