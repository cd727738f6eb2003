/**
 * Test helpers for logs, exec, top, expose and drain: a cluster with pods from short YAML, and
 * a fake kubelet API put in front of the real one so a test can pin exactly what a container
 * wrote or what metrics-server scraped. The fake goes onto the cluster's kubectl context, a
 * private field of SimCluster — reaching in is acceptable from a test.
 */
import type { ExecResult, KubeletApi, LogEntry, NodeUsage, PodUsage } from '../../node/kubeletApi';
import { testCluster, type TestCluster } from '../../testing/testCluster';
import type { KubectlContext } from '../context';

export interface PodYaml {
  name: string;
  image?: string;
  labels?: string;
  /** Extra lines under the first container (already indented by four spaces). */
  container?: string;
  /** More containers, as full `- name: …` blocks indented by two spaces. */
  more?: string;
  /** Lines under `spec:` (indented by two spaces). */
  spec?: string;
  /** Lines under `metadata:` (indented by two spaces). */
  metadata?: string;
}

export function podYaml(p: PodYaml): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${p.name}`,
    `  labels: ${p.labels ?? `{app: ${p.name}}`}`,
    ...(p.metadata ? [p.metadata] : []),
    'spec:',
    ...(p.spec ? [p.spec] : []),
    '  containers:',
    '  - name: main',
    `    image: ${p.image ?? 'nginx:1.27'}`,
    ...(p.container ? [p.container] : []),
    ...(p.more ? [p.more] : []),
    '',
  ].join('\n');
}

export function contextOf(t: TestCluster): KubectlContext {
  return (t.cluster as unknown as { kubectlContext: KubectlContext }).kubectlContext;
}

export interface FakeKubelets {
  /** `pod/container` (or `pod/container/previous`) → the lines that instance wrote. */
  logs?: Record<string, LogEntry[]>;
  exec?: (pod: string, container: string, argv: string[], stdin?: string) => ExecResult;
  pods?: PodUsage[];
  nodes?: NodeUsage[];
}

/** Answers from `fake` where it has one; everything else from the cluster's real kubelets. */
export function useFakeKubelets(t: TestCluster, fake: FakeKubelets): void {
  const ctx = contextOf(t);
  const real = ctx.kubelets as KubeletApi;
  ctx.kubelets = {
    containerLogs(namespace, pod, container, previous) {
      const answer = real.containerLogs(namespace, pod, container, previous);
      const key = `${pod}/${container}${previous ? '/previous' : ''}`;
      const lines = fake.logs?.[key];
      return lines && answer.ok ? { ok: true, value: lines } : answer;
    },
    exec(namespace, pod, container, argv, stdin) {
      const answer = real.exec(namespace, pod, container, argv, stdin);
      return fake.exec && answer.ok
        ? { ok: true, value: fake.exec(pod, container, argv, stdin) }
        : answer;
    },
    podUsage: () => fake.pods ?? real.podUsage(),
    nodeUsage: () => fake.nodes ?? real.nodeUsage(),
  };
}

/** Two nodes, the pods created, and a minute for the kubelets to pull and start them. */
export function clusterWith(
  pods: PodYaml[],
  options: Parameters<typeof testCluster>[0] = {},
): TestCluster {
  const t = testCluster({ nodes: 2, ...options });
  for (const p of pods) t.ok('create -f -', podYaml(p));
  t.cluster.advance(60_000);
  return t;
}
