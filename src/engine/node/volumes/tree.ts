/**
 * The simulated storage's data: a small in-memory tree of directories and files with string
 * contents and modification times (wall-clock ms). A volume's data is one of these trees (or a
 * directory inside one), shared by every mount of it — which is what makes a write through one
 * container visible through another.
 */

export interface FileNode {
  kind: 'file';
  data: string;
  mtime: number;
}

export interface DirNode {
  kind: 'dir';
  entries: Map<string, TreeNode>;
  mtime: number;
}

export type TreeNode = FileNode | DirNode;

export const newDir = (mtime: number): DirNode => ({ kind: 'dir', entries: new Map(), mtime });

/** `/a/b/` → `['a', 'b']`; `.` and `..` resolved (never above the root). */
export function segments(path: string): string[] {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out;
}

export function lookup(root: DirNode, segs: readonly string[]): TreeNode | undefined {
  let node: TreeNode = root;
  for (const seg of segs) {
    if (node.kind !== 'dir') return undefined;
    const next: TreeNode | undefined = node.entries.get(seg);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/**
 * `mkdir -p` inside a tree; an error text when a file is in the way.
 * @returns the directory, or the error `Not a directory`.
 */
export function ensureDir(root: DirNode, segs: readonly string[], mtime: number): DirNode | string {
  let dir = root;
  for (const seg of segs) {
    const next = dir.entries.get(seg);
    if (next?.kind === 'file') return 'Not a directory';
    if (next) dir = next;
    else {
      const made = newDir(mtime);
      dir.entries.set(seg, made);
      dir.mtime = mtime;
      dir = made;
    }
  }
  return dir;
}

/** Bytes a file takes (UTF-8), 4096 for a directory, as `ls -l` shows them. */
export const sizeOf = (node: TreeNode): number =>
  node.kind === 'dir' ? 4096 : new TextEncoder().encode(node.data).length;

/** Put a file at `path`, making its parent directories. Used to seed trees. */
export function putFile(root: DirNode, path: string, data: string, mtime: number): void {
  const segs = segments(path);
  const name = segs.pop();
  const dir = ensureDir(root, segs, mtime);
  if (name && typeof dir !== 'string') dir.entries.set(name, { kind: 'file', data, mtime });
}
