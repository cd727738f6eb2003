import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { isImageRef, parseImageRef, type ImageRef } from './reference';
import { lookupImage } from './registry';
import { sha256Hex } from './sha256';

function ref(image: string): ImageRef {
  const parsed = parseImageRef(image);
  if (!isImageRef(parsed)) throw new Error(parsed.error);
  return parsed;
}

describe('lookupImage', () => {
  it('finds a tag, and tags of one build share its digest and size', () => {
    const latest = lookupImage(ref('nginx'));
    const pinned = lookupImage(ref('nginx:1.27.3'));
    expect(latest).toMatchObject({ ok: true, sizeBytes: 72_195_283 });
    expect(pinned).toEqual(latest);
    const alpine = lookupImage(ref('nginx:alpine'));
    expect(alpine.ok && latest.ok && alpine.digest !== latest.digest).toBe(true);
    expect(alpine.ok && alpine.sizeBytes < 25_000_000).toBe(true);
  });

  it('digests are the sha256 of the repository and first tag of the build', () => {
    const found = lookupImage(ref('redis:7.4'));
    expect(found.ok && found.digest).toBe(`sha256:${sha256Hex('docker.io/library/redis:latest')}`);
  });

  it('finds a pinned digest, and only an existing one', () => {
    const found = lookupImage(ref('busybox:1.36'));
    if (!found.ok) throw new Error('busybox:1.36 missing');
    expect(lookupImage(ref(`busybox@${found.digest}`))).toEqual(found);
    expect(lookupImage(ref(`busybox@sha256:${'0'.repeat(64)}`))).toEqual({
      ok: false,
      reason: 'tag-not-found',
    });
  });

  it.each([
    ['nginx:1.999', 'tag-not-found'],
    ['gcr.io/google-samples/gb-frontend', 'tag-not-found'],
    ['ngnix', 'unauthorized'],
    ['someone/private-app', 'unauthorized'],
    ['gcr.io/google-samples/nope:v1', 'not-found'],
    ['registry.k8s.io/echoserver:9.9', 'tag-not-found'],
    ['myregistry.example.com/team/app:v1', 'unreachable'],
    ['localhost:5000/app', 'unreachable'],
  ])('%s fails: %s', (image, reason) => {
    expect(lookupImage(ref(image))).toEqual({ ok: false, reason });
  });

  it.each([
    'nginx',
    'nginx:1.14.2',
    'httpd',
    'redis',
    'busybox',
    'busybox:1.28',
    'alpine',
    'ubuntu',
    'debian',
    'node',
    'python',
    'postgres',
    'mysql',
    'memcached',
    'k8s.gcr.io/pause:3.2',
    'registry.k8s.io/pause:3.10',
    'registry.k8s.io/echoserver:1.10',
    'gcr.io/google-samples/gb-frontend:v4',
    'gcr.io/google-samples/gb-redis-follower:v2',
  ])('the catalog holds %s', (image) => {
    expect(lookupImage(ref(image)).ok).toBe(true);
  });

  it('every image can be pulled by its default tag and lists the parents of its files', () => {
    for (const image of CATALOG.values()) {
      expect(image.tags[image.defaultTag], image.repository).toBeDefined();
      for (const path of Object.keys(image.files)) {
        const parent = path.slice(0, path.lastIndexOf('/'));
        if (parent)
          expect(image.files[parent], `${image.repository} ${path}`).toEqual({ dir: true });
      }
    }
  });
});

describe("the seeds' images", () => {
  const found = (image: string) => {
    const result = lookupImage(ref(image));
    if (!result.ok) throw new Error(`${image}: ${result.reason}`);
    return result.image;
  };

  it('dockerinpractice/todo serves HTTP on 8000', () => {
    expect(found('dockerinpractice/todo')).toMatchObject({
      behaviour: 'http-server',
      ports: [8000],
    });
  });

  it('simplewriter appends to a file in /data every five seconds and simplereader follows it', () => {
    const writer = found('dockerinpractice/simplewriter');
    const reader = found('dockerinpractice/simplereader');
    expect(writer.behaviour).toBe('simplewriter');
    expect(writer.cmd.join(' ')).toContain('>> /data/file');
    expect(writer.cmd.join(' ')).toContain('sleep 5');
    expect(reader.behaviour).toBe('simplereader');
    expect(reader.cmd).toEqual(['tail', '-F', '/data/file']);
    expect(writer.files['/data']).toEqual({ dir: true });
  });

  it.each([
    ['gurpartap/redis', 'redis-server'],
    ['dockerfile/redis', 'redis-server'],
    ['brendanburns/redis-slave', 'redis-slave'],
  ])('%s is %s on 6379', (image, behaviour) => {
    expect(found(image)).toMatchObject({ behaviour, ports: [6379] });
  });

  it('the redis slave follows the redis-master service', () => {
    expect(found('brendanburns/redis-slave').upstreamService).toBe('redis-master');
  });
});
