/**
 * `kubectl get -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName`: one column per
 * `<header>:<json-path>`, the path relaxed as kubectl relaxes it (braces and the leading dot
 * optional), `<none>` where a path finds nothing and several values joined by commas, laid out
 * by the same tabwriter as `kubectl get`'s tables.
 */
import type { AnyObject } from '../../types';
import { MODERN_TABLE, formatTabbed } from './format/tabwriter';
import { JsonPathError, jsonPathText, jsonPathValues, parseJsonPath } from './jsonpath';

interface Column {
  header: string;
  template: ReturnType<typeof parseJsonPath>;
}

/** The columns of a spec, or kubectl's error text for it. */
export function parseCustomColumns(spec: string): Column[] | string {
  if (spec === '') return 'error: custom-columns format specified but no custom columns given';
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0)
      return `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`;
    const header = part.slice(0, colon);
    const path = relaxed(part.slice(colon + 1));
    try {
      columns.push({ header, template: parseJsonPath(path) });
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      return `error: error parsing jsonpath ${path}, ${e.message}`;
    }
  }
  return columns;
}

/** kubectl's RelaxedJSONPathExpression: `.a.b`, `a.b` and `{.a.b}` all mean `{.a.b}`. */
function relaxed(expr: string): string {
  const inner = expr.trim().replace(/^\{/, '').replace(/\}$/, '');
  return `{${inner.startsWith('.') ? inner : `.${inner}`}}`;
}

export function printCustomColumns(
  columns: readonly Column[],
  objects: readonly AnyObject[],
  noHeaders = false,
): string {
  const rows = objects.map((object) => {
    const root = JSON.parse(JSON.stringify(object)) as unknown;
    return columns
      .map((c) => {
        const values = jsonPathValues(c.template, root);
        return values.length === 0 ? '<none>' : values.map(jsonPathText).join(',');
      })
      .join('\t');
  });
  const lines = noHeaders ? rows : [columns.map((c) => c.header).join('\t'), ...rows];
  return formatTabbed(lines.join('\n') + '\n', MODERN_TABLE);
}
