/**
 * 2015's `kubectl log [-f] [-p] POD [CONTAINER]` (kubectl v0.15–v0.17). A pod with several
 * containers needs the container named; with `--interactive` (the default) kubectl asked for
 * it on the terminal:
 *
 *     Please select a container:
 *     [1] simplereader
 *     [2] simplewriter
 *     >
 *
 * and read the answer from stdin. kubesim answers from the stdin text the host passes (one
 * answer a line, a name or a number); with none, there is no terminal to ask, and the command
 * fails as `--interactive=false` does.
 */
import { isStatusError } from '../../api/status';
import type { Pod } from '../../types';
import { usageError } from '../cli';
import { flagBool, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { fetchContainerLog, logFailureText } from './logsFetch';
import { hasContainer } from './logsPods';

export function log2015(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  if (cmd.args.length === 0)
    return out.fail(usageError('2015', ['log'], 'POD is required for log'));
  if (cmd.args.length > 2) return out.fail(usageError('2015', ['log'], 'log POD [CONTAINER]'));
  let pod: Pod;
  try {
    pod = ctx.api.get('Pod', requestNamespace(inv), cmd.args[0] ?? '');
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return out.fail(formatStatusError(e, '2015'));
  }
  let container = cmd.args[1];
  if (container === undefined) {
    if (pod.spec.containers.length === 1) container = pod.spec.containers[0]?.name ?? '';
    else {
      const chosen = flagBool(inv, 'interactive') ? selectContainer(inv, pod) : undefined;
      if (chosen === undefined)
        return out.fail(
          usageError('2015', ['log'], 'CONTAINER is required for pods with multiple containers'),
        );
      container = chosen;
    }
  }
  if (!hasContainer(pod, container))
    return out.fail(
      `Error from server: container ${container} is not valid for pod ${pod.metadata.name}`,
    );
  const answer = fetchContainerLog(ctx, pod, container, {
    previous: flagBool(inv, 'previous'),
    follow: flagBool(inv, 'follow'),
    timestamps: false,
  });
  if (!answer.ok) return out.fail(logFailureText(answer, '2015'));
  out.print(answer.text);
}

/** kubectl v0.15's `selectContainer`: the prompt on stdout, answers from stdin until one fits. */
function selectContainer(inv: Invocation, pod: Pod): string | undefined {
  const answers = (inv.stdin ?? '')
    .split('\n')
    .filter((line, i, all) => i < all.length - 1 || line);
  if (answers.length === 0) return undefined;
  const names = pod.spec.containers.map((c) => c.name);
  inv.out.print('Please select a container:\n');
  names.forEach((name, i) => inv.out.print(`[${i + 1}] ${name}\n`));
  for (const raw of answers) {
    inv.out.print('> ');
    // Go's Fscanln reads the first word of the line
    const input = raw.trim().split(/\s+/)[0] ?? '';
    if (names.includes(input)) return input;
    const ix = /^[+-]?\d+$/.test(input) ? Number(input) : NaN;
    if (ix > 0 && ix <= names.length) return names[ix - 1];
    inv.out.print(`Invalid input: ${input}`);
  }
  return undefined;
}
