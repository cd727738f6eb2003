/**
 * What differs between a 2015 cluster and a modern one, in one place: versions, address
 * ranges, names. Formats live with the printers; behaviours with their components.
 */
import type { Era } from './contract';
import { msFromCivil } from './util/time';

export interface EraProfile {
  era: Era;
  kubernetesVersion: string;
  /** Wall-clock time that simulated time 0 stands for. */
  epochMs: number;
  serviceCIDR: string;
  /** Where the API server listens (the `kubernetes` service's endpoint). */
  masterIP: string;
  /** Node n's InternalIP. */
  nodeIP(n: number): string;
  /** Node n's pod CIDR. */
  podCIDR(n: number): string;
  defaultMaxPods: number;
  osImage: string;
  kernelVersion: string;
  containerRuntimeVersion: string;
  namespaces: readonly string[];
}

export const MODERN: EraProfile = {
  era: 'modern',
  kubernetesVersion: 'v1.31.0',
  epochMs: msFromCivil(2026, 1, 5, 9, 0, 0),
  serviceCIDR: '10.96.0.0/12',
  masterIP: '10.240.0.2',
  nodeIP: (n) => `10.240.${Math.floor((n + 2) / 256)}.${(n + 2) % 256}`,
  // a /24 per node from 10.244.0.0/16, and on past it for clusters of more than 255 nodes
  podCIDR: (n) => `10.${244 + Math.floor(n / 256)}.${n % 256}.0/24`,
  defaultMaxPods: 110,
  osImage: 'Ubuntu 22.04.4 LTS',
  kernelVersion: '5.15.0-105-generic',
  containerRuntimeVersion: 'containerd://1.7.13',
  namespaces: ['default', 'kube-node-lease', 'kube-public', 'kube-system'],
};

/** The seeds' world: Vagrant minions at 10.245.1.x with pods in 10.246.x.0/24 (Aug 2015). */
export const LEGACY: EraProfile = {
  era: '2015',
  kubernetesVersion: 'v1.0.1',
  epochMs: msFromCivil(2015, 8, 4, 21, 0, 0),
  serviceCIDR: '10.0.0.0/16',
  masterIP: '10.245.1.2',
  nodeIP: (n) => `10.245.${1 + Math.floor((n + 2) / 256)}.${(n + 2) % 256}`,
  podCIDR: (n) => `10.${246 + Math.floor(n / 256)}.${n % 256}.0/24`,
  defaultMaxPods: 40,
  osImage: 'Debian GNU/Linux 7 (wheezy)',
  kernelVersion: '3.16.0-0.bpo.4-amd64',
  containerRuntimeVersion: 'docker://1.7.1',
  namespaces: ['default', 'kube-system'],
};

export function eraProfile(era: Era): EraProfile {
  return era === '2015' ? LEGACY : MODERN;
}
