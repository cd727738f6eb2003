import { describe, expect, it } from 'vitest';
import { SimCluster } from '../../cluster';

const RC = (replicas: number): string => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

/** No clusterIP and no nodePort: a dry run allocates both, from the random generator. */
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
`;

const GENERATED_POD = `apiVersion: v1
kind: Pod
metadata:
  generateName: probe-
  labels:
    app: probe
spec:
  containers:
  - name: probe
    image: busybox
`;

const BAD = `apiVersion: v1
kind: Pod
metadata:
  name: bad
  labels:
    app: bad value
spec:
  containers: [{name: x, image: y}]
---
kind: [
`;

const LOOKS = [SERVICE, GENERATED_POD, BAD, RC(5), `${RC(3)}---\n${SERVICE}`];

/** The same inputs, with or without the editor looking between them. */
function run(look: boolean): { snapshot: string; events: string[]; rand: number } {
  const cluster = new SimCluster({ seed: 42 });
  const events: string[] = [];
  cluster.watch((e) => events.push(JSON.stringify(e)));
  const peek = (): void => {
    if (!look) return;
    for (const text of LOOKS) {
      cluster.validateManifest(text, { source: 'web.yaml' });
      cluster.diffManifest(text);
    }
  };
  peek();
  cluster.apply(RC(2));
  peek();
  cluster.advance(3_000);
  peek();
  cluster.apply(SERVICE);
  peek();
  cluster.kubectl('create -f -', GENERATED_POD);
  peek();
  cluster.advance(20_000);
  peek();
  cluster.apply(RC(4));
  peek();
  cluster.advance(30_000);
  return { snapshot: JSON.stringify(cluster.snapshot()), events, rand: cluster.rand.next() };
}

describe('the editor’s checks change nothing', () => {
  it('leaves the store, the watch stream and the random numbers exactly as without them', () => {
    const quiet = run(false);
    const looked = run(true);
    expect(looked.snapshot).toBe(quiet.snapshot);
    expect(looked.events.length).toBe(quiet.events.length);
    expect(looked.events.join('\n')).toBe(quiet.events.join('\n'));
    expect(looked.rand).toBe(quiet.rand);
  });

  it('sees the dry run allocate addresses without keeping them', () => {
    const cluster = new SimCluster({ seed: 42 });
    const first = cluster.diffManifest(SERVICE)[0]?.merged;
    const again = cluster.diffManifest(SERVICE)[0]?.merged;
    expect(first).toMatch(/clusterIP: 10\./);
    expect(first).toMatch(/nodePort: 3\d{4}/);
    // the same draw each time: nothing was taken, nothing was consumed
    expect(again).toBe(first);
    expect(cluster.apply(SERVICE).exitCode).toBe(0);
    expect(cluster.kubectl('get svc web -o yaml').stdout).toContain(
      /clusterIP: (\S+)/.exec(first ?? '')?.[0] ?? 'no clusterIP',
    );
  });
});
