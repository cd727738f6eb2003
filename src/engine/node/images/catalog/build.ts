/**
 * Turns a compact image description into a CatalogImage: the name is normalised like a pull
 * would normalise it, and each build's digest is the SHA-256 of `<repository>:<first tag>`, so
 * tags that name one build (`latest`, `1.27`, `1.27.3`) share a digest, as on a real registry.
 */
import { isImageRef, parseImageRef } from '../reference';
import { sha256Hex } from '../sha256';
import type { CatalogImage, ImageTag } from '../types';
import { withParents, type FileTree } from '../filesystems';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ImageSpec {
  /** As a user writes it: `nginx`, `gcr.io/google-samples/gb-frontend`. */
  name: string;
  /** Builds: the tags that name each one, and its compressed size in bytes. */
  builds: Array<[tags: string[], sizeBytes: number]>;
  defaultTag?: string;
  behaviour: CatalogImage['behaviour'];
  entrypoint?: string[];
  cmd?: string[];
  ports?: number[];
  env?: Record<string, string>;
  workingDir?: string;
  upstreamService?: string;
  files: FileTree;
  usage: CatalogImage['usage'];
}

export function digestOf(repository: string, tag: string): string {
  return `sha256:${sha256Hex(`${repository}:${tag}`)}`;
}

export function buildImage(spec: ImageSpec): CatalogImage {
  const ref = parseImageRef(spec.name);
  if (!isImageRef(ref)) throw new Error(`catalog: bad image name ${spec.name}: ${ref.error}`);
  const repository = `${ref.registry}/${ref.repository}`;
  const tags: Record<string, ImageTag> = {};
  for (const [names, sizeBytes] of spec.builds) {
    const digest = digestOf(repository, names[0] ?? 'latest');
    for (const tag of names) tags[tag] = { sizeBytes, digest };
  }
  const image: CatalogImage = {
    repository,
    tags,
    defaultTag: spec.defaultTag ?? 'latest',
    behaviour: spec.behaviour,
    entrypoint: spec.entrypoint ?? [],
    cmd: spec.cmd ?? [],
    ports: spec.ports ?? [],
    env: { PATH: DEFAULT_PATH, ...spec.env },
    workingDir: spec.workingDir ?? '/',
    files: withParents(spec.files),
    usage: spec.usage,
  };
  if (spec.upstreamService !== undefined) image.upstreamService = spec.upstreamService;
  return image;
}

export const MiB = 1024 * 1024;
