/**
 * The kubectl v0.x `HumanReadablePrinter`: a header line of fixed column names (printed even for
 * an empty list), then each object's rows, through `tabwriter.NewWriter(out, 10, 4, 3, ' ', 0)`.
 * There were no `-o wide`, `--show-labels` or `kind/` prefixes yet; `--all-namespaces` printed
 * names as `namespace/name`.
 */
import type { AnyObject } from '../../../types';
import { LEGACY_TABLE, formatTabbed } from '../format/tabwriter';

export function printLegacyTable(
  columns: readonly string[],
  rows: readonly string[][],
  noHeaders: boolean,
): string {
  const lines = noHeaders ? rows : [columns, ...rows];
  if (lines.length === 0) return '';
  return formatTabbed(lines.map((cells) => cells.join('\t')).join('\n') + '\n', LEGACY_TABLE);
}

/** `types.NamespacedName{ns, name}.String()` with `--all-namespaces`, the bare name otherwise. */
export function legacyName(obj: AnyObject, withNamespace: boolean | undefined): string {
  return withNamespace ? `${obj.metadata.namespace ?? ''}/${obj.metadata.name}` : obj.metadata.name;
}
