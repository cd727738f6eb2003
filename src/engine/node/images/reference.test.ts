import { describe, expect, it } from 'vitest';
import { invalidImageNameMessage, parseImageRef } from './reference';
import { sha256Hex } from './sha256';

const hex64 = 'a'.repeat(64);

describe('parseImageRef reads references the way the kubelet and containerd do', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', 'docker.io/library/nginx:1.27'],
    ['library/nginx', 'docker.io', 'library/nginx', 'latest', 'docker.io/library/nginx:latest'],
    ['docker.io/nginx', 'docker.io', 'library/nginx', 'latest', 'docker.io/library/nginx:latest'],
    [
      'index.docker.io/library/redis:7',
      'docker.io',
      'library/redis',
      '7',
      'docker.io/library/redis:7',
    ],
    [
      'dockerinpractice/todo',
      'docker.io',
      'dockerinpractice/todo',
      'latest',
      'docker.io/dockerinpractice/todo:latest',
    ],
    [
      'gcr.io/google-samples/gb-frontend:v4',
      'gcr.io',
      'google-samples/gb-frontend',
      'v4',
      'gcr.io/google-samples/gb-frontend:v4',
    ],
    ['host:5000/a/b:c', 'host:5000', 'a/b', 'c', 'host:5000/a/b:c'],
    ['localhost/app', 'localhost', 'app', 'latest', 'localhost/app:latest'],
    // an upper-case first segment is read as a registry host, as Docker reads it
    ['Me/app:v1', 'Me', 'app', 'v1', 'Me/app:v1'],
    [
      'my_org/my-app__x:1.0_rc-1',
      'docker.io',
      'my_org/my-app__x',
      '1.0_rc-1',
      'docker.io/my_org/my-app__x:1.0_rc-1',
    ],
  ])('%s', (image, registry, repository, tag, canonical) => {
    expect(parseImageRef(image)).toEqual({ image, registry, repository, tag, canonical });
  });

  it('a digest pins the image, and a tag beside it is dropped from what is pulled', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(parseImageRef(`nginx@${digest}`)).toEqual({
      image: `nginx@${digest}`,
      registry: 'docker.io',
      repository: 'library/nginx',
      tag: '',
      digest,
      canonical: `docker.io/library/nginx@${digest}`,
    });
    expect(parseImageRef(`nginx:1.27@${digest}`)).toMatchObject({
      tag: '1.27',
      digest,
      canonical: `docker.io/library/nginx@${digest}`,
    });
  });

  it.each([
    ['NGINX', 'invalid reference format: repository name (library/NGINX) must be lowercase'],
    ['me/App:v1', 'invalid reference format: repository name (me/App) must be lowercase'],
    ['', 'invalid reference format'],
    ['nginx:', 'invalid reference format'],
    ['nginx:-bad', 'invalid reference format'],
    ['nginx::1', 'invalid reference format'],
    ['-nginx', 'invalid reference format'],
    ['nginx/', 'invalid reference format'],
    ['ng inx', 'invalid reference format'],
    [`@sha256:${hex64}`, 'invalid reference format'],
    [hex64, `invalid repository name (${hex64}), cannot specify 64-byte hexadecimal strings`],
    [`nginx@sha256:${'a'.repeat(32)}`, 'invalid checksum digest length'],
    [`nginx@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
    [`nginx@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    [`a/${'b'.repeat(250)}`, 'repository name must not be more than 255 characters'],
  ])('%j is refused: %s', (image, error) => {
    expect(parseImageRef(image)).toEqual({ error });
  });

  it('an unparsable image gives the kubelet InvalidImageName message', () => {
    expect(
      invalidImageNameMessage(
        'NGINX',
        'invalid reference format: repository name (library/NGINX) must be lowercase',
      ),
    ).toBe(
      'Failed to apply default image tag "NGINX": couldn\'t parse image reference "NGINX": ' +
        'invalid reference format: repository name (library/NGINX) must be lowercase',
    );
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-4 vector for %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });
});
