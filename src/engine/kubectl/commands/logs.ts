/**
 * `kubectl logs` (kubectl 1.31): one pod's container, a controller's first pod, or every pod a
 * `-l` selector matches; `--previous`, `--tail`, `--since`, `--timestamps`, `--prefix`,
 * `--all-containers`, `--all-pods`.
 *
 * `-f` cannot block here: a headless kubectl has to return, so it prints what the container has
 * written so far and ends, as if the stream were cut at that moment. (The page streams the rest.)
 */
import { resolveResource, resourceFor } from '../../api/resources';
import type { Pod } from '../../types';
import { parseRFC3339, rfc3339Nano } from '../../util/time';
import { usageError } from '../cli';
import { flagBool, flagString, requestNamespace, type Invocation } from '../context';
import { labelSelector } from '../selectors';
import { fetchContainerLog, logFailureText, type LogOptions } from './logsFetch';
import { byLogging, defaultContainer, getNamed, hasContainer, podsFor } from './logsPods';

/** kubectl's tail for selector requests when `--tail` is not given. */
const SELECTOR_TAIL = 10;

interface LogRequest {
  pod: Pod;
  container: string;
}

const numberFlag = (inv: Invocation, name: string, fallback: number): number => {
  const v = inv.cmd.flags[name];
  return typeof v === 'number' ? v : v === undefined ? fallback : Number(v);
};

export function logs(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const selectorText = flagString(inv, 'selector');
  if (cmd.args.length === 1 && selectorText)
    return out.fail(
      usageError('modern', ['logs'], 'only a selector (-l) or a POD name is allowed'),
    );
  const namespace = requestNamespace(inv);
  const inlineContainer = cmd.args[1];
  const container = inlineContainer ?? flagString(inv, 'container');
  const allPods = flagBool(inv, 'all-pods');
  const allContainers = flagBool(inv, 'all-containers');

  // Complete: find what to read before checking the flags, as kubectl does
  let pods: Pod[];
  let fromController = false;
  if (selectorText) {
    const selector = labelSelector(selectorText, true);
    if (!selector.ok) return out.fail(selector.error);
    pods = ctx.api.list('Pod', {
      namespace,
      ...(selector.value ? { labelSelector: selector.value } : {}),
    });
    if (pods.length === 0) out.error(`No resources found in ${namespace} namespace.`);
  } else {
    const arg = cmd.args[0] ?? '';
    const slash = arg.indexOf('/');
    const info = slash < 0 ? resourceFor('Pod') : resolveResource(arg.slice(0, slash), 'modern');
    if (!info)
      return out.fail(`error: the server doesn't have a resource type "${arg.slice(0, slash)}"`);
    const obj = getNamed(ctx, info, namespace, slash < 0 ? arg : arg.slice(slash + 1), true);
    if (!obj.ok) return out.fail(obj.error);
    const timeout = numberFlag(inv, 'pod-running-timeout', 20_000);
    const found = podsFor(ctx, obj.value, timeout, byLogging, 'cannot get the logs from');
    if (!found.ok) return out.fail(found.error);
    fromController = obj.value.kind !== 'Pod';
    pods = found.value;
  }

  const options = logOptions(inv, !!selectorText);
  if (typeof options === 'string') return out.fail(options);
  if (allContainers && container)
    return out.fail(
      `error: --all-containers=true should not be specified with container name ${container}`,
    );
  if (inlineContainer !== undefined && cmd.set.has('container'))
    return out.fail('error: only one of -c or an inline [CONTAINER] arg is allowed');

  if (fromController && pods.length > 1) {
    const first = pods[0] as Pod;
    if (!allPods) out.error(`Found ${pods.length} pods, using pod/${first.metadata.name}`);
    if (!allPods) pods = [first];
  }
  const requests: LogRequest[] = [];
  for (const pod of pods) {
    const names = allContainers
      ? [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c) => c.name)
      : [container || pickContainer(inv, pod, allPods)];
    for (const name of names) {
      if (!hasContainer(pod, name))
        return out.fail(`error: container ${name} is not valid for pod ${pod.metadata.name}`);
      requests.push({ pod, container: name });
    }
  }

  const follow = flagBool(inv, 'follow');
  const maxRequests = numberFlag(inv, 'max-log-requests', 5);
  if (follow && requests.length > 1 && requests.length > maxRequests)
    return out.fail(
      `error: you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${maxRequests}, use --max-log-requests to increase the limit`,
    );
  const prefix = flagBool(inv, 'prefix') || allPods;
  for (const r of requests) {
    const answer = fetchContainerLog(ctx, r.pod, r.container, options);
    if (!answer.ok) {
      if (!flagBool(inv, 'ignore-errors')) return out.fail(logFailureText(answer, 'modern'));
      out.println(`error: ${answer.message}`);
      continue;
    }
    const tag = prefix ? `[pod/${r.pod.metadata.name}/${r.container}] ` : '';
    out.print(withPrefix(answer.text, tag));
    if (follow && !options.previous)
      followContainer(inv, r.pod, r.container, tag, options.timestamps);
  }
}

