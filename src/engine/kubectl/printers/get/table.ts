/**
 * The modern `kubectl get` table: a server-side `metav1.Table` (every column, wide ones marked
 * priority 1) decorated and printed the way cli-runtime's TablePrinter does — NAMESPACE first,
 * `-L` columns then LABELS last, `kind/` before the first name column, headers upper-cased,
 * nothing at all for an empty list, and a tabwriter with minwidth 6 and padding 3.
 */
import type { AnyObject } from '../../../types';
import { formatLabels } from '../format/labels';
import { MODERN_TABLE, formatTabbed } from '../format/tabwriter';

export interface Column {
  name: string;
  /** 1 = shown only with `-o wide`. */
  priority?: 1;
  /** The object-name column, which `withKind` prefixes. */
  isName?: boolean;
}

export interface Row {
  object: AnyObject;
  /** One cell per column, wide columns included. */
  cells: string[];
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

export interface TableDecoration {
  wide?: boolean;
  showLabels?: boolean;
  labelColumns?: readonly string[];
  withNamespace?: boolean;
  /** `deployment.apps`, `pod`…: set when names print as `kind/name`. */
  kindPrefix?: string;
  noHeaders?: boolean;
}

/** `-L app.kubernetes.io/name` heads its column `NAME`: the last path segment, upper-cased. */
const labelHeader = (key: string): string => (key.split('/').pop() ?? key).toUpperCase();

/** Apply the decorations and print, ending with "\n" (or "" for no rows, like kubectl). */
export function printModernTable(table: Table, deco: TableDecoration): string {
  if (table.rows.length === 0) return '';
  const nameIndex = deco.kindPrefix ? table.columns.findIndex((c) => c.isName) : -1;
  const visible = table.columns.map((c) => deco.wide === true || c.priority === undefined);

  const header: string[] = [];
  if (deco.withNamespace) header.push('NAMESPACE');
  table.columns.forEach((c, i) => visible[i] && header.push(c.name.toUpperCase()));
  for (const key of deco.labelColumns ?? []) header.push(labelHeader(key));
  if (deco.showLabels) header.push('LABELS');

  const lines = deco.noHeaders ? [] : [header];
  for (const row of table.rows) {
    const line: string[] = [];
    if (deco.withNamespace) line.push(row.object.metadata.namespace ?? '');
    row.cells.forEach((cell, i) => {
      if (!visible[i]) return;
      line.push(i === nameIndex ? `${deco.kindPrefix}/${cell}` : cell);
    });
    const labels = row.object.metadata.labels;
    for (const key of deco.labelColumns ?? []) line.push(labels?.[key] ?? '');
    if (deco.showLabels) line.push(formatLabels(labels));
    lines.push(line.map(cellText));
  }
  return formatTabbed(lines.map((l) => l.join('\t')).join('\n') + '\n', MODERN_TABLE);
}

/**
 * A cell is cut at its first line break and marked `...`, so one cell cannot break the table
 * (cli-runtime `printTable`).
 */
function cellText(cell: string): string {
  const cut = cell.search(/[\n\r\f]/);
  return cut < 0 ? cell : `${cell.slice(0, cut)}...`;
}
