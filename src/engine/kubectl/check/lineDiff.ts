/**
 * A line diff (Myers' O(ND) shortest edit script) and GNU diff's unified format, for
 * `kubectl diff`: real kubectl writes the live and merged objects to two directories and runs
 * `diff -u -N` on them; kubesim has no diff program, so it prints the same hunks itself.
 */

export type DiffOp = { type: 'equal' | 'delete' | 'insert'; line: string };

/**
 * The shortest list of deletions and insertions that turns `a` into `b`, with the unchanged
 * lines between them. Within a change, deletions come before insertions, as diff prints them.
 * @example diffLines(['a', 'b'], ['a', 'c']) // equal a, delete b, insert c
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[k + offset] = the furthest x reached on diagonal k; one copy per edit distance d
  const v = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
      let x = down ? (v[k + 1 + offset] ?? 0) : (v[k - 1 + offset] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // walk back from (n, m) through the saved frontiers
  const reversed: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] ?? [];
    const k = x - y;
    const down = k === -d || (k !== d && (vd[k - 1 + offset] ?? 0) < (vd[k + 1 + offset] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[prevK + offset] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ type: 'equal', line: a[x - 1] ?? '' });
      x--;
      y--;
    }
    if (d === 0) break;
    if (down) reversed.push({ type: 'insert', line: b[y - 1] ?? '' });
    else reversed.push({ type: 'delete', line: a[x - 1] ?? '' });
    x = prevX;
    y = prevY;
  }
  return deletionsFirst(reversed.reverse());
}

/** Reorder each run of changes so its deletions precede its insertions. */
function deletionsFirst(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let deletes: DiffOp[] = [];
  let inserts: DiffOp[] = [];
  const flush = (): void => {
    out.push(...deletes, ...inserts);
    deletes = [];
    inserts = [];
  };
  for (const op of ops) {
    if (op.type === 'delete') deletes.push(op);
    else if (op.type === 'insert') inserts.push(op);
    else {
      flush();
      out.push(op);
    }
  }
  flush();
  return out;
}

/** A text's lines as diff reads them: a final newline ends the last line, it does not add one. */
function linesOf(text: string): { lines: string[]; missingNewline: boolean } {
  if (text === '') return { lines: [], missingNewline: false };
  const lines = text.split('\n');
  const missingNewline = lines[lines.length - 1] !== '';
  if (!missingNewline) lines.pop();
  return { lines, missingNewline };
}

/** GNU diff's range: `start,count`, just `start` for one line, the line before for none. */
function range(start: number, count: number): string {
  if (count === 1) return `${start + 1}`;
  return `${count === 0 ? start : start + 1},${count}`;
}

/**
 * The `@@` hunks of `diff -u` between two texts (without the `---`/`+++` header), with
 * `context` unchanged lines around each change; hunks closer than twice that are merged.
 * Empty when the texts are equal.
 */
export function unifiedHunks(from: string, to: string, context = 3): string {
  const a = linesOf(from);
  const b = linesOf(to);
  // a last line without a newline differs from the same line with one
  const markA = a.missingNewline ? a.lines.length - 1 : -1;
  const markB = b.missingNewline ? b.lines.length - 1 : -1;
  const keyA = a.lines.map((l, i) => (i === markA ? `${l}\u0000` : l));
  const keyB = b.lines.map((l, i) => (i === markB ? `${l}\u0000` : l));
  const ops = diffLines(keyA, keyB);
  if (ops.every((op) => op.type === 'equal')) return '';

  // positions of every op in both files
  const rows: { op: DiffOp; ai: number; bi: number }[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    rows.push({ op, ai, bi });
    if (op.type !== 'insert') ai++;
    if (op.type !== 'delete') bi++;
  }
  const changed = rows.flatMap((r, i) => (r.op.type === 'equal' ? [] : [i]));
  let out = '';
  let g = 0;
  while (g < changed.length) {
    let last = changed[g] ?? 0;
    let next = g + 1;
    while (next < changed.length && (changed[next] ?? 0) - last <= 2 * context) {
      last = changed[next] ?? 0;
      next++;
    }
    const first = Math.max(0, (changed[g] ?? 0) - context);
    const end = Math.min(rows.length, last + context + 1);
    const hunk = rows.slice(first, end);
    const head = hunk[0] ?? { ai: 0, bi: 0 };
    const oldCount = hunk.filter((r) => r.op.type !== 'insert').length;
    const newCount = hunk.filter((r) => r.op.type !== 'delete').length;
    out += `@@ -${range(head.ai, oldCount)} +${range(head.bi, newCount)} @@\n`;
    for (const r of hunk) {
      const sign = r.op.type === 'equal' ? ' ' : r.op.type === 'delete' ? '-' : '+';
      const noNewline = r.op.line.endsWith('\u0000');
      out += `${sign}${noNewline ? r.op.line.slice(0, -1) : r.op.line}\n`;
      if (noNewline) out += '\\ No newline at end of file\n';
    }
    g = next;
  }
  return out;
}
