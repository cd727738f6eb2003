import { describe, expect, it } from 'vitest';
import {
  alreadyPresentMessage,
  backOffPullingMessage,
  failedToPullMessage,
  goDuration,
  pulledMessage,
  pullDurationMs,
  pullFailureMessage,
  pullingMessage,
} from './messages';
import { isImageRef, parseImageRef, type ImageRef } from './reference';

function ref(image: string): ImageRef {
  const parsed = parseImageRef(image);
  if (!isImageRef(parsed)) throw new Error(parsed.error);
  return parsed;
}

describe('pull failure texts, modern (kubelet 1.31, containerd 1.7)', () => {
  it('a repository Docker Hub does not have is "pull access denied"', () => {
    expect(failedToPullMessage(ref('ngnix'), 'unauthorized', 'modern')).toBe(
      'Failed to pull image "ngnix": failed to pull and unpack image "docker.io/library/ngnix:latest": ' +
        'failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository ' +
        'does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });

  it('a missing tag keeps the NotFound gRPC code', () => {
    expect(pullFailureMessage(ref('nginx:1.999'), 'tag-not-found', 'modern')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.999": ' +
        'failed to resolve reference "docker.io/library/nginx:1.999": docker.io/library/nginx:1.999: not found',
    );
  });

  it('a registry that answers 404 gives NotFound too', () => {
    expect(pullFailureMessage(ref('gcr.io/google-samples/nope:v1'), 'not-found', 'modern')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/google-samples/nope:v1": ' +
        'failed to resolve reference "gcr.io/google-samples/nope:v1": gcr.io/google-samples/nope:v1: not found',
    );
  });

  it('an unknown host does not resolve; a loopback registry refuses the connection', () => {
    expect(pullFailureMessage(ref('registry.example.com/app:v1'), 'unreachable', 'modern')).toBe(
      'failed to pull and unpack image "registry.example.com/app:v1": failed to resolve reference ' +
        '"registry.example.com/app:v1": failed to do request: Head ' +
        '"https://registry.example.com/v2/app/manifests/v1": dial tcp: lookup registry.example.com ' +
        'on 127.0.0.53:53: no such host',
    );
    expect(pullFailureMessage(ref('localhost:5000/app'), 'unreachable', 'modern')).toBe(
      'failed to pull and unpack image "localhost:5000/app:latest": failed to resolve reference ' +
        '"localhost:5000/app:latest": failed to do request: Head ' +
        '"http://localhost:5000/v2/app/manifests/latest": dial tcp 127.0.0.1:5000: connect: connection refused',
    );
  });
});

describe('pull failure texts, 2015 (kubelet v1.0, Docker 1.7)', () => {
  it("passes Docker's own error on for a short name", () => {
    expect(failedToPullMessage(ref('ngnix'), 'unauthorized', '2015')).toBe(
      'Failed to pull image "ngnix": Error: image library/ngnix:latest not found',
    );
    expect(pullFailureMessage(ref('nginx:1.999'), 'tag-not-found', '2015')).toBe(
      'Tag 1.999 not found in repository docker.io/library/nginx',
    );
  });

  it('adds the credentials hint when the image names a registry explicitly', () => {
    expect(pullFailureMessage(ref('gcr.io/google-samples/nope:v1'), 'not-found', '2015')).toBe(
      'image pull failed for gcr.io/google-samples/nope:v1, this may be because there are no ' +
        'credentials on this request.  details: (Error: image google-samples/nope:v1 not found)',
    );
  });
});

describe('pulled, pulling and back-off texts', () => {
  it('modern: both durations in Go format and the image size', () => {
    expect(pulledMessage('nginx', 1234, 'modern', 72_195_283)).toBe(
      'Successfully pulled image "nginx" in 1.234s (1.234s including waiting). Image size: 72195283 bytes.',
    );
    expect(pulledMessage('busybox', 850, 'modern', 2_222_260, 2_100)).toBe(
      'Successfully pulled image "busybox" in 850ms (2.1s including waiting). Image size: 2222260 bytes.',
    );
  });

  it('2015: neither time nor size', () => {
    expect(pulledMessage('dockerinpractice/todo', 60_000, '2015', 246_379_822)).toBe(
      'Successfully pulled image "dockerinpractice/todo"',
    );
  });

  it('the other events', () => {
    expect(pullingMessage('nginx')).toBe('Pulling image "nginx"');
    expect(alreadyPresentMessage('nginx')).toBe(
      'Container image "nginx" already present on machine',
    );
    expect(backOffPullingMessage('ngnix')).toBe('Back-off pulling image "ngnix"');
  });

  it.each([
    [0, '0s'],
    [1, '1ms'],
    [999, '999ms'],
    [1000, '1s'],
    [1200, '1.2s'],
    [12_050, '12.05s'],
    [60_000, '1m0s'],
    [65_300, '1m5.3s'],
    [3_600_000, '1h0m0s'],
    [3_725_001, '1h2m5.001s'],
  ])('goDuration(%d) = %s', (ms, text) => {
    expect(goDuration(ms)).toBe(text);
  });
});

describe('pullDurationMs', () => {
  it('is the compressed size over the bandwidth, rounded up to a millisecond', () => {
    expect(pullDurationMs(20 * 1024 * 1024, 20 * 1024 * 1024)).toBe(1000);
    expect(pullDurationMs(72_195_283, 20 * 1024 * 1024)).toBe(3443);
    expect(pullDurationMs(1, 20 * 1024 * 1024)).toBe(1);
    expect(pullDurationMs(0, 1)).toBe(0);
  });

  it('refuses a bandwidth that is not positive', () => {
    expect(() => pullDurationMs(100, 0)).toThrow(RangeError);
    expect(() => pullDurationMs(100, Number.NaN)).toThrow(RangeError);
  });
});
