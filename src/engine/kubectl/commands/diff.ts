/**
 * `kubectl diff -f FILE`: what apply would change. Real kubectl writes each object's live and
 * merged (server dry-run) versions into two temporary directories, LIVE-<n> and MERGED-<n>, and
 * runs `diff -u -N` on them; its exit code is diff's: 0 nothing differs, 1 something does, and
 * anything kubectl itself fails at exits 2, with nothing printed on stdout.
 */
import type { ManifestCheckOptions } from '../../contract';
import { rfc3339Nano } from '../../util/time';
import { diffEntries, unifiedHunks, type DiffEntry } from '../check';
import { flagList, requestNamespace, type Invocation } from '../context';
import { documentNamespace, readManifests } from '../manifests';
import type { Output } from '../output';

export function diff(inv: Invocation): void {
  const { ctx, out } = inv;
  if (flagList(inv, 'filename').length === 0)
    return failDiff(out, 'error: must specify one of -f and -k');
  const read = readManifests(inv);
  if (!read.ok) return failDiff(out, read.error);
  for (const source of read.sources)
    for (const doc of source.documents) {
      if (!doc.ok) continue;
      const ns = documentNamespace(inv, doc.object);
      if (!ns.ok) return failDiff(out, ns.error);
    }
  const options: ManifestCheckOptions = {
    source: read.sources[0]?.name ?? 'STDIN',
    namespace: requestNamespace(inv),
  };
  const entries = diffEntries({ api: ctx.api, era: ctx.era }, inv.stdin ?? '', options);
  const failed = entries.find((e) => e.diffError !== undefined);
  if (failed?.diffError) return failDiff(out, failed.diffError);

  const text = unifiedDiff(entries, {
    seed: `${inv.stdin ?? ''}\u0000${ctx.clock.now}`,
    wallMs: ctx.clock.wallMs,
  });
  out.print(text);
  if (text !== '') out.exitCode = 1;
}

/** kubectl diff's errors exit with 2: 1 would mean "differences found". */
function failDiff(out: Output, message: string): void {
  out.error(message);
  out.exitCode = 2;
}

/**
 * What `diff -u -N LIVE-<n> MERGED-<m>` prints for the objects: per file that differs (in name
 * order, as diff walks a directory), the command line, the `---`/`+++` lines with the files'
 * times, and the hunks. The directories' random suffixes come from a hash of `seed`, so the same
 * command at the same moment prints the same names and the cluster's random numbers are left
 * alone.
 */
export function unifiedDiff(
  entries: readonly DiffEntry[],
  opts: { seed: string; wallMs: number },
): string {
  // a later document for the same object overwrites the file, as in kubectl's directory
  const files = new Map<string, DiffEntry>();
  for (const e of entries) if (e.diff.name) files.set(e.diff.name, e);
  const live = `/tmp/LIVE-${fnv32(`${opts.seed}\u0000LIVE`)}`;
  const merged = `/tmp/MERGED-${fnv32(`${opts.seed}\u0000MERGED`)}`;
  const time = diffTime(opts.wallMs);
  let out = '';
  for (const name of [...files.keys()].sort()) {
    const { diff } = files.get(name) as DiffEntry;
    const hunks = unifiedHunks(diff.live, diff.merged);
    if (hunks === '') continue;
    out += `diff -u -N ${live}/${name} ${merged}/${name}\n`;
    out += `--- ${live}/${name}\t${time}\n`;
    out += `+++ ${merged}/${name}\t${time}\n`;
    out += hunks;
  }
  return out;
}

/** A file's modification time as GNU diff prints it: `2026-11-23 21:19:10.123000000 +0000`. */
export function diffTime(wallMs: number): string {
  const nano = rfc3339Nano(wallMs); // 2026-11-23T21:19:10.123000000Z
  return `${nano.slice(0, 10)} ${nano.slice(11, -1)} +0000`;
}

/** FNV-1a, 32 bits, as a decimal number: what Go's os.MkdirTemp puts after `LIVE-`. */
function fnv32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
