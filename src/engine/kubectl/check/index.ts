/**
 * Checking a manifest without applying it: the editor's dry run (`validateManifest`, with the
 * label linter's warnings) and `kubectl diff`'s two sides of each object (`diffManifest`).
 * Neither changes anything a rebuilt cluster would have to reproduce (`quietly.ts`).
 */
export { validateManifest, type CheckContext } from './validate';
export {
  diffManifest,
  diffEntries,
  diffFileName,
  objectYaml,
  type DiffContext,
  type DiffEntry,
} from './diff';
export { diffLines, unifiedHunks, type DiffOp } from './lineDiff';
