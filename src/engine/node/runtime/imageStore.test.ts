import { describe, expect, it } from 'vitest';
import { isImageRef, parseImageRef, type ImageRef } from '../images';
import { ImageStore } from './imageStore';

const ref = (image: string): ImageRef => {
  const r = parseImageRef(image);
  if (!isImageRef(r)) throw new Error(r.error);
  return r;
};
const MiB = 1024 * 1024;

describe("a node's image store", () => {
  it('takes the size over the bandwidth, and queues a second pull behind the first', () => {
    const store = new ImageStore(20 * MiB, 600);
    const nginx = store.plan(ref('nginx'), 0);
    const redis = store.plan(ref('redis'), 100);
    expect(nginx.ok && redis.ok).toBe(true);
    if (!nginx.ok || !redis.ok) return;
    expect(nginx.startAt).toBe(0);
    expect(nginx.doneAt).toBe(Math.ceil((nginx.stored.sizeBytes * 1000) / (20 * MiB)));
    expect(redis.startAt).toBe(nginx.doneAt);
  });

  it('keeps what it pulled, by tag and by digest', () => {
    const store = new ImageStore(20 * MiB, 600);
    const plan = store.plan(ref('nginx:1.27'), 0);
    if (!plan.ok) throw new Error('pull failed');
    expect(store.find(ref('nginx:1.27'))).toBeUndefined();
    store.commit(ref('nginx:1.27'), plan.stored);
    expect(store.find(ref('nginx:1.27'))?.repoDigest).toMatch(
      /^docker\.io\/library\/nginx@sha256:/,
    );
    expect(store.find(ref('docker.io/library/nginx:1.27'))).toBeDefined();
    expect(store.list()).toHaveLength(1);
  });

  it('checks the registry quickly for a build it already has, and fails fast for a missing image', () => {
    const store = new ImageStore(20 * MiB, 600);
    const first = store.plan(ref('nginx'), 0);
    if (!first.ok) throw new Error('pull failed');
    store.commit(ref('nginx'), first.stored);
    const again = store.plan(ref('nginx'), first.doneAt);
    expect(again.doneAt - again.startAt).toBe(600);
    const missing = store.plan(ref('ngnix'), again.doneAt);
    expect(missing).toMatchObject({ ok: false, reason: 'unauthorized' });
  });
});
