import type { Rand } from '../../rand';

/** The container's filesystem (image files and volume mounts), provided by the kubelet. */
export interface ShellFS {
  /** File contents, undefined if missing (or a directory). */
  read(path: string): string | undefined;
  /** Error text (`Read-only file system`, `No such file or directory`, `Is a directory`) or undefined. */
  write(path: string, data: string, append: boolean): string | undefined;
  remove(path: string): string | undefined;
  mkdir(path: string, parents: boolean): string | undefined;
  /** Undefined if `path` is not a directory. */
  list(path: string): { name: string; dir: boolean; size: number }[] | undefined;
  isDir(path: string): boolean;
  exists(path: string): boolean;
}

/** What the shell asks of its driver (the kubelet); the driver resumes the generator when done. */
export type ShellEffect =
  | { type: 'sleep'; ms: number }
  | { type: 'http'; url: string; method: 'GET' }
  | { type: 'stdout'; text: string }
  | { type: 'stderr'; text: string };

/**
 * The answer to an `http` effect. `ip` is the address the host name resolved to: busybox wget
 * prints it (`Connecting to web (10.96.0.12:80)`) before it knows whether the connection works.
 */
export type HttpResult =
  | { ok: true; status: number; body: string; ip?: string }
  | { ok: false; error: string; ip?: string };

export interface ShellContext {
  fs: ShellFS;
  env: Record<string, string>;
  hostname: string;
  /** Wall-clock ms (Unix epoch) as the container sees it. */
  now(): number;
  cwd?: string;
  rand: Rand;
}

/** The generator every shell routine is: yields effects, is resumed with an HttpResult after `http`. */
export type ShellRun<T = number> = Generator<ShellEffect, T, HttpResult | undefined>;
