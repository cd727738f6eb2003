/**
 * `kubectl scale` (and 2015's `kubectl resize`): set a controller's desired replicas, with the
 * `--current-replicas` and `--resource-version` preconditions.
 */
import { isStatusError } from '../../api/status';
import type { ReplicaSet, ReplicationController, Deployment } from '../../types';
import { clone } from '../../util/freeze';
import { buildRequests } from '../builder';
import { flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';

type Scalable = ReplicationController | ReplicaSet | Deployment;

export const scale = (inv: Invocation): void => scaleWith(inv, 'scale');
export const resize = (inv: Invocation): void => scaleWith(inv, 'resize');

function scaleWith(inv: Invocation, verb: 'scale' | 'resize'): void {
  const { ctx, cmd, out } = inv;
  const replicas = cmd.flags.replicas;
  const wanted = typeof replicas === 'number' ? replicas : Number(replicas ?? -1);
  if (!cmd.set.has('replicas') || !(wanted >= 0))
    return out.fail(
      verb === 'resize'
        ? "error: --replicas=COUNT RESOURCE ID\nSee 'kubectl resize -h' for help and examples"
        : "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\nSee 'kubectl scale -h' for help and examples",
    );
  if (cmd.args.length === 0)
    return out.fail(
      `error: required resource not specified\nSee 'kubectl ${verb} -h' for help and examples`,
    );
  const built = buildRequests(cmd.args, ctx.era);
  if (!built.ok) return out.fail(built.error);
  const current = cmd.flags['current-replicas'];
  const currentWanted = typeof current === 'number' ? current : Number(current ?? -1);
  const rv = flagString(inv, 'resource-version');
  const namespace = requestNamespace(inv);
  for (const req of built.requests) {
    if (!['ReplicationController', 'ReplicaSet', 'Deployment'].includes(req.info.kind)) {
      out.fail(`error: no objects passed to ${verb}`);
      continue;
    }
    if (req.names.length === 0) {
      out.fail(`error: resource(s) were provided, but no name was specified`);
      continue;
    }
    for (const name of req.names) {
      try {
        const live = ctx.api.get(req.info.kind, namespace, name) as Scalable;
        const have = live.spec.replicas ?? 1;
        if (cmd.set.has('current-replicas') && currentWanted >= 0 && have !== currentWanted) {
          out.fail(`error: Expected replicas to be ${currentWanted}, was ${have}`);
          continue;
        }
        if (rv && rv !== live.metadata.resourceVersion) {
          out.fail(
            `error: Expected resource version to be ${rv}, was ${live.metadata.resourceVersion ?? ''}`,
          );
          continue;
        }
        const next = clone(live);
        next.spec.replicas = wanted;
        ctx.api.update(next);
        if (ctx.era === '2015') out.println(verb === 'resize' ? 'resized' : 'scaled');
        else
          out.println(
            `${req.info.group ? `${req.info.singular}.${req.info.group}` : req.info.singular}/${name} scaled`,
          );
      } catch (e) {
        if (!isStatusError(e)) throw e;
        out.fail(formatStatusError(e, ctx.era));
      }
    }
  }
}
