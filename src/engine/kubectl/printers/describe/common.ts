/** Pieces every modern describer shares: labels, annotations, tolerations, taints, the Events table. */
import type { Event, Taint, Toleration } from '../../../types';
import { ageSince } from '../format/duration';
import { timeOf } from '../format/goTime';
import type { PrefixWriter } from './writer';

/** The annotation kubectl apply keeps; describe never shows it. */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

const sortedKeys = (map: Record<string, string> | undefined): string[] =>
  Object.keys(map ?? {}).sort();

/** `printLabelsMultilineWithIndent`: `Labels: a=b` then further labels under the first value. */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Record<string, string> | undefined,
  initialIndent = '',
): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) return w.write(0, '<none>\n');
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    w.write(0, `${key}=${labels?.[key] ?? ''}\n`);
  });
}

/** `printAnnotationsMultiline`: long or multi-line values go on their own, clipped lines. */
export function printAnnotationsMultiline(
  w: PrefixWriter,
  title: string,
  annotations: Record<string, string> | undefined,
): void {
  w.write(0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !SKIPPED_ANNOTATIONS.has(k));
  if (keys.length === 0) return w.write(0, '<none>\n');
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = (annotations?.[key] ?? '').replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const line of value.split('\n')) {
        const clipped =
          line.length > MAX_ANNOTATION_LEN - 2
            ? `${line.slice(0, MAX_ANNOTATION_LEN - 2)}...`
            : line;
        w.write(0, `\t  ${clipped}\n`);
      }
    } else w.write(0, `${key}: ${value}\n`);
  });
}

/** `node.kubernetes.io/not-ready:NoExecute op=Exists for 300s`, sorted by key. */
export function printTolerationsMultiline(
  w: PrefixWriter,
  title: string,
  tolerations: readonly Toleration[] | undefined,
  initialIndent = '',
): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) =>
    (a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0,
  );
  if (list.length === 0) return w.write(0, '<none>\n');
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    // A bare `operator: Exists` tolerates everything.
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}

/** `Taint.ToString`: `key=value:Effect`. */
export function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

export function printTaintsMultiline(
  w: PrefixWriter,
  title: string,
  taints: readonly Taint[] | undefined,
): void {
  w.write(0, `${title}:\t`);
  const key = (t: Taint): string => `${t.effect},${t.key}`;
  const list = [...(taints ?? [])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (list.length === 0) return w.write(0, '<none>\n');
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${taintString(t)}\n`);
  });
}

/** Oldest first by last timestamp (`SortableEvents`); equal times keep their order. */
export function sortEvents(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => timeOf(a.lastTimestamp) - timeOf(b.lastTimestamp) || 0);
}

/**
 * The modern Events section: `Events:  <none>`, or a table whose Age reads `10s (x3 over 35s)`
 * for a repeated event. It is aligned on its own, after a flush.
 */
export function describeEvents(w: PrefixWriter, events: readonly Event[], nowMs: number): void {
  if (events.length === 0) return w.write(0, 'Events:\t<none>\n');
  w.flush();
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sortEvents(events)) {
    const first = ageSince(e.firstTimestamp || undefined, nowMs);
    const age =
      e.count > 1
        ? `${ageSince(e.lastTimestamp || undefined, nowMs)} (x${e.count} over ${first})`
        : first;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type}\t${e.reason}\t${age}\t${source}\t${e.message.trim()}\n`);
  }
}

/** Go's `%t`/`printBool`. */
export const goBool = (b: boolean | undefined): string => (b ? 'True' : 'False');
