import { describe, expect, it } from 'vitest';
import { decodeManifests } from './index';
import type { DecodedDocument } from './types';
import {
  COMPLEXPOD as COMPLEX_POD,
  REDIS_MASTER_POD,
  REDIS_MASTER_SERVICE,
  REDIS_SLAVE_CONTROLLER,
} from '../../testing/seeds';

// The four manifests of the seed texts (/work/shared/seeds), exactly as printed there.
function decodeOne(text: string, source = 'seed.json'): Extract<DecodedDocument, { ok: true }> {
  const docs = decodeManifests(text, { source });
  expect(docs).toHaveLength(1);
  const doc = docs[0];
  if (!doc?.ok) throw new Error(`did not decode: ${JSON.stringify(doc)}`);
  return doc;
}

describe('the seed manifests (v1beta1) decode as written', () => {
  it('redis-master pod: id, top-level labels and desiredState.manifest become a v1 Pod', () => {
    const doc = decodeOne(REDIS_MASTER_POD);
    expect(doc).toMatchObject({ apiVersion: 'v1beta1', kind: 'Pod', legacy: true, warnings: [] });
    expect(doc.object).toEqual({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'redis-master-pod', labels: { name: 'redis' } },
      spec: {
        containers: [
          {
            name: 'redis-master',
            image: 'gurpartap/redis',
            ports: [{ name: 'redis-server', containerPort: 6379 }],
          },
        ],
      },
    });
  });

  it('redis-master service: port 8888 targets container port 6379', () => {
    const doc = decodeOne(REDIS_MASTER_SERVICE);
    expect(doc.object).toEqual({
      kind: 'Service',
      apiVersion: 'v1',
      metadata: { name: 'redis-master', labels: { name: 'redis' } },
      spec: { ports: [{ port: 8888, targetPort: 6379 }], selector: { name: 'redis' } },
    });
  });

  it('redisSlaveController: replicas, replicaSelector and podTemplate become the RC spec', () => {
    const doc = decodeOne(REDIS_SLAVE_CONTROLLER);
    expect(doc.object).toEqual({
      kind: 'ReplicationController',
      apiVersion: 'v1',
      metadata: { name: 'redisSlaveController', labels: { name: 'redisslave' } },
      spec: {
        replicas: 2,
        selector: { name: 'redisslave' },
        template: {
          metadata: { labels: { name: 'redisslave' } },
          spec: {
            containers: [
              {
                name: 'slave',
                image: 'brendanburns/redis-slave',
                ports: [{ hostPort: 8888, containerPort: 6379 }],
              },
            ],
          },
        },
      },
    });
  });

  it('complexpod: the volume that says "emptydir" directly is an emptyDir volume pod-disk (no source means emptyDir)', () => {
    const doc = decodeOne(COMPLEX_POD, 'complexpod.json');
    expect(doc.object).toEqual({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'complexpod' },
      spec: {
        volumes: [{ name: 'pod-disk', emptyDir: {} }],
        containers: [
          {
            name: 'simplereader',
            image: 'dockerinpractice/simplereader',
            volumeMounts: [{ name: 'pod-disk', mountPath: '/data' }],
          },
          {
            name: 'simplewriter',
            image: 'dockerinpractice/simplewriter',
            volumeMounts: [{ name: 'pod-disk', mountPath: '/data' }],
          },
        ],
      },
    });
    // A 2015 server dropped the unknown key silently; kubesim says so.
    expect(doc.warnings).toEqual(['unknown field "desiredState.manifest.volumes[0].emptydir"']);
  });
});

describe('v1beta1, v1beta3 and v1 spellings of the same objects decode to equal internal objects', () => {
  const podV1beta3 = `
apiVersion: v1beta3
kind: Pod
metadata:
  name: redis-master-pod
  labels: {name: redis}
spec:
  containers:
  - name: redis-master
    image: gurpartap/redis
    ports: [{name: redis-server, containerPort: 6379}]
`;
  const podV1 = podV1beta3.replace('v1beta3', 'v1');

  it('the redis-master pod', () => {
    const a = decodeOne(REDIS_MASTER_POD).object;
    expect(decodeOne(podV1beta3, 'pod.yaml').object).toEqual(a);
    expect(decodeOne(podV1, 'pod.yaml').object).toEqual(a);
  });

  it('the redis-master service, including v1beta3 portalIP and createExternalLoadBalancer', () => {
    const legacy = REDIS_MASTER_SERVICE.replace(
      '"port": 8888,',
      '"port": 8888, "portalIP": "10.0.29.247", "createExternalLoadBalancer": true,',
    );
    const v1beta3 = `{"apiVersion": "v1beta3", "kind": "Service",
      "metadata": {"name": "redis-master", "labels": {"name": "redis"}},
      "spec": {"ports": [{"port": 8888, "targetPort": 6379}], "selector": {"name": "redis"},
               "portalIP": "10.0.29.247", "createExternalLoadBalancer": true}}`;
    const v1 = `{"apiVersion": "v1", "kind": "Service",
      "metadata": {"name": "redis-master", "labels": {"name": "redis"}},
      "spec": {"ports": [{"port": 8888, "targetPort": 6379}], "selector": {"name": "redis"},
               "clusterIP": "10.0.29.247", "type": "LoadBalancer"}}`;
    const expected = decodeOne(v1).object;
    expect(expected).toMatchObject({ spec: { clusterIP: '10.0.29.247', type: 'LoadBalancer' } });
    expect(decodeOne(legacy).object).toEqual(expected);
    expect(decodeOne(v1beta3).object).toEqual(expected);
  });

  it('the redisSlaveController (v1beta3 spells the template as v1 does)', () => {
    const v1 = `{"apiVersion": "v1", "kind": "ReplicationController",
      "metadata": {"name": "redisSlaveController", "labels": {"name": "redisslave"}},
      "spec": {"replicas": 2, "selector": {"name": "redisslave"},
        "template": {"metadata": {"labels": {"name": "redisslave"}},
          "spec": {"containers": [{"name": "slave", "image": "brendanburns/redis-slave",
                                    "ports": [{"containerPort": 6379, "hostPort": 8888}]}]}}}}`;
    const expected = decodeOne(REDIS_SLAVE_CONTROLLER).object;
    expect(decodeOne(v1).object).toEqual(expected);
    expect(decodeOne(v1.replace('"v1"', '"v1beta3"')).object).toEqual(expected);
  });
});

