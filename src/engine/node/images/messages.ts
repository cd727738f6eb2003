/**
 * The kubelet's image-pull event texts, per era. Modern: kubelet 1.31 over containerd 1.7 —
 * containerd's errors as the CRI returns them (gRPC `Unknown` codes stripped since 1.28, other
 * codes kept as `rpc error: code = … desc = …`) and the `Pulled` event with both durations and
 * the image size (1.30+). 2015: kubelet v1.0 over Docker 1.7 — Docker's pull errors, which the
 * kubelet decorated with a credentials hint when the image named a registry explicitly.
 */
import type { Era } from '../../contract';
import type { ImageRef } from './reference';
import type { PullFailure } from './registry';

/** Go's `%q` for the strings events quote (image names are plain ASCII). */
const q = (s: string): string => JSON.stringify(s);

/** The node's resolver: systemd-resolved's stub on the modern era's Ubuntu 22.04 nodes. */
const MODERN_RESOLVER = '127.0.0.53:53';

export { goDuration } from '../../util/goDuration';
import { goDuration } from '../../util/goDuration';

/**
 * Simulated transfer time for an image: its compressed size over the registry bandwidth
 * (`timings.imagePullBytesPerSecond`), rounded up to a whole millisecond.
 */
export function pullDurationMs(sizeBytes: number, bytesPerSecond: number): number {
  if (!(bytesPerSecond > 0) || !Number.isFinite(bytesPerSecond)) {
    throw new RangeError(`image pull bandwidth must be a positive number, got ${bytesPerSecond}`);
  }
  if (!(sizeBytes >= 0)) throw new RangeError(`image size must not be negative, got ${sizeBytes}`);
  return Math.ceil((sizeBytes * 1000) / bytesPerSecond);
}

/** The `Pulling` event (`pulling` in 2015). */
export function pullingMessage(image: string): string {
  return `Pulling image ${q(image)}`;
}

/**
 * The `Pulled` event after a pull (`pulled` in 2015, which gave neither time nor size).
 * `waitingMs` counts time queued behind other pulls; without it the two durations agree.
 */
export function pulledMessage(
  image: string,
  ms: number,
  era: Era,
  sizeBytes: number,
  waitingMs: number = ms,
): string {
  if (era === '2015') return `Successfully pulled image ${q(image)}`;
  return (
    `Successfully pulled image ${q(image)} in ${goDuration(ms)} ` +
    `(${goDuration(waitingMs)} including waiting). Image size: ${sizeBytes} bytes.`
  );
}

/** The `Pulled` event when the node already has the image (both eras). */
export function alreadyPresentMessage(image: string): string {
  return `Container image ${q(image)} already present on machine`;
}

/** The `BackOff` event while the kubelet waits to retry a failed pull (modern). */
export function backOffPullingMessage(image: string): string {
  return `Back-off pulling image ${q(image)}`;
}

/** Registry and path as a v2 registry URL names them, and the host's name without port. */
function hostName(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(0, registry.indexOf(']') + 1);
  const colon = registry.lastIndexOf(':');
  return colon === -1 ? registry : registry.slice(0, colon);
}

function isLoopback(registry: string): boolean {
  const host = hostName(registry);
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}

function containerdUnreachable(ref: ImageRef): string {
  const loopback = isLoopback(ref.registry);
  // containerd talks plain HTTP to a loopback registry and HTTPS to everything else
  const scheme = loopback ? 'http' : 'https';
  const url = `${scheme}://${ref.registry}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag}`;
  const host = hostName(ref.registry);
  const port = ref.registry.length > host.length ? ref.registry.slice(host.length + 1) : '443';
  const dial = loopback
    ? `dial tcp ${host === 'localhost' ? '127.0.0.1' : host}:${port}: connect: connection refused`
    : `dial tcp: lookup ${host} on ${MODERN_RESOLVER}: no such host`;
  return `failed to do request: Head ${q(url)}: ${dial}`;
}

function modernFailure(ref: ImageRef, why: PullFailure): string {
  const c = ref.canonical;
  const prefix = `failed to pull and unpack image ${q(c)}: failed to resolve reference ${q(c)}`;
  switch (why) {
    case 'not-found':
    case 'tag-not-found':
      return `rpc error: code = NotFound desc = ${prefix}: ${c}: not found`;
    case 'unauthorized':
      return (
        `${prefix}: pull access denied, repository does not exist or may require authorization: ` +
        'server message: insufficient_scope: authorization failed'
      );
    case 'unreachable':
      return `${prefix}: ${containerdUnreachable(ref)}`;
  }
}

/** What Docker 1.7 said; the kubelet passed it on, decorated for `host/namespace/name` images. */
function legacyFailure(ref: ImageRef, why: PullFailure): string {
  const host = hostName(ref.registry);
  let docker: string;
  switch (why) {
    case 'not-found':
    case 'unauthorized':
      docker = `Error: image ${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag}`} not found`;
      break;
    case 'tag-not-found':
      docker = ref.digest
        ? `Error: image ${ref.repository}@${ref.digest} not found`
        : `Tag ${ref.tag} not found in repository ${ref.registry}/${ref.repository}`;
      break;
    case 'unreachable':
      docker =
        `API error (500):  v1 ping attempt failed with error: Get https://${ref.registry}/v1/_ping: ` +
        `dial tcp: lookup ${host}: no such host. If this private registry supports only HTTP or ` +
        `HTTPS with an unknown CA certificate, please add \`--insecure-registry ${ref.registry}\` ` +
        "to the daemon's arguments. In the case of HTTPS, if you have access to the registry's CA " +
        'certificate, no need for the flag; simply place the CA certificate at ' +
        `/etc/docker/certs.d/${ref.registry}/ca.crt`;
      break;
  }
  // kubelet v1.0's heuristic: exactly two slashes means an explicit (maybe private) registry
  const explicitRegistry = ref.image.split('/').length - 1 === 2;
  return explicitRegistry
    ? `image pull failed for ${ref.image}, this may be because there are no credentials on this request.  details: (${docker})`
    : docker;
}

/**
 * The error the kubelet reports after `Failed to pull image "<image>": `, which is also the
 * container's `ErrImagePull` waiting message.
 */
export function pullFailureMessage(ref: ImageRef, why: PullFailure, era: Era): string {
  return era === '2015' ? legacyFailure(ref, why) : modernFailure(ref, why);
}

/** The whole `Failed` event text. */
export function failedToPullMessage(ref: ImageRef, why: PullFailure, era: Era): string {
  return `Failed to pull image ${q(ref.image)}: ${pullFailureMessage(ref, why, era)}`;
}
