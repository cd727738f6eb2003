import { describe, expect, it } from 'vitest';
import { setDefaults } from '../../api/defaults';
import { errorText } from '../../api/field';
import { validateCreate } from '../../api/validation';
import { applyFix, covered, documents, lint, liveObjects } from './testKit';

const rc = (selector: string, labels: string): string => `apiVersion: v1
kind: ReplicationController
metadata: {name: web}
spec:
  selector:
    app: ${selector}
  template:
    metadata:
      labels:
        app: ${labels}
    spec:
      containers: [{name: web, image: nginx}]
`;

const pod = (name: string, app: string): string =>
  `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "${name}", "labels": {"app": "${app}"}},
 "spec": {"containers": [{"name": "c", "image": "nginx"}]}}`;

describe("a controller's selector that does not match its own template", () => {
  it('is refused by the API server already, so the linter does not repeat that', () => {
    const [doc] = documents(rc('wbe', 'web'));
    const object = structuredClone(doc!.object);
    setDefaults(object, { era: 'modern' });
    expect(validateCreate(object, { era: 'modern' }).map(errorText)).toContain(
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    );
  });

  it('gets a warning at the value that is probably the typo, with both fixes', () => {
    const text = rc('wbe', 'web');
    const [warning, ...rest] = lint(text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      field: 'spec.selector[app]',
      message:
        "selector app=wbe does not match the labels of ReplicationController web's own template " +
        '(app=web), nor any pod in the cluster or in this file: one of the two is probably a typo',
    });
    expect(covered(text, warning!.range)).toBe('wbe');
    expect(warning?.fixes?.map((f) => f.title)).toEqual([
      'Change app to "web"',
      'Change the template\'s app to "wbe"',
    ]);
    for (const fix of warning!.fixes!) expect(lint(applyFix(text, fix))).toEqual([]);
  });

  it('puts the template fix first when the pods of the namespace agree with the selector', () => {
    const text = rc('web', 'wbe');
    const [warning] = lint(text, liveObjects(pod('web-1', 'web')));
    expect(warning).toMatchObject({ field: 'spec.template.metadata.labels[app]' });
    expect(warning?.message).toContain('; it matches Pod web-1 instead');
    expect(warning?.fixes?.[0]?.title).toBe('Change the template\'s app to "web"');
    expect(covered(text, warning!.range)).toBe('wbe');
  });

  it('in a JSON Deployment, on matchLabels', () => {
    const text = `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
 "spec": {"selector": {"matchLabels": {"app": "web", "tier": "front"}},
   "template": {"metadata": {"labels": {"app": "web", "tier": "frontend"}},
     "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}}`;
    const [warning] = lint(text);
    const fix = warning?.fixes?.[0];
    expect(fix?.title).toBe('Change tier to "frontend"');
    expect(covered(text, fix!.edits[0]!.range)).toBe('"front"');
    expect(lint(applyFix(text, fix!))).toEqual([]);
  });

  it('stays silent when the template lacks the key (no obvious fix; the server has said it)', () => {
    const text = rc('web', 'web').replace('        app: web', '        run: web');
    expect(lint(text)).toEqual([]);
  });

  it('stays silent for a v1beta1 controller that leaves its selector to be defaulted', () => {
    const text = `{"id": "web", "kind": "ReplicationController", "apiVersion": "v1beta1",
 "desiredState": {"replicas": 1, "podTemplate": {"labels": {"name": "web"},
   "desiredState": {"manifest": {"containers": [{"name": "c", "image": "nginx"}]}}}}}`;
    expect(lint(text)).toEqual([]);
  });
});
