/**
 * Image references as the kubelet and containerd read them (distribution/reference's
 * `ParseNormalizedNamed` grammar): `nginx` means `docker.io/library/nginx:latest`, a first
 * path segment with a dot, a colon or an upper-case letter (or `localhost`) is a registry host,
 * and a reference with a digest is pulled by that digest alone. Error texts are that package's,
 * so an invalid `image:` shows the student what the kubelet shows.
 */

export interface ImageRef {
  /** What the container spec says, unchanged (`nginx`), as events quote it. */
  image: string;
  /** Registry host, with port when given: `docker.io`, `gcr.io`, `host:5000`. */
  registry: string;
  /** Path inside the registry: `library/nginx`, `google-samples/gb-frontend`. */
  repository: string;
  /** `latest` when the reference names neither tag nor digest; empty for a digest-only reference. */
  tag: string;
  digest?: string;
  /** What the runtime pulls: `docker.io/library/nginx:latest`, or `<name>@<digest>` when pinned. */
  canonical: string;
}

export const DEFAULT_REGISTRY = 'docker.io';
const LEGACY_DEFAULT_REGISTRY = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
export const DEFAULT_TAG = 'latest';
/** distribution/reference's NameTotalLengthMax. */
const NAME_TOTAL_LENGTH_MAX = 255;

const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const namePattern = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;

const referenceRegexp = new RegExp(
  `^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`,
);
const anchoredIdentifier = /^[a-f0-9]{64}$/;

/** go-digest's registered algorithms and the length of their hex encodings. */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const anchoredDigest = new RegExp(`^${digestPattern}$`);

/** go-digest `Digest.Validate`, in its order of checks. */
function validateDigest(digest: string): string | undefined {
  const i = digest.indexOf(':');
  if (i <= 0 || i + 1 === digest.length) return 'invalid checksum digest format';
  const algorithm = digest.slice(0, i);
  const encoded = digest.slice(i + 1);
  const size = DIGEST_HEX_LENGTH[algorithm];
  if (size === undefined) {
    return anchoredDigest.test(digest)
      ? 'unsupported digest algorithm'
      : 'invalid checksum digest format';
  }
  if (encoded.length !== size) return 'invalid checksum digest length';
  return /^[a-f0-9]+$/.test(encoded) ? undefined : 'invalid checksum digest format';
}

/** Docker's rule for telling a registry host from the first path segment. */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i === -1 ? '' : name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_REGISTRY;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_REGISTRY) domain = DEFAULT_REGISTRY;
  if (domain === DEFAULT_REGISTRY && !remainder.includes('/')) {
    remainder = OFFICIAL_REPO_PREFIX + remainder;
  }
  return { domain, remainder };
}

/**
 * Parses a container's `image` the way the kubelet does before a pull.
 *
 * @example
 * parseImageRef('nginx')        // { registry: 'docker.io', repository: 'library/nginx', tag: 'latest', canonical: 'docker.io/library/nginx:latest', … }
 * parseImageRef('NGINX')        // { error: 'invalid reference format: repository name (library/NGINX) must be lowercase' }
 */
export function parseImageRef(image: string): ImageRef | { error: string } {
  if (anchoredIdentifier.test(image)) {
    return {
      error: `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings`,
    };
  }
  const { domain, remainder } = splitDockerDomain(image);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep === -1 ? remainder : remainder.slice(0, tagSep);
  if (remote.toLowerCase() !== remote) {
    return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }

  const full = `${domain}/${remainder}`;
  const match = referenceRegexp.exec(full);
  if (!match) {
    if (referenceRegexp.test(full.toLowerCase())) {
      return { error: 'repository name must be lowercase' };
    }
    return { error: 'invalid reference format' };
  }
  const name = match[1] ?? '';
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    return { error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  const digest = match[3];
  if (digest !== undefined) {
    const problem = validateDigest(digest);
    if (problem) return { error: problem };
  }
  const repository = name.slice(domain.length + 1);
  const tag = match[2] ?? (digest === undefined ? DEFAULT_TAG : '');
  // containerd's ParseDockerRef: a digest pins the content, so a tag beside it is dropped
  const canonical = digest === undefined ? `${name}:${tag}` : `${name}@${digest}`;
  const ref: ImageRef = { image, registry: domain, repository, tag, canonical };
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

export function isImageRef(parsed: ImageRef | { error: string }): parsed is ImageRef {
  return !('error' in parsed);
}

/**
 * The kubelet's message (waiting reason `InvalidImageName`, event `InspectFailed`) for an
 * image it cannot parse.
 */
export function invalidImageNameMessage(image: string, error: string): string {
  return `Failed to apply default image tag "${image}": couldn't parse image reference "${image}": ${error}`;
}
