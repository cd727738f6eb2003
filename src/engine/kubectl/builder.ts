/**
 * kubectl's resource builder: turn what the user typed after the verb — `pods`, `po web db`,
 * `pod/web svc/web`, `pods,svc`, `all` — into resource types and names, with kubectl's own
 * error texts when the arguments do not make sense.
 */
import type { Era } from '../contract';
import { resolveResource, RESOURCES, type ResourceInfo } from '../api/resources';

export interface ResourceRequest {
  info: ResourceInfo;
  /** Empty: every object of the type (subject to selectors). */
  names: string[];
}

export type BuildResult =
  | { ok: true; requests: ResourceRequest[]; byName: boolean; typeNameForm: boolean }
  | { ok: false; error: string };

/** What `kubectl get all` expands to, in discovery order. */
const ALL_CATEGORY = [
  'Pod',
  'ReplicationController',
  'Service',
  'Deployment',
  'ReplicaSet',
] as const;

export function unknownResourceType(name: string): string {
  return `error: the server doesn't have a resource type "${name}"`;
}

function resolveTypes(text: string, era: Era): ResourceInfo[] | string {
  const out: ResourceInfo[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    if (part.toLowerCase() === 'all') {
      for (const kind of ALL_CATEGORY) {
        const info = RESOURCES.find((r) => r.kind === kind) as ResourceInfo;
        if (!out.includes(info)) out.push(info);
      }
      continue;
    }
    const info = resolveResource(part, era);
    if (!info) return unknownResourceType(part);
    if (!out.includes(info)) out.push(info);
  }
  return out;
}

export function buildRequests(args: readonly string[], era: Era): BuildResult {
  if (args.length === 0) return { ok: true, requests: [], byName: false, typeNameForm: false };
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      const first = args[0] ?? '';
      if (!first.includes('/'))
        return {
          ok: false,
          error: `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
        };
      return {
        ok: false,
        error: 'error: arguments in resource/name form must have a single resource and name',
      };
    }
    const requests: ResourceRequest[] = [];
    for (const arg of args) {
      const [type, name, ...rest] = arg.split('/');
      if (!type || !name || rest.length)
        return {
          ok: false,
          error: 'error: arguments in resource/name form must have a single resource and name',
        };
      const info = resolveResource(type, era);
      if (!info) return { ok: false, error: unknownResourceType(type) };
      const existing = requests.find((r) => r.info === info);
      if (existing) existing.names.push(name);
      else requests.push({ info, names: [name] });
    }
    return { ok: true, requests, byName: true, typeNameForm: true };
  }
  const [typeArg, ...names] = args;
  const types = resolveTypes(typeArg ?? '', era);
  if (typeof types === 'string') return { ok: false, error: types };
  if (names.length > 0 && types.length > 1)
    return { ok: false, error: 'error: you must specify only one resource' };
  return {
    ok: true,
    requests: types.map((info) => ({ info, names: [...names] })),
    byName: names.length > 0,
    typeNameForm: false,
  };
}
