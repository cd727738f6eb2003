/**
 * `kubectl label` and `kubectl annotate`: add (`k=v`), change (`--overwrite`) or remove (`k-`)
 * labels or annotations on objects named by type and name, `type/name`, `-l` or `--all`.
 */
import { isStatusError } from '../../api/status';
import type { ResourceInfo } from '../../api/resources';
import { isValidLabelValue as labelValueErrors } from '../../api/validation/labels';
import type { AnyObject } from '../../types';
import { clone } from '../../util/freeze';
import { buildRequests } from '../builder';
import { allNamespaces, flagBool, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { labelSelector } from '../selectors';

type Field = 'labels' | 'annotations';

interface Change {
  set: Map<string, string>;
  remove: string[];
}

function parseChanges(args: string[], field: Field): { change: Change; rest: string[] } | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const rest: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq >= 0) {
      const key = arg.slice(0, eq);
      const value = arg.slice(eq + 1);
      if (!key) return `error: invalid ${field === 'labels' ? 'label' : 'annotation'} spec: ${arg}`;
      if (field === 'labels') {
        const errs = labelValueErrors(value);
        if (errs.length) return `error: invalid label value: "${arg}": ${errs.join('; ')}`;
      }
      set.set(key, value);
    } else if (arg.endsWith('-') && arg.length > 1) {
      remove.push(arg.slice(0, -1));
    } else {
      rest.push(arg);
    }
  }
  return { change: { set, remove }, rest };
}

export const label = (inv: Invocation): void => mutateMeta(inv, 'labels');
export const annotate = (inv: Invocation): void => mutateMeta(inv, 'annotations');

function mutateMeta(inv: Invocation, field: Field): void {
  const { ctx, cmd, out } = inv;
  const noun = field === 'labels' ? 'label' : 'annotation';
  const parsed = parseChanges(cmd.args, field);
  if (typeof parsed === 'string') return out.fail(parsed);
  const { change, rest } = parsed;
  if (change.set.size === 0 && change.remove.length === 0)
    return out.fail(`error: at least one ${noun} update is required`);
  if (rest.length === 0)
    return out.fail(
      `error: one or more resources must be specified as <resource> <name> or <resource>/<name>`,
    );
  const built = buildRequests(rest, ctx.era);
  if (!built.ok) return out.fail(built.error);
  const all = flagBool(inv, 'all');
  const selectorText = flagString(inv, 'selector');
  if (!built.byName && !all && !selectorText)
    return out.fail('error: resource(s) were provided, but no name was specified');
  const selector = labelSelector(selectorText, ctx.era === 'modern');
  if (!selector.ok) return out.fail(selector.error);
  const namespace = requestNamespace(inv);
  const everywhere = allNamespaces(inv);

  const targets: {
    info: ResourceInfo;
    obj?: AnyObject;
    namespace: string | undefined;
    name: string;
  }[] = [];
  for (const req of built.requests) {
    const ns = req.info.namespaced ? namespace : undefined;
    if (req.names.length)
      for (const name of req.names) targets.push({ info: req.info, namespace: ns, name });
    else
      for (const obj of ctx.api.list(req.info.kind, {
        ...(req.info.namespaced && !everywhere ? { namespace } : {}),
        ...(selector.value ? { labelSelector: selector.value } : {}),
      }))
        targets.push({
          info: req.info,
          obj,
          namespace: obj.metadata.namespace,
          name: obj.metadata.name,
        });
  }
  const overwrite = flagBool(inv, 'overwrite');
  for (const t of targets) {
    try {
      const live = t.obj ?? ctx.api.get(t.info.kind, t.namespace, t.name);
      const current = { ...(live.metadata[field] ?? {}) };
      if (!overwrite) {
        const clashes = [...change.set].filter(
          ([k, v]) => current[k] !== undefined && current[k] !== v,
        );
        if (clashes.length) {
          if (field === 'labels') {
            const [k] = clashes[0] as [string, string];
            out.fail(
              `error: '${k}' already has a value (${current[k] ?? ''}), and --overwrite is false`,
            );
          } else {
            out.fail(
              `error: --overwrite is false but found the following declared annotation(s): ${clashes
                .map(([k]) => `'${k}' already has a value (${current[k] ?? ''})`)
                .join('; ')}`,
            );
          }
          continue;
        }
      }
      for (const [k, v] of change.set) current[k] = v;
      for (const k of change.remove) {
        if (!(k in current)) {
          if (field === 'labels') out.error(`label "${k}" not found.`);
          continue;
        }
        delete current[k];
      }
      const next = clone(live);
      if (Object.keys(current).length) next.metadata[field] = current;
      else delete next.metadata[field];
      const rv = inv.cmd.flags['resource-version'];
      if (typeof rv === 'string' && rv) next.metadata.resourceVersion = rv;
      const updated = ctx.api.update(next);
      const changed = updated.metadata.resourceVersion !== live.metadata.resourceVersion;
      const verb =
        field === 'annotations'
          ? 'annotated'
          : !changed
            ? 'not labeled'
            : change.set.size === 0
              ? 'unlabeled'
              : 'labeled';
      const ref = t.info.group ? `${t.info.singular}.${t.info.group}` : t.info.singular;
      out.println(
        ctx.era === '2015'
          ? `${ref} "${updated.metadata.name}" ${verb}`
          : `${ref}/${updated.metadata.name} ${verb}`,
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, ctx.era));
    }
  }
}
