import { describe, expect, it } from 'vitest';
import {
  COMPLEXPOD,
  REDIS_MASTER_POD,
  REDIS_MASTER_SERVICE,
  REDIS_SLAVE_CONTROLLER,
  SEED_MANIFESTS,
} from '../../testing/seeds';
import { testCluster } from '../../testing/testCluster';
import { applyFix, covered, lint, liveObjects } from './testKit';

const seeds = Object.values(SEED_MANIFESTS);

describe("the seeds' manifests (2015, v1beta1)", () => {
  it('all in one file: no warning', () => {
    expect(lint(seeds.join('\n'))).toEqual([]);
  });

  it.each(Object.entries(SEED_MANIFESTS))('%s with the others live: no warning', (_name, text) => {
    const others = seeds.filter((s) => s !== text);
    expect(lint(text, liveObjects(...others))).toEqual([]);
  });

  it('the redis example, the pod and its service together: no warning', () => {
    expect(lint(`${REDIS_MASTER_POD}\n${REDIS_MASTER_SERVICE}`)).toEqual([]);
  });

  it("a typo in redis-slave's selector gets one warning, whose fix restores it", () => {
    const text = REDIS_SLAVE_CONTROLLER.replace(
      '"replicaSelector": {"name": "redisslave"}',
      '"replicaSelector": {"name": "redisslav"}',
    );
    const warnings = lint(text, liveObjects(REDIS_MASTER_POD, REDIS_MASTER_SERVICE, COMPLEXPOD));
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.message).toBe(
      "selector name=redisslav does not match the labels of ReplicationController redisSlaveController's " +
        'own template (name=redisslave), nor any pod in the cluster or in this file: ' +
        'one of the two is probably a typo',
    );
    expect(covered(text, warning!.range)).toBe('"redisslav"');
    const fix = warning!.fixes![0]!;
    expect(fix.title).toBe('Change name to "redisslave"');
    expect(applyFix(text, fix)).toBe(REDIS_SLAVE_CONTROLLER);
  });

  it("a typo in the redis-master service's selector is caught against the live pod", () => {
    const text = REDIS_MASTER_SERVICE.replace('"name": "redis"', '"name": "rdis"');
    const [warning] = lint(text, liveObjects(REDIS_MASTER_POD));
    expect(warning?.message).toMatch(/^selector name=rdis matches no pod/);
    expect(applyFix(text, warning!.fixes![0]!)).toBe(REDIS_MASTER_SERVICE);
  });

  it('the redis-master service pointing at a port name the pod does not declare', () => {
    const text = REDIS_MASTER_SERVICE.replace('"containerPort": 6379', '"containerPort": "redis"');
    const [warning] = lint(text, liveObjects(REDIS_MASTER_POD));
    expect(warning?.message).toBe(
      'targetPort redis names no TCP container port of the pods it selects (they declare "redis-server"): ' +
        'those pods get no endpoint for port 8888 of Service redis-master',
    );
    expect(covered(text, warning!.range)).toBe('"redis"');
  });
});

describe("the editor's modern examples", () => {
  const todo = `apiVersion: v1
kind: ReplicationController
metadata:
  name: todo
  labels:
    run-container: todo
spec:
  replicas: 1
  selector:
    run-container: todo
  template:
    metadata:
      labels:
        run-container: todo
    spec:
      containers:
      - name: todo
        image: dockerinpractice/todo
`;
  const web = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`;

  it('the todo controller and the web Deployment with its Service: no warning', () => {
    expect(lint(todo)).toEqual([]);
    expect(lint(web, liveObjects(todo))).toEqual([]);
  });
});

describe('against a running cluster', () => {
  for (const era of ['2015', 'modern'] as const) {
    it(`${era}: re-applying the seeds over what they made (pods, endpoints, events) warns of nothing`, () => {
      const k = testCluster({ era, seed: 1 });
      for (const text of seeds) k.ok('create -f seed.json', text);
      k.cluster.advance(era === '2015' ? 300_000 : 60_000);
      const live = k.cluster.snapshot().objects;
      expect(live.filter((o) => o.kind === 'Pod').length).toBeGreaterThanOrEqual(4);
      for (const text of seeds) expect(lint(text, live)).toEqual([]);
    });
  }

  it('modern: a Deployment is not compared with the ReplicaSets it made', () => {
    const k = testCluster({ seed: 1 });
    k.ok('create deployment web --image=nginx');
    k.cluster.advance(30_000);
    const live = k.cluster.snapshot().objects;
    expect(live.some((o) => o.kind === 'ReplicaSet')).toBe(true);
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: nginx, image: nginx}]}
`;
    expect(lint(deployment, live)).toEqual([]);
    // …but a second Deployment with the same selector is.
    expect(lint(deployment.replace('name: web}', 'name: web-2}'), live)).toHaveLength(1);
  });
});
