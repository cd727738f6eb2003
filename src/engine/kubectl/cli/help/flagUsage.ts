/**
 * How pflag shows a flag's default in help (`DefValue`), and whether kubectl's help quotes it:
 * only flags whose Go value type is `string` get quotes (`--selector=''`, 2015 `--selector=""`).
 */
import type { FlagSpec } from '../types';

export function defValue(flag: FlagSpec): string {
  if (flag.type === 'stringArray' || flag.type === 'stringSlice') return '[]';
  if (flag.default !== undefined) return String(flag.default);
  return flag.type === 'bool'
    ? 'false'
    : flag.type === 'int'
      ? '0'
      : flag.type === 'duration'
        ? '0s'
        : '';
}

export function isGoString(flag: FlagSpec): boolean {
  return flag.type === 'string' && flag.valueType === undefined;
}

/** pflag's VisitAll order: by name. */
export function sortedByName(flags: readonly FlagSpec[]): FlagSpec[] {
  return [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function rpad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}
