/**
 * An in-memory ShellFS: a map of absolute paths to contents (directories map to undefined).
 * Tests use it, and so can the kubelet for an image's files; `readOnly` prefixes model
 * read-only mounts.
 */
import type { ShellFS } from './types';
import { resolvePath } from './paths';

export interface MemoryFS extends ShellFS {
  /** Every file and its contents, for assertions. */
  files(): Record<string, string>;
}

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

export function memoryFS(
  initial: Record<string, string> = {},
  options: { dirs?: string[]; readOnly?: string[] } = {},
): MemoryFS {
  const entries = new Map<string, string | undefined>([['/', undefined]]);
  const readOnly = (options.readOnly ?? []).map((p) => resolvePath('/', p));
  const addDirs = (path: string): void => {
    for (let p = path; p !== '/'; p = parentOf(p)) entries.set(p, undefined);
  };
  for (const d of options.dirs ?? []) addDirs(resolvePath('/', d));
  for (const [p, data] of Object.entries(initial)) {
    const path = resolvePath('/', p);
    addDirs(parentOf(path));
    entries.set(path, data);
  }
  const isDir = (path: string): boolean => entries.has(path) && entries.get(path) === undefined;
  const locked = (path: string): boolean =>
    readOnly.some((r) => path === r || path.startsWith(`${r}/`));

  return {
    read: (path) => entries.get(path),
    write(path, data, append) {
      if (isDir(path)) return 'Is a directory';
      if (!isDir(parentOf(path)))
        return entries.has(parentOf(path)) ? 'Not a directory' : 'No such file or directory';
      if (locked(path)) return 'Read-only file system';
      entries.set(path, (append ? (entries.get(path) ?? '') : '') + data);
      return undefined;
    },
    remove(path) {
      if (!entries.has(path)) return 'No such file or directory';
      if (locked(path)) return 'Read-only file system';
      for (const p of [...entries.keys()])
        if (p === path || p.startsWith(`${path}/`)) entries.delete(p);
      return undefined;
    },
    mkdir(path, parents) {
      if (entries.has(path)) return 'File exists';
      if (locked(path)) return 'Read-only file system';
      if (!isDir(parentOf(path))) {
        if (!parents) return 'No such file or directory';
        if (entries.has(parentOf(path))) return 'Not a directory';
      }
      addDirs(path);
      return undefined;
    },
    list(path) {
      if (!isDir(path)) return undefined;
      const prefix = path === '/' ? '/' : `${path}/`;
      return [...entries.entries()]
        .filter(
          ([p]) => p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'),
        )
        .map(([p, data]) => ({
          name: p.slice(prefix.length),
          dir: data === undefined,
          size: data?.length ?? 4096,
        }));
    },
    isDir,
    exists: (path) => entries.has(path),
    files: () =>
      Object.fromEntries([...entries].filter((e): e is [string, string] => e[1] !== undefined)),
  };
}