/**
 * `-f`: the lines the container writes from now on, as simulated time runs, until it exits.
 * Only a caller that can take a stream gets them (the page's console, `kubectlStream`); plain
 * `kubectl()` returns at once with what was there, as a terminal would after Ctrl-C.
 */
function followContainer(
  inv: Invocation,
  pod: Pod,
  container: string,
  tag: string,
  timestamps: boolean,
): void {
  const kubelets = inv.ctx.kubelets;
  if (!kubelets?.followLogs || !pod.spec.nodeName) return;
  const follow = kubelets.followLogs.bind(kubelets);
  inv.out.follow((write, end) => {
    const answer = follow(
      pod.metadata.namespace ?? 'default',
      pod.metadata.name,
      container,
      (e) => write(`${tag}${timestamps ? `${rfc3339Nano(e.wallMs)} ` : ''}${e.text}\n`),
      end,
    );
    if (!answer.ok) {
      end();
      return () => undefined;
    }
    return answer.value;
  });
}

/** kubectl's prefixing writer: the tag before every line it writes, empty lines too. */
export function withPrefix(text: string, tag: string): string {
  if (!tag) return text;
  return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((line) => tag + line).join('');
}

/** The named default container, with kubectl's notice (not for `--all-pods`, which prefixes). */
function pickContainer(inv: Invocation, pod: Pod, allPods: boolean): string {
  const picked = defaultContainer(pod, allPods);
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && picked.name !== annotated)
    inv.out.error(`Default container name "${annotated}" not found in pod ${pod.metadata.name}`);
  if (picked.notice) inv.out.error(picked.notice);
  return picked.name;
}

/** kubectl's `ToLogOptions` and `Validate`: the flags as a log request, or the error text. */
function logOptions(inv: Invocation, bySelector: boolean): LogOptions | string {
  const { cmd } = inv;
  const sinceTime = flagString(inv, 'since-time');
  const since = numberFlag(inv, 'since', 0);
  let sinceMs: number | undefined;
  if (sinceTime) {
    sinceMs = parseRFC3339(sinceTime);
    if (sinceMs === undefined)
      return `error: parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTime}" as "2006"`;
  }
  if (sinceTime && since !== 0)
    return 'error: at most one of `sinceTime` or `sinceSeconds` may be specified';
  const limitBytes = numberFlag(inv, 'limit-bytes', 0);
  if (limitBytes < 0) return 'error: --limit-bytes must be greater than 0';
  if (since < 0) return 'error: --since must be greater than 0';
  const tail = numberFlag(inv, 'tail', -1);
  if (tail < -1) return 'error: --tail must be greater than or equal to -1';
  const tailLines =
    bySelector && tail === -1 && !cmd.set.has('tail')
      ? SELECTOR_TAIL
      : tail !== -1
        ? tail
        : undefined;
  return {
    previous: flagBool(inv, 'previous'),
    follow: flagBool(inv, 'follow'),
    timestamps: flagBool(inv, 'timestamps'),
    ...(sinceMs !== undefined ? { sinceMs } : {}),
    // kubectl rounds --since to whole seconds
    ...(since > 0 ? { sinceSeconds: Math.round(since / 1000) } : {}),
    ...(tailLines !== undefined ? { tailLines } : {}),
    ...(limitBytes !== 0 ? { limitBytes } : {}),
  };
}
