/**
 * `kubectl exec POD [-c C] [-i] [-t] -- CMD…` (kubectl 1.31) and 2015's
 * `kubectl exec -p POD [-c C] -- CMD…` (v0.15): run a command in a running container through
 * the API server and its kubelet, printing what it printed. Modern kubectl ends with the
 * command's own exit code (`command terminated with exit code 2`).
 *
 * kubesim's console is not a terminal, so `-it` warns as kubectl does with piped input, and
 * `-i` hands the host's stdin text to the command.
 */
import { resolveResource, resourceFor } from '../../api/resources';
import { isStatusError } from '../../api/status';
import type { Pod } from '../../types';
import { civilFromMs } from '../../util/time';
import { usageError } from '../cli';
import { flagBool, flagList, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import {
  byActiveReversed,
  defaultContainer,
  dialError,
  getNamed,
  hasContainer,
  podsFor,
} from './logsPods';

export function exec(inv: Invocation): void {
  if (inv.ctx.era === '2015') return exec2015(inv);
  const { ctx, cmd, out } = inv;
  if (flagList(inv, 'filename').length > 0)
    return out.fail('error: kubesim does not simulate "kubectl exec -f" yet');
  // kubectl tells the two forms apart by where `--` was; a command after it is the new form
  if (cmd.argsAfterDash.length === 0 && cmd.args.length > 1)
    return out.fail(
      usageError(
        'modern',
        ['exec'],
        'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
      ),
    );
  if (cmd.argsAfterDash.length === 0)
    return out.fail('error: you must specify at least one command for the container');

  const namespace = requestNamespace(inv);
  const arg = cmd.args[0] ?? '';
  const slash = arg.indexOf('/');
  const info = slash < 0 ? resourceFor('Pod') : resolveResource(arg.slice(0, slash), 'modern');
  if (!info)
    return out.fail(`error: the server doesn't have a resource type "${arg.slice(0, slash)}"`);
  const obj = getNamed(ctx, info, namespace, slash < 0 ? arg : arg.slice(slash + 1), false);
  if (!obj.ok) return out.fail(obj.error);
  const timeout = Number(cmd.flags['pod-running-timeout'] ?? 60_000);
  const found = podsFor(ctx, obj.value, timeout, byActiveReversed, 'cannot attach to');
  if (!found.ok) return out.fail(found.error);
  const pod = found.value[0] as Pod;

  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed')
    return out.fail(
      `error: cannot exec into a container in a completed pod; current phase is ${phase}`,
    );
  const quiet = flagBool(inv, 'quiet');
  let container = flagString(inv, 'container');
  if (!container) {
    const picked = defaultContainer(pod, quiet);
    if (picked.notice) out.error(picked.notice);
    container = picked.name;
  }
  // the API server's checks before it dials the kubelet
  if (!hasContainer(pod, container))
    return out.fail(
      `Error from server (BadRequest): container ${container} is not valid for pod ${pod.metadata.name}`,
    );
  if (!pod.spec.nodeName)
    return out.fail(
      `Error from server (BadRequest): pod ${pod.metadata.name} does not have a host assigned`,
    );
  const stdin = flagBool(inv, 'stdin');
  if (stdin && flagBool(inv, 'tty') && !quiet)
    out.error('Unable to use a TTY - input is not a terminal or the right kind of file');
  run(inv, pod, container, cmd.argsAfterDash, stdin, true);
}

/** The exec request from the API server to the kubelet, and what comes back. */
function run(
  inv: Invocation,
  pod: Pod,
  container: string,
  argv: string[],
  stdin: boolean,
  exitCodes: boolean,
): void {
  const { ctx, out } = inv;
  const namespace = pod.metadata.namespace ?? 'default';
  const answer = ctx.kubelets?.exec(
    namespace,
    pod.metadata.name,
    container,
    argv,
    ...(stdin && inv.stdin !== undefined ? [inv.stdin] : []),
  ) ?? { ok: false, reason: 'not-found' };
  if (!answer.ok) {
    if (answer.reason === 'unreachable')
      return out.fail(
        `Error from server: error dialing backend: ${dialError(ctx.era, answer.nodeIP)}`,
      );
    return out.fail(`error: unable to upgrade connection: container not found ("${container}")`);
  }
  out.print(answer.value.stdout);
  if (answer.value.stderr) out.error(answer.value.stderr.replace(/\n$/, ''));
  if (exitCodes && answer.value.exitCode !== 0) {
    out.error(`command terminated with exit code ${answer.value.exitCode}`);
    out.exitCode = answer.value.exitCode;
  }
}

/**
 * kubectl v0.15: the pod by `-p`, the command after it; the first container unless `-c`. A pod
 * that is not running stopped kubectl with a glog fatal line (exit 255). That kubectl did not
 * pass the command's exit code on: it ended 0 whatever the command returned.
 */
function exec2015(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const podName = flagString(inv, 'pod');
  if (!podName) return out.fail(usageError('2015', ['exec'], 'POD is required for exec'));
  const argv = [...cmd.args, ...cmd.argsAfterDash];
  if (argv.length === 0)
    return out.fail(usageError('2015', ['exec'], 'COMMAND is required for exec'));
  let pod: Pod;
  try {
    pod = ctx.api.get('Pod', requestNamespace(inv), podName);
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return out.fail(formatStatusError(e, '2015'));
  }
  if (pod.status?.phase !== 'Running') {
    out.error(
      `${glogHeader('F', ctx.clock.wallMs)} exec.go:87] Unable to execute command because pod is not running. Current status=${pod.status?.phase ?? ''}`,
    );
    out.exitCode = 255;
    return;
  }
  const container = flagString(inv, 'container') || (pod.spec.containers[0]?.name ?? '');
  if (!hasContainer(pod, container))
    return out.fail(`error: unable to upgrade connection: container not found ("${container}")`);
  run(inv, pod, container, argv, flagBool(inv, 'stdin'), false);
}

/** glog's line header: severity, MMDD hh:mm:ss.uuuuuu, thread id (kubesim's kubectl is pid 1). */
function glogHeader(severity: string, wallMs: number): string {
  const t = civilFromMs(wallMs);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${severity}${p(t.month)}${p(t.day)} ${p(t.hour)}:${p(t.minute)}:${p(t.second)}.${p(t.millis * 1000, 6)} ${String(1).padStart(7)}`;
}
