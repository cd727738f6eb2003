import { describe, expect, it } from 'vitest';
import { covered, lint, liveObjects } from './testKit';

const rc = (name: string, selector: string, labels = selector, namespace = 'default'): string =>
  `apiVersion: v1
kind: ReplicationController
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {${selector}}
  template:
    metadata: {labels: {${labels}}}
    spec: {containers: [{name: c, image: nginx}]}
`;

describe('two controllers whose selectors overlap', () => {
  it('in one file: each is warned at its selector, naming the other', () => {
    const text = `${rc('web', 'app: web')}---\n${rc('web-canary', 'app: web, track: canary')}`;
    const warnings = lint(text);
    expect(warnings.map((w) => [w.document, w.field, w.message])).toEqual([
      [
        0,
        'spec.selector',
        'selector app=web also matches the pods of ReplicationController web-canary (in this file), ' +
          'whose template is labelled app=web,track=canary: the two controllers could count, adopt ' +
          "or delete each other's pods. Kubernetes does not stop overlapping selectors; give each " +
          'controller a label of its own',
      ],
      [
        1,
        'spec.selector',
        expect.stringContaining(
          "the selector app=web of ReplicationController web (in this file) also matches this controller's pods (labelled app=web,track=canary)",
        ),
      ],
    ]);
    expect(covered(text, warnings[0]!.range)).toBe('{app: web}');
    expect(covered(text, warnings[1]!.range)).toBe('{app: web, track: canary}');
  });

  it('with a live controller of another name, across kinds', () => {
    const deployment = `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web-v2"},
 "spec": {"selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["web", "www"]}]},
   "template": {"metadata": {"labels": {"app": "www"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}}`;
    const [warning] = lint(deployment, liveObjects(rc('web', 'app: www')));
    expect(warning?.message).toMatch(
      /^selector app in \(web,www\) also matches the pods of ReplicationController web \(in the cluster\)/,
    );
  });

  it('not with the live object the document updates', () => {
    expect(lint(rc('web', 'app: web'), liveObjects(rc('web', 'app: web')))).toEqual([]);
  });

  it("not with a Deployment's own ReplicaSets (their selector adds pod-template-hash)", () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
`;
    const [owned] = liveObjects(`apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web-5d8f7c9b6}
spec:
  selector: {matchLabels: {app: web, pod-template-hash: 5d8f7c9b6}}
  template:
    metadata: {labels: {app: web, pod-template-hash: 5d8f7c9b6}}
    spec: {containers: [{name: c, image: nginx}]}
`);
    owned!.metadata.ownerReferences = [
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u1', controller: true },
    ];
    expect(lint(deployment, [owned!])).toEqual([]);
  });

  it('not across namespaces, nor when the selectors are disjoint', () => {
    expect(
      lint(rc('web', 'app: web'), liveObjects(rc('web2', 'app: web', 'app: web', 'shop'))),
    ).toEqual([]);
    expect(lint(`${rc('web', 'app: web')}---\n${rc('db', 'app: db')}`)).toEqual([]);
  });

  it('not for an apps/v1 selector the server refuses ({} would select everything, but is invalid)', () => {
    const empty = `apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: all}
spec:
  selector: {}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
`;
    expect(lint(empty, liveObjects(rc('web', 'app: web')))).toEqual([]);
  });
});
