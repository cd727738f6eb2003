import { documentValues } from './convert';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine';
import {
  actionAvailable,
  appliedRefs,
  documentLine,
  liveDocumentName,
  liveGetLine,
  selectActionContext,
  type DocumentAction,
} from './documentActions';
import { EXAMPLES } from './examples';
import { TEMPLATES } from './templates';

const doc = { name: 'pod.yaml' };
const live = { name: 'pod-web.yaml', live: { kind: 'Pod', namespace: 'default', name: 'web' } };

describe("the editor's actions as console lines", () => {
  it.each<[DocumentAction, string]>([
    ['apply', 'kubectl apply -f pod.yaml'],
    ['create', 'kubectl create -f pod.yaml'],
    ['replace', 'kubectl replace -f pod.yaml'],
    ['delete', 'kubectl delete -f pod.yaml'],
    ['diff', 'kubectl diff -f pod.yaml'],
  ])('%s runs %s', (action, line) => {
    expect(documentLine(action, doc)).toBe(line);
  });

  it('replaces a live object on Apply, as kubectl edit does, so a stale one gets a Conflict', () => {
    expect(documentLine('apply', live)).toBe('kubectl replace -f pod-web.yaml');
  });

  it("speaks 2015 kubectl's words: replace was update", () => {
    expect(documentLine('replace', doc, { era: '2015' })).toBe('kubectl update -f pod.yaml');
    expect(documentLine('apply', live, { era: '2015' })).toBe('kubectl update -f pod-web.yaml');
  });

  it("applies a live object where this cluster's kubectl has no replace", () => {
    const commands = new Set(['apply', 'create', 'delete', 'get']);
    expect(documentLine('apply', live, { era: 'modern', commands })).toBe(
      'kubectl apply -f pod-web.yaml',
    );
  });

  it('offers diff only where kubectl had it', () => {
    expect(actionAvailable('diff', { era: 'modern' })).toBe(true);
    expect(actionAvailable('diff', { era: '2015' })).toBe(false);
    const commands = new Set(['apply', 'update']);
    expect(actionAvailable('replace', { era: '2015', commands })).toBe(true);
    expect(actionAvailable('replace', { era: 'modern', commands })).toBe(false);
  });
});

describe('what an apply says it made', () => {
  it.each([
    ['pod/web created', 'Pod', 'default/web'],
    ['deployment.apps/web configured', 'Deployment', 'default/web'],
    ['replicationcontroller/web unchanged', 'ReplicationController', 'default/web'],
    ['pods/web created', 'Pod', 'default/web'],
    ['replicationcontrollers/redis-slave', 'ReplicationController', 'default/redis-slave'],
    [
      'replicationcontroller "redis-slave" replaced',
      'ReplicationController',
      'default/redis-slave',
    ],
    ['node/node-9 created', 'Node', 'node-9'],
    ['minions/node-9', 'Node', 'node-9'],
    ['persistentvolume/pv-1 created', 'PersistentVolume', 'pv-1'],
    ['namespace/team-a created', 'Namespace', 'team-a'],
  ])('%s names %s %s', (line, kind, id) => {
    expect(appliedRefs(`${line}\n`, [])).toEqual([{ kind, id }]);
  });

  it('takes the namespace from the document, v1beta1 top-level namespace too', () => {
    const text = `apiVersion: v1
kind: List
items:
- kind: Pod
  metadata: {name: web, namespace: staging}
- kind: Service
  id: web
  namespace: prod
`;
    expect(appliedRefs('pod/web created\nservice/web created\n', documentValues(text))).toEqual([
      { kind: 'Pod', id: 'staging/web' },
      { kind: 'Service', id: 'prod/web' },
    ]);
  });

  it('ignores warnings and anything that is not a success line', () => {
    expect(appliedRefs('Warning: resource pods/web is missing…\nerror: x\n', [])).toEqual([]);
  });

  it.each([...EXAMPLES.map((e) => [e.name, e.text]), ...TEMPLATES.map((t) => [t.name, t.text])])(
    "finds every object kubectl's own apply output names for %s, in both eras",
    (name, text) => {
      for (const era of ['modern', '2015'] as const) {
        const cluster = createCluster({ era, seed: 2 });
        for (const verb of ['create', 'apply']) {
          const out = cluster.kubectl(`${verb} -f ${name}`, text).stdout;
          const lines = out.split('\n').filter(Boolean);
          if (verb === 'create' || lines.length > 0)
            expect(appliedRefs(out, documentValues(text))).toHaveLength(lines.length);
        }
      }
    },
  );
});

describe('opening a live object', () => {
  it('names its file after its kind and name', () => {
    expect(liveDocumentName({ kind: 'Pod', name: 'web', namespace: 'default' })).toBe(
      'pod-web.yaml',
    );
  });

  it.each(['modern', '2015'] as const)(
    'reads each kind as YAML from a %s cluster, namespaced or not',
    (era) => {
      const cluster = createCluster({ era, seed: 2, nodes: 1 });
      for (const t of TEMPLATES.filter((t) => t.era === 'modern' && t.kind !== 'List'))
        expect(cluster.kubectl(`create -f ${t.name}`, t.text).exitCode).toBe(0);
      const refs = [
        { kind: 'Pod', namespace: 'default', name: 'hello' },
        { kind: 'ReplicationController', namespace: 'default', name: 'hello-rc' },
        { kind: 'Service', namespace: 'default', name: 'hello' },
        { kind: 'ReplicaSet', namespace: 'default', name: 'hello-rs' },
        { kind: 'Deployment', namespace: 'default', name: 'hello-deploy' },
        { kind: 'PersistentVolume', name: 'pv-1' },
        { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data' },
        { kind: 'Namespace', name: 'team-a' },
        { kind: 'Node', name: 'node-1' },
      ];
      for (const ref of refs) {
        const result = cluster.kubectl(liveGetLine(ref).replace(/^kubectl /, ''));
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain(`kind: ${ref.kind}\n`);
        expect(result.stdout).toContain(`  name: ${ref.name}\n`);
      }
    },
  );
});

describe('which actions this cluster runs', () => {
  const vocabulary = (names: string[]) => ({
    commands: names.map((name) => ({
      name,
      aliases: [],
      flags: [],
      subcommands: [],
      args: 'none' as const,
    })),
    globalFlags: [],
    resources: [],
  });

  it("follows the cluster's era and kubectl, and stays the same object while they do", () => {
    const state = {
      cluster: { era: '2015' as const, seed: 1, epochMs: 0 },
      vocabulary: vocabulary(['apply', 'create']),
    };
    const context = selectActionContext(state);
    expect(context.era).toBe('2015');
    expect(actionAvailable('replace', context)).toBe(false);
    expect(actionAvailable('create', context)).toBe(true);
    expect(selectActionContext({ ...state })).toBe(context);
    // before the cluster says, the era it was started with, and every action
    expect(selectActionContext({ cluster: null, vocabulary: vocabulary([]) }, '2015')).toEqual({
      era: '2015',
    });
  });
});
