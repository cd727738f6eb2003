/**
 * What a registry answers to a pull. Docker Hub answers "pull access denied" (HTTP 401,
 * insufficient_scope) for a repository that does not exist, because it cannot tell a missing
 * repository from a private one; other registries answer 404. A host outside the simulated
 * world does not resolve at all.
 */
import { CATALOG } from './catalog';
import type { ImageRef } from './reference';
import type { CatalogImage } from './types';

/** Registries the simulated world can reach. */
export const REGISTRY_HOSTS: readonly string[] = [
  'docker.io',
  'gcr.io',
  'k8s.gcr.io',
  'registry.k8s.io',
  'quay.io',
  'ghcr.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
];

export type PullFailure = 'not-found' | 'tag-not-found' | 'unauthorized' | 'unreachable';

export type LookupResult =
  | { ok: true; image: CatalogImage; sizeBytes: number; digest: string }
  | { ok: false; reason: PullFailure };

/**
 * Resolves a parsed reference against the catalog, by tag or, when pinned, by digest.
 *
 * @example
 * lookupImage(ref('nginx:1.27'))  // { ok: true, sizeBytes: 72195283, digest: 'sha256:…', image }
 * lookupImage(ref('ngnix'))       // { ok: false, reason: 'unauthorized' }
 */
export function lookupImage(ref: ImageRef): LookupResult {
  if (!REGISTRY_HOSTS.includes(ref.registry)) return { ok: false, reason: 'unreachable' };
  const image = CATALOG.get(`${ref.registry}/${ref.repository}`);
  if (!image) {
    return { ok: false, reason: ref.registry === 'docker.io' ? 'unauthorized' : 'not-found' };
  }
  if (ref.digest !== undefined) {
    const build = Object.values(image.tags).find((t) => t.digest === ref.digest);
    return build ? { ok: true, image, ...build } : { ok: false, reason: 'tag-not-found' };
  }
  const build = image.tags[ref.tag];
  return build ? { ok: true, image, ...build } : { ok: false, reason: 'tag-not-found' };
}

/** Every image in the catalog, in catalog order (for a picker or a lesson). */
export function catalogImages(): CatalogImage[] {
  return [...CATALOG.values()];
}
