/**
 * The diff Kubernetes appends to `pod updates may not change fields other than …`: go-cmp's
 * `cmp.Diff(oldSpec, newSpec)`, which names fields as the Go struct does and summarises
 * unchanged runs. go-cmp declares its own output unstable (it even varies its whitespace), so
 * this renders the same shape — top-level PodSpec fields, `-`/`+` lines, `... // N identical
 * fields` — rather than a byte-for-byte copy.
 */
import type { PodSpec } from '../../types';
import { goQuote } from '../field';
import { semanticEqual } from './semantic';

/** kubesim's PodSpec fields in the order core.PodSpec declares them, with their Go names. */
const FIELDS: [keyof PodSpec, string][] = [
  ['volumes', 'Volumes'],
  ['initContainers', 'InitContainers'],
  ['containers', 'Containers'],
  ['restartPolicy', 'RestartPolicy'],
  ['terminationGracePeriodSeconds', 'TerminationGracePeriodSeconds'],
  ['activeDeadlineSeconds', 'ActiveDeadlineSeconds'],
  ['dnsPolicy', 'DNSPolicy'],
  ['nodeSelector', 'NodeSelector'],
  ['serviceAccountName', 'ServiceAccountName'],
  ['nodeName', 'NodeName'],
  ['hostNetwork', 'HostNetwork'],
  ['hostname', 'Hostname'],
  ['subdomain', 'Subdomain'],
  ['affinity', 'Affinity'],
  ['schedulerName', 'SchedulerName'],
  ['tolerations', 'Tolerations'],
  ['priority', 'Priority'],
  ['enableServiceLinks', 'EnableServiceLinks'],
];

/** Pointer fields print as `&30`; a missing one as `nil`. */
const POINTERS = new Set([
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'priority',
  'enableServiceLinks',
]);
const ACRONYMS: Record<string, string> = {
  ip: 'IP',
  dns: 'DNS',
  tcp: 'TCP',
  http: 'HTTP',
  id: 'ID',
  uid: 'UID',
};

export function goFieldName(key: string): string {
  const words = key.split(/(?=[A-Z])/);
  return words
    .map((w) => ACRONYMS[w.toLowerCase()] ?? `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`)
    .join('');
}

function render(value: unknown): string {
  if (value === undefined || value === null) return 'nil';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `{${value.map(render).join(', ')}}`;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  return `{${entries.map(([k, v]) => `${goFieldName(k)}: ${render(v)}`).join(', ')}}`;
}

/** Go's zero values for the non-pointer scalars; slices, maps and pointers are `nil`. */
const STRING_FIELDS = new Set([
  'restartPolicy',
  'dnsPolicy',
  'serviceAccountName',
  'nodeName',
  'hostname',
  'subdomain',
  'schedulerName',
]);

function renderField(key: keyof PodSpec, value: unknown): string {
  if (value === undefined)
    return STRING_FIELDS.has(key) ? '""' : key === 'hostNetwork' ? 'false' : 'nil';
  return POINTERS.has(key) ? `&${render(value)}` : render(value);
}

export function podSpecDiff(before: PodSpec, after: PodSpec): string {
  const lines = ['  core.PodSpec{'];
  let identical = 0;
  const flush = (): void => {
    if (identical)
      lines.push(`  \t... // ${identical} identical field${identical === 1 ? '' : 's'}`);
    identical = 0;
  };
  for (const [key, name] of FIELDS) {
    if (semanticEqual(before[key], after[key], key)) {
      identical++;
      continue;
    }
    flush();
    lines.push(`- \t${name}: ${renderField(key, before[key])},`);
    lines.push(`+ \t${name}: ${renderField(key, after[key])},`);
  }
  flush();
  lines.push('  }');
  return lines.join('\n');
}
