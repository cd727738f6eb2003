import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import { executeJsonPath, JsonPathError, parseJsonPath } from './jsonpath';

const list = {
  kind: 'List',
  items: [
    {
      metadata: { name: 'a', labels: { app: 'web' } },
      spec: { containers: [{ name: 'c1', image: 'nginx', ports: [{ containerPort: 80 }] }] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    },
    {
      metadata: { name: 'b', labels: { app: 'db' } },
      spec: { containers: [{ name: 'c2', image: 'redis' }] },
      status: { phase: 'Pending', conditions: [{ type: 'Ready', status: 'False' }] },
    },
  ],
};

const run = (template: string, root: unknown = list): string =>
  executeJsonPath(parseJsonPath(template), root);

describe('kubectl JSONPath templates', () => {
  it.each([
    ['{.kind}', 'List'],
    ['{.items[*].metadata.name}', 'a b'],
    ['{.items[0].metadata.name}', 'a'],
    ['{.items[-1].metadata.name}', 'b'],
    ['{.items[0:1].metadata.name}', 'a'],
    ["{.items[*].metadata.labels['app']}", 'web db'],
    ['{..image}', 'nginx redis'],
    ['{.items[?(@.status.phase=="Running")].metadata.name}', 'a'],
    ['{.items[?(@.spec.containers[0].ports)].metadata.name}', 'a'],
    ['names: {.items[*].metadata.name}!', 'names: a b!'],
    [
      '{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}',
      'a\tRunning\nb\tPending\n',
    ],
    ['{range .items[*]}[{$.kind}]{end}', '[List][List]'],
    ['{.items[0].spec.containers[0].ports[0]}', '{"containerPort":80}'],
    ['{.items[*].metadata.missing}', ''],
  ])('%s prints %j', (template, expected) => {
    expect(run(template)).toBe(expected);
  });

  it('prints maps as JSON with sorted keys, as Go does', () => {
    expect(run('{.items[0].metadata}')).toBe('{"labels":{"app":"web"},"name":"a"}');
  });

  it.each([
    ['{.items[', 'unclosed action'],
    ['{.items[}', 'unterminated array'],
    ['{range .items[*]}{.x}', 'unclosed range'],
    ['{end}', 'not in range, nothing to end'],
  ])('refuses %s: %s', (template, message) => {
    expect(() => parseJsonPath(template)).toThrow(JsonPathError);
    expect(() => parseJsonPath(template)).toThrow(message);
  });
});

describe('kubectl get -o jsonpath', () => {
  const cluster = () => {
    const c = createCluster({ nodes: 2 });
    c.kubectl('create deployment web --image=nginx --replicas=2');
    c.advance(20_000);
    return c;
  };

  it('picks fields from a list, with no newline after, as kubectl prints them', () => {
    const out = cluster().kubectl(`get pods -o jsonpath='{.items[*].status.phase}'`);
    expect(out).toEqual({ stdout: 'Running Running', stderr: '', exitCode: 0 });
  });

  it('takes one object named as the root', () => {
    expect(cluster().kubectl(`get deployment web -o jsonpath='{.spec.replicas}'`).stdout).toBe('2');
  });

  it('ranges with filters, the way tutorials list node addresses', () => {
    const out = cluster().kubectl(
      `get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.addresses[?(@.type=="InternalIP")].address}{"\\n"}{end}'`,
    );
    expect(out.stdout).toMatch(/^node-1\t10\.\d+\.\d+\.\d+\nnode-2\t10\.\d+\.\d+\.\d+\n$/);
  });

  it('says so when the template is missing or malformed', () => {
    const c = cluster();
    expect(c.kubectl('get pods -o jsonpath').stderr).toBe(
      'error: template format specified but no template given\n',
    );
    expect(c.kubectl(`get pods -o jsonpath='{.items[}'`).stderr).toBe(
      'error: error parsing jsonpath {.items[}, unterminated array\n',
    );
  });
});