describe('v1beta1 conversion details (k8s-reference §11.2)', () => {
  const pod = (manifest: string, extra = ''): string =>
    `{"id": "p", "kind": "Pod", "apiVersion": "v1beta1", ${extra} "desiredState": {"manifest": ${manifest}}}`;

  it('container cpu (millicores) and memory (bytes) become resource limits', () => {
    const doc = decodeOne(
      pod(`{"containers": [{"name": "c", "image": "i", "cpu": 100, "memory": 50000000}]}`),
    );
    expect(doc.object).toMatchObject({
      spec: { containers: [{ resources: { limits: { cpu: '100m', memory: '50M' } } }] },
    });
  });

  it('entrypoint/command become command/args, and pull policies lose their Pull prefix', () => {
    const doc = decodeOne(
      pod(
        `{"containers": [{"name": "c", "image": "i", "entrypoint": ["/bin/sh"], "command": ["-c", "true"], "imagePullPolicy": "PullIfNotPresent"}]}`,
      ),
    );
    expect(doc.object).toMatchObject({
      spec: {
        containers: [
          { command: ['/bin/sh'], args: ['-c', 'true'], imagePullPolicy: 'IfNotPresent' },
        ],
      },
    });
  });

  it('restartPolicy objects, volume sources, mount path and env key aliases, host and nodeSelector', () => {
    const doc = decodeOne(
      pod(
        `{"restartPolicy": {"onFailure": {}},
          "volumes": [{"name": "h", "source": {"hostDir": {"path": "/tmp"}}},
                      {"name": "pd", "source": {"persistentDisk": {"pdName": "disk", "fsType": "ext4"}}}],
          "containers": [{"name": "c", "image": "i", "volumeMounts": [{"name": "h", "path": "/h"}],
                          "env": [{"key": "FOO", "value": "bar"}]}]}`,
        '"nodeSelector": {"disk": "ssd"},',
      ).replace('"manifest"', '"host": "node-1", "manifest"'),
    );
    expect(doc.object).toMatchObject({
      spec: {
        restartPolicy: 'OnFailure',
        volumes: [
          { name: 'h', hostPath: { path: '/tmp' } },
          { name: 'pd', gcePersistentDisk: { pdName: 'disk', fsType: 'ext4' } },
        ],
        containers: [
          { volumeMounts: [{ name: 'h', mountPath: '/h' }], env: [{ name: 'FOO', value: 'bar' }] },
        ],
        nodeName: 'node-1',
        nodeSelector: { disk: 'ssd' },
      },
    });
  });

  it('field names match case-insensitively, as Go 1.4 encoding/json matched them', () => {
    const doc = decodeOne(`{"ID": "p", "Kind": "Pod", "apiVersion": "v1beta1", "kind": "Pod",
      "DesiredState": {"Manifest": {"Containers": [{"NAME": "c", "Image": "i"}]}}}`);
    expect(doc.object).toMatchObject({
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'i' }] },
    });
    expect(doc.warnings).toEqual([]);
  });

  it('a Minion becomes a Node with its hostIP and capacity', () => {
    const doc =
      decodeOne(`{"kind": "Minion", "apiVersion": "v1beta1", "id": "10.245.1.3", "hostIP": "10.245.1.3",
      "resources": {"capacity": {"cpu": 1000, "memory": 3221225472}}, "labels": {"disk": "ssd"}}`);
    expect(doc).toMatchObject({ kind: 'Minion', apiVersion: 'v1beta1' });
    expect(doc.object).toEqual({
      kind: 'Node',
      apiVersion: 'v1',
      metadata: { name: '10.245.1.3', labels: { disk: 'ssd' } },
      spec: {},
      status: {
        capacity: { cpu: '1', memory: '3Gi' },
        addresses: [{ type: 'LegacyHostIP', address: '10.245.1.3' }],
      },
    });
  });

  it('currentState (read-only) is ignored', () => {
    const doc = decodeOne(
      pod(
        `{"containers": [{"name": "c", "image": "i"}]}`,
        '"currentState": {"status": "Running", "host": "x"},',
      ),
    );
    expect(doc.object).not.toHaveProperty('status');
    expect(doc.object).toMatchObject({ spec: { containers: [{ name: 'c' }] } });
  });
});
