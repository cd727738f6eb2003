import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

describe('kubectl get -o custom-columns', () => {
  const cluster = () => {
    const c = createCluster({ nodes: 2 });
    c.kubectl('create deployment web --image=nginx --replicas=2');
    c.advance(20_000);
    return c;
  };

  it('prints one column per header:path, laid out like kubectl’s tables', () => {
    const out = cluster().kubectl(
      'get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,IMAGES:.spec.containers[*].image',
    );
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME {3,}NODE {3,}IMAGES$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^web-\S+ {3}node-\d {3}nginx$/),
      expect.stringMatching(/^web-\S+ {3}node-\d {3}nginx$/),
    ]);
  });

  it('relaxes the path (no dot, braces) and prints <none> where it finds nothing', () => {
    const out = cluster().kubectl(
      'get pods -o custom-columns=NAME:metadata.name,X:{.metadata.nope} --no-headers',
    );
    expect(out.stdout).toMatch(/^web-\S+ {3}<none>\nweb-\S+ {3}<none>\n$/);
  });

  it('answers a spec it cannot read in kubectl’s words', () => {
    const c = cluster();
    expect(c.kubectl('get pods -o custom-columns=NAME').stderr).toBe(
      'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n',
    );
    expect(c.kubectl('get pods -o custom-columns').stderr).toBe(
      'error: custom-columns format specified but no custom columns given\n',
    );
  });
});
