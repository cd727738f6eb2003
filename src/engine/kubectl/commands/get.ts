/**
 * `kubectl get`: list or fetch objects and print them as kubectl does — tables (both eras),
 * `-o wide|name|yaml|json`, several kinds at once, `all`, by name, by selector, across
 * namespaces. Missing objects are reported after what was found, as kubectl does.
 */
import { isStatusError } from '../../api/status';
import { sortKeys } from '../../api/schema';
import type { AnyObject } from '../../types';
import { buildRequests } from '../builder';
import { allNamespaces, flagBool, flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { printJson, printName, printTable, printYaml, type PrintOptions } from '../printers';
import { fieldSelector, labelSelector } from '../selectors';
import { executeJsonPath, JsonPathError, parseJsonPath } from '../printers/jsonpath';
import { parseCustomColumns, printCustomColumns } from '../printers/customColumns';

export const OUTPUT_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export function checkOutputFormat(format: string): string | undefined {
  if (['', 'wide', 'name', 'yaml', 'json'].includes(format)) return undefined;
  if (format === 'jsonpath' || format === 'jsonpath=')
    return 'error: template format specified but no template given';
  if (format === 'custom-columns' || format.startsWith('custom-columns=')) {
    const columns = parseCustomColumns(format.slice('custom-columns='.length));
    return typeof columns === 'string' ? columns : undefined;
  }
  if (format.startsWith('jsonpath=')) {
    const template = format.slice('jsonpath='.length);
    try {
      parseJsonPath(template);
      return undefined;
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      return `error: error parsing jsonpath ${template}, ${e.message}`;
    }
  }
  return `error: unable to match a printer suitable for the output format "${format}", allowed formats are: ${OUTPUT_FORMATS}`;
}

export function get(inv: Invocation): void {
  const { ctx, cmd, out } = inv;
  const modern = ctx.era === 'modern';
  const legacy = !modern;
  if (cmd.args.length === 0) {
    out.error(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
    out.fail(
      `error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples`,
    );
    return;
  }
  const format = flagString(inv, 'output');
  const formatError = checkOutputFormat(format);
  if (formatError) return out.fail(formatError);

  const built = buildRequests(cmd.args, ctx.era);
  if (!built.ok) return out.fail(built.error);
  const everywhere = allNamespaces(inv);
  const namespace = requestNamespace(inv);
  const selector = labelSelector(flagString(inv, 'selector'), modern);
  if (!selector.ok) return out.fail(selector.error);

  const found: AnyObject[][] = [];
  const errors: string[] = [];
  for (const req of built.requests) {
    const ns = req.info.namespaced ? (everywhere ? undefined : namespace) : undefined;
    if (req.names.length > 0) {
      const items: AnyObject[] = [];
      for (const name of req.names) {
        try {
          items.push(ctx.api.get(req.info.kind, ns ?? namespace, name));
        } catch (e) {
          if (!isStatusError(e)) throw e;
          errors.push(formatStatusError(e, ctx.era));
        }
      }
      found.push(items);
      continue;
    }
    const fields = fieldSelector(flagString(inv, 'field-selector'), req.info.kind, modern);
    if (!fields.ok) return out.fail(fields.error);
    found.push(
      ctx.api.list(req.info.kind, {
        ...(ns !== undefined ? { namespace: ns } : {}),
        ...(selector.value ? { labelSelector: selector.value } : {}),
        ...(fields.value ? { fieldSelector: fields.value } : {}),
      }),
    );
  }

  const all = found.flat();
  const single =
    built.byName &&
    all.length === 1 &&
    built.requests.length === 1 &&
    (built.requests[0]?.names.length ?? 0) === 1;
  if (format.startsWith('custom-columns=')) {
    const columns = parseCustomColumns(format.slice('custom-columns='.length));
    if (typeof columns !== 'string' && all.length > 0)
      out.print(printCustomColumns(columns, all, flagBool(inv, 'no-headers')));
  } else if (format.startsWith('jsonpath=')) {
    // one object by name is the root itself; anything else is a List of items (no newline
    // after, as kubectl prints it)
    if (all.length > 0 || !built.byName) {
      const root = JSON.parse(JSON.stringify(single ? all[0] : listOf(all))) as unknown;
      out.print(executeJsonPath(parseJsonPath(format.slice('jsonpath='.length)), root));
    }
  } else if (format === 'yaml' || format === 'json') {
    if (all.length > 0 || !built.byName) {
      const doc = single ? sortKeys(all[0] as AnyObject) : listOf(all);
      out.print(format === 'yaml' ? printYaml(doc) : printJson(doc));
    }
  } else if (format === 'name') {
    for (const obj of all) out.println(printName(obj, ctx.era));
  } else {
    const withKind =
      built.requests.length > 1 ||
      cmd.args[0]?.toLowerCase() === 'all' ||
      (built.typeNameForm && new Set(built.requests.map((r) => r.info)).size > 1);
    const opts: PrintOptions = {
      era: ctx.era,
      nowMs: ctx.clock.wallMs,
      wide: format === 'wide',
      showLabels: flagBool(inv, 'show-labels'),
      labelColumns: labelColumns(inv),
      withNamespace: everywhere,
      withKind,
      noHeaders: flagBool(inv, 'no-headers'),
    };
    const watchOnly = flagBool(inv, 'watch-only');
    const tables: string[] = [];
    built.requests.forEach((req, i) => {
      const items = found[i] ?? [];
      // 2015 kubectl printed the header even for an empty list
      if (!watchOnly && (items.length > 0 || (legacy && !built.byName)))
        tables.push(printTable(req.info.kind, items, opts));
    });
    out.print(tables.join('\n'));
    const request = built.requests[0];
    const watchNamespace = (namespaced: boolean): { namespace?: string } =>
      namespaced && !everywhere ? { namespace } : {};
    if ((flagBool(inv, 'watch') || watchOnly) && request && built.requests.length === 1) {
      // each change to a matching object prints its row, as time runs (kubesim's page and
      // kubectlStream follow it; plain kubectl() returns after the first table)
      const names = new Set(request.names);
      const matches = (o: AnyObject): boolean =>
        (names.size === 0 || names.has(o.metadata.name)) &&
        (!selector.value || selector.value.matches(o.metadata.labels ?? {}));
      out.follow((write) =>
        ctx.api.api.watch(request.info.kind, watchNamespace(request.info.namespaced), (e) => {
          if (!matches(e.object)) return;
          write(
            printTable(request.info.kind, [e.object], {
              ...opts,
              nowMs: ctx.clock.wallMs,
              noHeaders: true,
            }),
          );
        }),
      );
    }
  }

  for (const e of errors) out.fail(e);
  const headersOnly = legacy && (format === '' || format === 'wide') && !built.byName;
  if (
    all.length === 0 &&
    errors.length === 0 &&
    format !== 'yaml' &&
    format !== 'json' &&
    !headersOnly
  ) {
    out.error(
      everywhere || !built.requests.some((r) => r.info.namespaced)
        ? 'No resources found'
        : `No resources found in ${namespace} namespace.`,
    );
  }
}

function labelColumns(inv: Invocation): string[] {
  const v = inv.cmd.flags['label-columns'];
  const list = Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
  return list.flatMap((s) => s.split(',')).filter(Boolean);
}

/** The `kind: List` wrapper kubectl prints around several objects. */
export function listOf(items: readonly AnyObject[]): unknown {
  return {
    apiVersion: 'v1',
    items: items.map((o) => sortKeys(o)),
    kind: 'List',
    metadata: { resourceVersion: '' },
  };
}
