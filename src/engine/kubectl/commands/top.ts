/**
 * `kubectl top pod` and `kubectl top node` (kubectl 1.31; 2015 kubectl had no `top`): what
 * metrics-server last scraped from the kubelets, printed by kubectl's `metricsutil` printer —
 * CPU in millicores, memory in whole MiB, node percentages of allocatable (or capacity).
 */
import { isStatusError } from '../../api/status';
import { parseQuantity, type Quantity } from '../../api/quantity';
import type { ContainerUsage, PodUsage } from '../../node/kubeletApi';
import type { Node, Pod, ResourceList } from '../../types';
import { goDuration } from '../../util/goDuration';
import { parseRFC3339 } from '../../util/time';
import { allNamespaces, flagBool, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { MODERN_TABLE, Tabwriter } from '../printers/format/tabwriter';
import { fieldSelector, labelSelector } from '../selectors';

/** kubectl blames a missing metric on the pod only once the pod is older than this. */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

const MiB = 1024 * 1024;

interface Usage {
  cpuMilli: number;
  memoryBytes: number;
}

const cells = (u: Usage): string[] => [`${u.cpuMilli}m`, `${Math.floor(u.memoryBytes / MiB)}Mi`];

function sortUsage<T extends Usage & { name: string; namespace?: string }>(
  items: T[],
  sortBy: string,
  withNamespace: boolean,
): T[] {
  return [...items].sort((a, b) => {
    if (sortBy === 'cpu') return b.cpuMilli - a.cpuMilli;
    if (sortBy === 'memory') return b.memoryBytes - a.memoryBytes;
    if (withNamespace && a.namespace !== b.namespace)
      return (a.namespace ?? '') < (b.namespace ?? '') ? -1 : 1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

function checkSortBy(inv: Invocation): boolean {
  const sortBy = flagString(inv, 'sort-by');
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') {
    inv.out.fail('error: --sort-by accepts only cpu or memory');
    return false;
  }
  return true;
}

const podTotal = (p: PodUsage): Usage =>
  p.containers.reduce(
    (sum, c) => ({
      cpuMilli: sum.cpuMilli + c.cpuMilli,
      memoryBytes: sum.memoryBytes + c.memoryBytes,
    }),
    { cpuMilli: 0, memoryBytes: 0 },
  );

export function topPod(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  if (!checkSortBy(inv)) return;
  const name = cmd.args[0] ?? '';
  const selectorText = flagString(inv, 'selector');
  const fieldText = flagString(inv, 'field-selector');
  if (name && (selectorText || fieldText))
    return out.fail('error: only one of NAME or selector can be provided');
  const selector = labelSelector(selectorText, true);
  if (!selector.ok) return out.fail(selector.error);
  const fields = fieldSelector(fieldText, 'Pod', true);
  if (!fields.ok) return out.fail(fields.error);
  const everywhere = allNamespaces(inv);
  const namespace = requestNamespace(inv);

  // metrics-server answers for the pods it has scraped that the selectors match
  const scraped = ctx.kubelets?.podUsage() ?? [];
  const pods = ctx.api.list('Pod', {
    ...(everywhere ? {} : { namespace }),
    ...(selector.value ? { labelSelector: selector.value } : {}),
    ...(fields.value ? { fieldSelector: fields.value } : {}),
  });
  const listed = new Set(pods.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`));
  let metrics = scraped.filter((m) => listed.has(`${m.namespace}/${m.name}`));
  if (name) {
    metrics = metrics.filter((m) => m.name === name);
    if (metrics.length === 0)
      return out.fail(
        `Error from server (NotFound): podmetrics.metrics.k8s.io "${everywhere ? '' : namespace}/${name}" not found`,
      );
  }
  if (metrics.length === 0) {
    // kubectl asks why: pods too young for a scrape, or pods that should have metrics by now
    const own = ctx.api.list('Pod', {
      namespace,
      ...(selector.value ? { labelSelector: selector.value } : {}),
      ...(fields.value ? { fieldSelector: fields.value } : {}),
    });
    if (own.length > 0) {
      const old = own.find((p) => podAge(p, ctx.clock.wallMs) > METRICS_CREATION_DELAY_MS);
      if (old)
        return out.fail(
          `error: Metrics not available for pod ${old.metadata.namespace ?? ''}/${old.metadata.name}, age: ${goDuration(podAge(old, ctx.clock.wallMs))}`,
        );
      return out.fail('error: metrics not available yet');
    }
    out.error(everywhere ? 'No resources found' : `No resources found in ${namespace} namespace.`);
    return;
  }
  out.print(
    printPodMetrics(metrics, {
      containers: flagBool(inv, 'containers'),
      withNamespace: everywhere,
      noHeaders: flagBool(inv, 'no-headers'),
      sortBy: flagString(inv, 'sort-by'),
      sum: flagBool(inv, 'sum'),
    }),
  );
}

function podAge(pod: Pod, nowWallMs: number): number {
  return nowWallMs - (parseRFC3339(pod.metadata.creationTimestamp ?? '') ?? nowWallMs);
}

interface PodPrintOptions {
  containers: boolean;
  withNamespace: boolean;
  noHeaders: boolean;
  sortBy: string;
  sum: boolean;
}

/** `TopCmdPrinter.PrintPodMetrics`: every cell tab-terminated, so the last column pads too. */
export function printPodMetrics(metrics: PodUsage[], opts: PodPrintOptions): string {
  const w = new Tabwriter(MODERN_TABLE);
  const row = (values: string[]): void => w.write(`${values.map((v) => `${v}\t`).join('')}\n`);
  const header = [
    ...(opts.withNamespace ? ['NAMESPACE'] : []),
    ...(opts.containers ? ['POD'] : []),
    'NAME',
    'CPU(cores)',
    'MEMORY(bytes)',
  ];
  if (!opts.noHeaders) row(header);
  const pods = sortUsage(
    metrics.map((m) => ({ ...podTotal(m), name: m.name, namespace: m.namespace, m })),
    opts.sortBy,
    opts.withNamespace,
  );
  for (const p of pods) {
    const ns = opts.withNamespace ? [p.namespace] : [];
    if (!opts.containers) {
      row([...ns, p.name, ...cells(p)]);
      continue;
    }
    const containers = sortUsage<ContainerUsage>(p.m.containers, opts.sortBy, false);
    for (const c of containers) row([...ns, p.name, c.name, ...cells(c)]);
  }
  if (opts.sum) {
    // the sum sits under the usage columns, after a rule of underscores; kubectl counts the
    // NAMESPACE and POD columns only when it printed the header, so --no-headers shifts it
    const width = opts.noHeaders ? 3 : header.length;
    const total = pods.reduce(
      (s, p) => ({ cpuMilli: s.cpuMilli + p.cpuMilli, memoryBytes: s.memoryBytes + p.memoryBytes }),
      { cpuMilli: 0, memoryBytes: 0 },
    );
    row([...Array<string>(width - 2).fill(''), '________', '________']);
    row([...Array<string>(width - 3).fill(''), '', ...cells(total)]);
  }
  return w.toString();
}

export function topNode(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  if (!checkSortBy(inv)) return;
  const name = cmd.args[0] ?? '';
  const selector = labelSelector(flagString(inv, 'selector'), true);
  if (!selector.ok) return out.fail(selector.error);
  let nodes: Node[];
  try {
    nodes = name
      ? [ctx.api.get('Node', undefined, name)]
      : ctx.api.list('Node', selector.value ? { labelSelector: selector.value } : {});
  } catch (e) {
    if (!isStatusError(e)) throw e;
    if (e.reason !== 'NotFound') return out.fail(formatStatusError(e, 'modern'));
    nodes = [];
  }
  const names = new Set(nodes.map((n) => n.metadata.name));
  const metrics = (ctx.kubelets?.nodeUsage() ?? []).filter((m) => names.has(m.name));
  if (name && metrics.length === 0)
    return out.fail(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${name}" not found`);
  if (metrics.length === 0) return out.fail('error: metrics not available yet');
  const capacity = flagBool(inv, 'show-capacity');
  const available = new Map<string, ResourceList | undefined>(
    nodes.map((n) => [n.metadata.name, capacity ? n.status?.capacity : n.status?.allocatable]),
  );
  const w = new Tabwriter(MODERN_TABLE);
  const row = (values: string[]): void => w.write(`${values.map((v) => `${v}\t`).join('')}\n`);
  if (!flagBool(inv, 'no-headers')) row(['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%']);
  for (const m of sortUsage(metrics, flagString(inv, 'sort-by'), false)) {
    const list = available.get(m.name);
    available.delete(m.name);
    const [cpu, memory] = cells(m);
    row([
      m.name,
      cpu ?? '',
      ...percent(m.cpuMilli, list?.cpu, 1),
      memory ?? '',
      ...percent(m.memoryBytes, list?.memory, 1000),
    ]);
  }
  // nodes without a scrape (their kubelet does not answer) still get a line
  for (const node of available.keys())
    row([node, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
  out.print(w.toString());
}

/**
 * `int64(usage.MilliValue() / available.MilliValue() * 100)`; no cell when the node does not
 * report the resource. `scale` turns the usage into milli-units (CPU is already in millicores).
 */
function percent(usage: number, availableText: string | undefined, scale: number): string[] {
  const available: Quantity | undefined =
    availableText !== undefined ? parseQuantity(availableText) : undefined;
  if (!available) return [];
  // Quantity.MilliValue rounds up
  const milli = Number((available.nanos + 999_999n) / 1_000_000n);
  return [`${Math.trunc(((usage * scale) / milli) * 100)}%`];
}
