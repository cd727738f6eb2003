import { describe, expect, it } from 'vitest';
import { diffLines, unifiedHunks } from './lineDiff';

const apply = (a: string[], ops: ReturnType<typeof diffLines>): string[] => {
  // replaying the script on `a` must give `b`
  const out: string[] = [];
  let i = 0;
  for (const op of ops) {
    if (op.type === 'equal') {
      expect(op.line).toBe(a[i]);
      out.push(op.line);
      i++;
    } else if (op.type === 'delete') {
      expect(op.line).toBe(a[i]);
      i++;
    } else out.push(op.line);
  }
  expect(i).toBe(a.length);
  return out;
};

describe('diffLines', () => {
  it('finds a changed line between unchanged ones', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { type: 'equal', line: 'a' },
      { type: 'delete', line: 'b' },
      { type: 'insert', line: 'x' },
      { type: 'equal', line: 'c' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines([], ['a'])).toEqual([{ type: 'insert', line: 'a' }]);
    expect(diffLines(['a'], [])).toEqual([{ type: 'delete', line: 'a' }]);
  });

  it('gives a shortest script whose replay turns one text into the other', () => {
    const cases: [string, string][] = [
      ['abcabba', 'cbabac'],
      ['kitten', 'sitting'],
      ['aaaa', 'aa'],
      ['xyz', 'zyx'],
      ['', 'abc'],
    ];
    for (const [x, y] of cases) {
      const a = x.split('');
      const b = y.split('');
      const ops = diffLines(a, b);
      expect(apply(a, ops)).toEqual(b);
      const edits = ops.filter((o) => o.type !== 'equal').length;
      // Myers' example: abcabba → cbabac takes 5 edits
      if (x === 'abcabba') expect(edits).toBe(5);
    }
  });
});

describe('unifiedHunks (diff -u)', () => {
  const lines = (n: number): string =>
    Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('');

  it('is empty when nothing differs', () => {
    expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
    expect(unifiedHunks('', '')).toBe('');
  });

  it('shows a change with three lines of context on each side', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedHunks(before, after)).toBe(
      [
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('prints a new file against an empty one as diff -N does', () => {
    expect(unifiedHunks('', 'a\nb\n')).toBe('@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedHunks('a\n', '')).toBe('@@ -1 +0,0 @@\n-a\n');
  });

  it('merges changes closer than six lines and splits those further apart', () => {
    const before = lines(30);
    const near = before.replace('line 5\n', 'X\n').replace('line 11\n', 'Y\n');
    expect(unifiedHunks(before, near).match(/^@@/gm)).toHaveLength(1);
    const far = before.replace('line 5\n', 'X\n').replace('line 20\n', 'Y\n');
    expect(unifiedHunks(before, far)).toContain('@@ -2,7 +2,7 @@');
    expect(unifiedHunks(before, far)).toContain('@@ -17,7 +17,7 @@');
  });

  it('marks a last line without a newline', () => {
    expect(unifiedHunks('a\nb', 'a\nc')).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });
});
