/** `-l` and `--field-selector` as kubectl and the API server understand them. */
import { parseSelector, SelectorParseError } from '../labels/parse';
import type { Selector } from '../labels/selector';
import type { AnyObject } from '../types';
import { RESOURCES } from '../api/resources';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function labelSelector(text: string, modern: boolean): Parsed<Selector | undefined> {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: parseSelector(text) };
  } catch (e) {
    if (e instanceof SelectorParseError)
      return {
        ok: false,
        error: `${modern ? 'Error from server (BadRequest)' : 'Error from server'}: ${e.message}`,
      };
    throw e;
  }
}

/** The field paths the API server lets kubectl select on for every kind, plus the pod ones. */
function fieldValue(obj: AnyObject, path: string): string | undefined {
  switch (path) {
    case 'metadata.name':
      return obj.metadata.name;
    case 'metadata.namespace':
      return obj.metadata.namespace ?? '';
    case 'spec.nodeName':
      return obj.kind === 'Pod' ? (obj.spec.nodeName ?? '') : undefined;
    case 'status.phase':
      return obj.kind === 'Pod'
        ? (obj.status?.phase ?? '')
        : obj.kind === 'Namespace'
          ? (obj.status?.phase ?? '')
          : undefined;
    case 'spec.restartPolicy':
      return obj.kind === 'Pod' ? (obj.spec.restartPolicy ?? '') : undefined;
    case 'status.podIP':
      return obj.kind === 'Pod' ? (obj.status?.podIP ?? '') : undefined;
    case 'spec.unschedulable':
      return obj.kind === 'Node' ? String(obj.spec.unschedulable ?? false) : undefined;
    case 'involvedObject.name':
      return obj.kind === 'Event' ? obj.involvedObject.name : undefined;
    case 'involvedObject.kind':
      return obj.kind === 'Event' ? obj.involvedObject.kind : undefined;
    case 'reason':
      return obj.kind === 'Event' ? obj.reason : undefined;
    case 'type':
      return obj.kind === 'Event'
        ? obj.type
        : obj.kind === 'Service'
          ? (obj.spec.type ?? '')
          : undefined;
    default:
      return undefined;
  }
}

/** `status.phase=Running,spec.nodeName!=node-1` (`=`, `==`, `!=`). */
export function fieldSelector(
  text: string,
  kind: string,
  modern: boolean,
): Parsed<((o: AnyObject) => boolean) | undefined> {
  if (text === '') return { ok: true, value: undefined };
  const terms: { path: string; value: string; negate: boolean }[] = [];
  for (const part of text.split(',')) {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(part.trim());
    if (!m)
      return { ok: false, error: `error: invalid selector: '${text}'; can't understand '${part}'` };
    terms.push({ path: (m[1] ?? '').trim(), value: (m[3] ?? '').trim(), negate: m[2] === '!=' });
  }
  const probe = {
    kind,
    metadata: { name: '' },
    spec: {},
    involvedObject: { kind: '', name: '' },
  } as unknown as AnyObject;
  for (const t of terms) {
    if (fieldValue(probe, t.path) === undefined) {
      const info = RESOURCES.find((r) => r.kind === kind);
      const gvr = info ? `${info.group}/${info.version}, Resource=${info.resource}` : kind;
      const message = `field label not supported: ${t.path}`;
      return {
        ok: false,
        error: modern
          ? `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "", field selector "${text}": ${message}`
          : `Error from server: ${message}`,
      };
    }
  }
  return {
    ok: true,
    value: (o) => terms.every((t) => (fieldValue(o, t.path) === t.value) !== t.negate),
  };
}
