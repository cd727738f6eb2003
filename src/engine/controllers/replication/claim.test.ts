import { describe, expect, it } from 'vitest';
import { adoptedPod, claimPods, releasedPod } from './claim';
import { controllerSelector, ownerRefOf } from './controller';
import { names, ownedBy, pod, rc, rs } from './fixtures';
import { replicaController } from './controller';

const web = rc('web');
const other = rc('other');

describe('claimPods, modern (owner references)', () => {
  const pods = [
    ownedBy(web, 'mine'),
    ownedBy(web, 'relabelled', { labels: { app: 'web-debug' } }),
    pod('orphan'),
    ownedBy(other, 'foreign'),
    pod('orphan-dying', { terminating: true }),
    pod('orphan-elsewhere', { namespace: 'test' }),
    pod('unrelated', { labels: { app: 'db' } }),
  ];

  it('keeps its matching pods, adopts matching orphans and releases pods that stopped matching', () => {
    const claim = claimPods(web, pods, 'modern');
    expect(names(claim.owned)).toEqual(['mine', 'orphan']);
    expect(names(claim.adopt)).toEqual(['orphan']);
    expect(names(claim.release)).toEqual(['relabelled']);
  });

  it('a controller being deleted adopts nothing and releases nothing', () => {
    const claim = claimPods(rc('web', { deleting: true }), pods, 'modern');
    expect(names(claim.owned)).toEqual(['mine']);
    expect(claim.adopt).toEqual([]);
    expect(claim.release).toEqual([]);
  });

  it('a pod owned by another controller is never counted, even with matching labels', () => {
    const claim = claimPods(web, [ownedBy(other, 'foreign')], 'modern');
    expect(claim).toEqual({ owned: [], adopt: [], release: [] });
  });
});

describe('claimPods, 2015 (no owner references)', () => {
  it('every matching pod in the namespace counts, whoever made it', () => {
    const pods = [
      pod('made-by-hand'),
      ownedBy(other, 'made-by-other'),
      pod('relabelled', { labels: { app: 'web-debug' } }),
      pod('elsewhere', { namespace: 'test' }),
    ];
    const claim = claimPods(web, pods, '2015');
    expect(names(claim.owned)).toEqual(['made-by-hand', 'made-by-other']);
    expect(claim.adopt).toEqual([]);
    expect(claim.release).toEqual([]);
  });
});

describe('adoption and release patches', () => {
  it('adopting adds the controller reference, releasing removes only ours', () => {
    const foreign = { ...ownerRefOf(other.object), controller: false };
    const adopted = adoptedPod(web, pod('p', { owner: foreign }));
    expect(adopted.metadata.ownerReferences).toEqual([
      foreign,
      {
        apiVersion: 'v1',
        kind: 'ReplicationController',
        name: 'web',
        uid: 'uid-web',
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(releasedPod(web, adopted).metadata.ownerReferences).toEqual([foreign]);
    expect(releasedPod(web, ownedBy(web, 'p')).metadata).not.toHaveProperty('ownerReferences');
  });
});

describe('controllerSelector', () => {
  it('an RC selects by its map, a ReplicaSet by its label selector', () => {
    expect(controllerSelector(web).toString()).toBe('app=web');
    const set = rs('front', { selector: { tier: 'frontend' } });
    set.spec.selector = {
      matchLabels: { tier: 'frontend' },
      matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }],
    };
    expect(controllerSelector(replicaController(set)).toString()).toBe(
      'env notin (prod),tier=frontend',
    );
  });

  it('a ReplicaSet without a selector selects nothing', () => {
    const set = rs('broken');
    delete set.spec.selector;
    expect(controllerSelector(replicaController(set)).matches({ app: 'web' })).toBe(false);
  });
});
