/**
 * Checking a manifest without applying it: the editor's dry run (`validateManifest`) and
 * `kubectl diff` (`diffManifest`). Placeholder until the check lands (issue 5).
 */
import type { ApiServer } from '../../api/apiserver';
import type { ManifestCheckOptions, ManifestDiagnostic, ManifestDiff, Era } from '../../contract';
import type { Rand } from '../../rand';

export interface CheckContext {
  api: ApiServer;
  rand: Rand;
  era: Era;
}

export function validateManifest(
  _ctx: CheckContext,
  _text: string,
  _options: ManifestCheckOptions = {},
): ManifestDiagnostic[] {
  throw new Error('kubesim: validateManifest is not built yet');
}

export function diffManifest(
  _ctx: CheckContext,
  _text: string,
  _options: ManifestCheckOptions = {},
): ManifestDiff[] {
  throw new Error('kubesim: diffManifest is not built yet');
}
