/**
 * One container log request as the API server serves it (`GET pods/<pod>/log`): the pod must be
 * bound, the kubelet reachable, the container in a state that has a log; then the kubelet's
 * filters (`sinceSeconds`, `sinceTime`, `tailLines`, `timestamps`, `limitBytes`) apply, in the
 * kubelet's order.
 */
import type { Era } from '../../contract';
import type { Pod } from '../../types';
import { rfc3339, rfc3339Nano } from '../../util/time';
import type { KubectlContext } from '../context';
import { containerLogProblem, dialError } from './logsPods';

export interface LogOptions {
  previous: boolean;
  follow: boolean;
  timestamps: boolean;
  /** Wall-clock ms; lines older are dropped. */
  sinceMs?: number;
  sinceSeconds?: number;
  tailLines?: number;
  limitBytes?: number;
}

/** A failed request: the server's message and its Status reason ('' when it has none). */
export interface LogFailure {
  reason: '' | 'BadRequest';
  message: string;
}

export type LogAnswer = { ok: true; text: string } | ({ ok: false } & LogFailure);

/** kubectl's rendering of a failed request, in the era's words. */
export function logFailureText(f: LogFailure, era: Era): string {
  return era === 'modern' && f.reason
    ? `Error from server (${f.reason}): ${f.message}`
    : `Error from server: ${f.message}`;
}

/** The query the API server puts on the kubelet URL (Go's url.Values.Encode: sorted keys). */
function kubeletQuery(opts: LogOptions): string {
  const params: [string, string][] = [];
  if (opts.follow) params.push(['follow', 'true']);
  if (opts.limitBytes !== undefined) params.push(['limitBytes', String(opts.limitBytes)]);
  if (opts.previous) params.push(['previous', 'true']);
  if (opts.sinceSeconds !== undefined) params.push(['sinceSeconds', String(opts.sinceSeconds)]);
  if (opts.sinceMs !== undefined && opts.sinceSeconds === undefined)
    params.push(['sinceTime', encodeURIComponent(rfc3339(opts.sinceMs))]);
  if (opts.tailLines !== undefined) params.push(['tailLines', String(opts.tailLines)]);
  if (opts.timestamps) params.push(['timestamps', 'true']);
  return params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}

export function fetchContainerLog(
  ctx: KubectlContext,
  pod: Pod,
  container: string,
  opts: LogOptions,
): LogAnswer {
  const namespace = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  // An unbound pod has no kubelet to ask: the API server answers with an empty stream.
  if (!pod.spec.nodeName || !ctx.kubelets) return { ok: true, text: '' };
  const answer = ctx.kubelets.containerLogs(namespace, name, container, opts.previous);
  if (!answer.ok && answer.reason === 'unreachable') {
    const url = `https://${answer.nodeIP}:10250/containerLogs/${namespace}/${name}/${container}${kubeletQuery(opts)}`;
    // Go ≥1.14 quotes the URL in a url.Error; 2015's Go did not
    const get = ctx.era === 'modern' ? `Get "${url}"` : `Get ${url}`;
    return { ok: false, reason: '', message: `${get}: ${dialError(ctx.era, answer.nodeIP)}` };
  }
  const problem = containerLogProblem(pod, container, opts.previous);
  if (problem) return { ok: false, reason: 'BadRequest', message: problem };
  if (!answer.ok)
    return {
      ok: false,
      reason: 'BadRequest',
      message: opts.previous
        ? `previous terminated container "${container}" in pod "${name}" not found`
        : `container "${container}" in pod "${name}" is not available`,
    };
  let entries = answer.value;
  const since =
    opts.sinceSeconds !== undefined ? ctx.clock.wallMs - opts.sinceSeconds * 1000 : opts.sinceMs;
  if (since !== undefined) entries = entries.filter((e) => e.wallMs >= since);
  if (opts.tailLines !== undefined && opts.tailLines >= 0)
    entries = opts.tailLines === 0 ? [] : entries.slice(-opts.tailLines);
  let text = entries
    .map((e) => `${opts.timestamps ? `${rfc3339Nano(e.wallMs)} ` : ''}${e.text}\n`)
    .join('');
  if (opts.limitBytes !== undefined) text = truncateBytes(text, opts.limitBytes);
  return { ok: true, text };
}

/** The first `limit` bytes of UTF-8 text (a cut inside a character drops that character). */
function truncateBytes(text: string, limit: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp > 0xffff ? 4 : 3;
    if (bytes + size > limit) break;
    bytes += size;
    out += ch;
  }
  return out;
}
