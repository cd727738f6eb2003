/**
 * hostPath set-up: the node's own directories (./hostFiles.ts), checked and made by the
 * volume's `type` as pkg/volume/hostpath does, and the step result every volume source shares.
 */
import type { Volume } from '../../types';
import type { MountedVolume } from './setup';
import { ensureDir, lookup, segments } from './tree';
import type { VolumeWorld } from './world';

export type Step =
  | { ok: true; volume: MountedVolume }
  | { ok: false; reason: 'FailedAttachVolume' | 'FailedMount'; message: string };

export const setUpFailed = (name: string, err: string): Step => ({
  ok: false,
  reason: 'FailedMount',
  message: `MountVolume.SetUp failed for volume "${name}" : ${err}`,
});

/**
 * hostPath's type check (pkg/volume/hostpath): `DirectoryOrCreate` and `FileOrCreate` make what
 * is missing; the other types require it; no type checks nothing (the runtime then creates a
 * missing directory, as Docker and containerd do for bind mounts).
 */
export function hostPathStep(world: VolumeWorld, v: Volume, node: string, name: string): Step {
  const hp = v.hostPath ?? { path: '' };
  const root = world.nodeRoot(node);
  const segs = segments(hp.path);
  const path = `/${segs.join('/')}`;
  const found = lookup(root, segs);
  const now = world.now();
  const fail = (what: string): Step =>
    setUpFailed(name, `hostPath type check failed: ${path} is not ${what}`);
  switch (hp.type ?? '') {
    case '':
    case 'DirectoryOrCreate':
      if (!found) {
        const made = ensureDir(root, segs, now);
        if (typeof made === 'string') return setUpFailed(name, `mkdir ${path}: not a directory`);
      } else if (found.kind !== 'dir' && hp.type === 'DirectoryOrCreate')
        return fail('a directory');
      break;
    case 'Directory':
      if (found?.kind !== 'dir') return fail('a directory');
      break;
    case 'FileOrCreate': {
      if (found?.kind === 'dir') return fail('a file');
      if (!found) {
        const parent = lookup(root, segs.slice(0, -1));
        const leaf = segs[segs.length - 1];
        if (parent?.kind !== 'dir' || leaf === undefined)
          return setUpFailed(name, `open ${path}: no such file or directory`);
        parent.entries.set(leaf, { kind: 'file', data: '', mtime: now });
        parent.mtime = now;
      }
      break;
    }
    case 'File':
      if (found?.kind !== 'file') return fail('a file');
      break;
    case 'Socket':
      return fail('a socket file');
    case 'CharDevice':
      return fail('a character device');
    case 'BlockDevice':
      return fail('a block device');
  }
  return {
    ok: true,
    volume: {
      name,
      kind: 'hostPath',
      tree: root,
      path,
      readOnly: false,
      location: `${node}:${path}`,
    },
  };
}
