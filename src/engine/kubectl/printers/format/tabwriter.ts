/**
 * Go's `text/tabwriter`, which every kubectl table and `describe` goes through. Cells are
 * tab-terminated; a column is aligned only across a *block* of consecutive lines that all have a
 * cell in it, so a line with fewer tabs (a `Containers:` heading in `describe`) starts fresh
 * alignment below it. The text after a line's last tab is not part of any column and is never
 * padded. Widths count characters (runes), as Go does.
 */

export interface TabwriterSettings {
  /** Minimal cell width including padding. */
  minwidth: number;
  /** Width of a tab character when padding with tabs. */
  tabwidth: number;
  /** Added to a cell's text width to make the cell width. */
  padding: number;
  /** `' '` pads with spaces; `'\t'` pads with tabs, rounding cells up to whole tab stops. */
  padchar: ' ' | '\t';
}

/** cli-runtime's `GetNewTabWriter`: modern `kubectl get`. */
export const MODERN_TABLE: TabwriterSettings = {
  minwidth: 6,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
};
/** kubectl v0.x–1.0 `HumanReadablePrinter`: `tabwriter.NewWriter(output, 10, 4, 3, ' ', 0)`. */
export const LEGACY_TABLE: TabwriterSettings = {
  minwidth: 10,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
};
/** Modern `describe`'s `tabbedString`: `out.Init(buf, 0, 8, 2, ' ', 0)`. */
export const MODERN_DESCRIBE: TabwriterSettings = {
  minwidth: 0,
  tabwidth: 8,
  padding: 2,
  padchar: ' ',
};
/** v1.0 `describe`'s `tabbedString`: `out.Init(buf, 0, 8, 1, '\t', 0)`. */
export const LEGACY_DESCRIBE: TabwriterSettings = {
  minwidth: 0,
  tabwidth: 8,
  padding: 1,
  padchar: '\t',
};

interface Cell {
  text: string;
  width: number;
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** A writer that buffers text and aligns it on `flush`, like a Go tabwriter. */
export class Tabwriter {
  private pending = '';
  private done = '';

  constructor(private readonly settings: TabwriterSettings) {}

  write(text: string): void {
    this.pending += text;
  }

  /** Align what was written so far; later text is aligned independently (Go's `Flush`). */
  flush(): void {
    if (this.pending !== '') this.done += formatTabbed(this.pending, this.settings);
    this.pending = '';
  }

  toString(): string {
    this.flush();
    return this.done;
  }
}

/** Align tab-separated text in one go. */
export function formatTabbed(text: string, settings: TabwriterSettings): string {
  const lines: Cell[][] = text
    .split('\n')
    .map((line) =>
      line.split('\t').map((cellText) => ({ text: cellText, width: runeCount(cellText) })),
    );
  const out: string[] = [];
  layout(lines, 0, lines.length, [], settings, out);
  return out.join('');
}

function padding(textWidth: number, cellWidth: number, s: TabwriterSettings): string {
  if (s.padchar === '\t') {
    // Tab padding: the cell ends on a tab stop, so round up and count tabs.
    const rounded = Math.ceil(cellWidth / s.tabwidth) * s.tabwidth;
    return '\t'.repeat(Math.ceil((rounded - textWidth) / s.tabwidth));
  }
  return ' '.repeat(cellWidth - textWidth);
}

function writeLines(
  lines: Cell[][],
  line0: number,
  line1: number,
  widths: number[],
  s: TabwriterSettings,
  out: string[],
): void {
  for (let i = line0; i < line1; i++) {
    const line = lines[i] ?? [];
    line.forEach((cell, j) => {
      out.push(cell.text);
      const width = widths[j];
      // Only tab-terminated cells (all but the last) belong to a column and get padded.
      if (j < line.length - 1 && width !== undefined) out.push(padding(cell.width, width, s));
    });
    if (i + 1 < lines.length) out.push('\n');
  }
}

/** Go's recursive `format`: find each column block, size it, then lay out the columns right of it. */
function layout(
  lines: Cell[][],
  line0: number,
  line1: number,
  widths: number[],
  s: TabwriterSettings,
  out: string[],
): void {
  const column = widths.length;
  let start = line0;
  for (let current = line0; current < line1; current++) {
    if (column >= (lines[current]?.length ?? 0) - 1) continue;
    writeLines(lines, start, current, widths, s, out);
    start = current;
    let width = s.minwidth;
    for (; current < line1; current++) {
      const line = lines[current] ?? [];
      if (column >= line.length - 1) break;
      const w = (line[column]?.width ?? 0) + s.padding;
      if (w > width) width = w;
    }
    layout(lines, start, current, [...widths, width], s, out);
    start = current;
    // Go's loop then steps past the line that ended the block: it has no cell here anyway.
  }
  writeLines(lines, start, line1, widths, s, out);
}
