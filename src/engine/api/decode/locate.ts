/**
 * From an API field path (`spec.containers[1].ports[0].containerPort`, `metadata.labels[app]`)
 * to the place in the user's text, so the editor can underline what the API server complained
 * about. Legacy documents map the path back through their conversion first.
 */
import { compareGoStrings } from '../schema/order';
import type { Links } from './legacy/links';
import type { Node } from './node';
import { foldName } from './unmarshal';

/** 1-based; `end` is just past the last character. */
export interface SourceRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

type Segment = { name: string } | { bracket: string };

/** `a.b[0][key.with.dots]` → name a, name b, bracket 0, bracket key.with.dots; undefined if malformed. */
export function parsePath(path: string): Segment[] | undefined {
  const segs: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      i++;
    } else if (c === '[') {
      const close = path.indexOf(']', i);
      if (close === -1) return undefined;
      segs.push({ bracket: path.slice(i + 1, close) });
      i = close + 1;
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      segs.push({ name: path.slice(i, j) });
      i = j;
    }
  }
  return segs;
}

/** Line starts of a text, for turning offsets into lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  range(span: { start: number; end: number }): SourceRange {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

/**
 * A `locate` function for one document. Paths that do not exist in the text (a defaulted
 * field, a value the user left out) resolve to their nearest enclosing value, which is where
 * the user would add it.
 */
export function locator(
  root: Node,
  lines: LineIndex,
  links?: Links,
): (path: string) => SourceRange | undefined {
  const caseInsensitive = links !== undefined;
  return (path: string) => {
    const segs = parsePath(links ? links.resolve(path) : path);
    if (!segs) return undefined;
    let node = root;
    for (const seg of segs) {
      const next = step(node, seg, caseInsensitive);
      if (!next) break;
      node = next;
    }
    return lines.range(node);
  };
}

function step(node: Node, seg: Segment, caseInsensitive: boolean): Node | undefined {
  if ('bracket' in seg) {
    if (node.kind === 'array' && /^\d+$/.test(seg.bracket)) return node.items[Number(seg.bracket)];
    if (node.kind === 'object') return node.entries.find((e) => e.key === seg.bracket)?.value;
    return undefined;
  }
  if (node.kind !== 'object') return undefined;
  if (!caseInsensitive) return node.entries.find((e) => e.key === seg.name)?.value;
  // Go 1.4 matched names case-insensitively; of several spellings, the last one sent wins.
  const folded = foldName(seg.name);
  const matches = node.entries
    .filter((e) => foldName(e.key) === folded)
    .sort((a, b) => compareGoStrings(a.key, b.key));
  return matches[matches.length - 1]?.value;
}
