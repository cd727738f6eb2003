/** `kubectl cordon` / `uncordon`: mark nodes (un)schedulable; running pods stay where they are. */
import { isStatusError } from '../../api/status';
import { clone } from '../../util/freeze';
import { flagString, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { labelSelector } from '../selectors';
import type { Node } from '../../types';

export const cordon = (inv: Invocation): void => setUnschedulable(inv, true);
export const uncordon = (inv: Invocation): void => setUnschedulable(inv, false);

function setUnschedulable(inv: Invocation, unschedulable: boolean): void {
  const { ctx, cmd, out } = inv;
  const verb = unschedulable ? 'cordon' : 'uncordon';
  const selectorText = flagString(inv, 'selector');
  let nodes: Node[] = [];
  if (selectorText) {
    const selector = labelSelector(selectorText, ctx.era === 'modern');
    if (!selector.ok) return out.fail(selector.error);
    nodes = ctx.api.list('Node', selector.value ? { labelSelector: selector.value } : {});
  } else {
    if (cmd.args.length === 0)
      return out.fail(
        `error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`,
      );
    for (const arg of cmd.args) {
      const name = arg.startsWith('node/')
        ? arg.slice(5)
        : arg.startsWith('nodes/')
          ? arg.slice(6)
          : arg;
      try {
        nodes.push(ctx.api.get('Node', undefined, name));
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, ctx.era));
      }
    }
  }
  for (const node of nodes) {
    const name = node.metadata.name;
    if ((node.spec.unschedulable ?? false) === unschedulable) {
      out.println(`node/${name} already ${verb}ed`);
      continue;
    }
    const next = clone(node);
    if (unschedulable) next.spec.unschedulable = true;
    else delete next.spec.unschedulable;
    try {
      ctx.api.update(next);
      out.println(`node/${name} ${verb}ed`);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, ctx.era));
    }
  }
}
