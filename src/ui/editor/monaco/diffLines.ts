/**
 * The changes a diff editor found, as lines a screen reader (and a test) can read: each change
 * with the live lines it removes and the lines applying would write instead.
 */
export interface LineChange {
  originalStartLineNumber: number;
  originalEndLineNumber: number;
  modifiedStartLineNumber: number;
  modifiedEndLineNumber: number;
}

export interface ChangeSummary {
  /** 1-based line in the merged text where the change is (or follows). */
  line: number;
  removed: string[];
  added: string[];
}

const slice = (lines: readonly string[], start: number, end: number): string[] =>
  end >= start && start > 0 ? lines.slice(start - 1, end) : [];

export function summarizeChanges(
  original: string,
  modified: string,
  changes: readonly LineChange[],
): ChangeSummary[] {
  const before = original.split('\n');
  const after = modified.split('\n');
  return changes.map((c) => ({
    line: Math.max(1, c.modifiedStartLineNumber),
    removed: slice(before, c.originalStartLineNumber, c.originalEndLineNumber),
    added: slice(after, c.modifiedStartLineNumber, c.modifiedEndLineNumber),
  }));
}
