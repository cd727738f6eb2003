import { describe, expect, it } from 'vitest';
import { printTable } from '../index';
import { NOW } from '../testing/fixtures';
import * as scene from '../testing/scenes';

const o = { era: 'modern' as const, nowMs: NOW };
const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('kubectl get pods (modern)', () => {
  it('prints READY, the printPod STATUS, restarts with the last restart age, and AGE', () => {
    expect(printTable('Pod', scene.mixedPods(), o)).toBe(
      lines(
        'NAME              READY   STATUS             RESTARTS      AGE',
        'web-x7k2p         1/1     Running            0             5m',
        'api-7c9d8-qwzt5   0/1     CrashLoopBackOff   4 (45s ago)   3h',
        'web-pending       0/1     Pending            0             5m',
      ),
    );
  });

  it('-o wide adds IP, NODE, NOMINATED NODE and READINESS GATES', () => {
    expect(printTable('Pod', scene.mixedPods(), { ...o, wide: true })).toBe(
      lines(
        'NAME              READY   STATUS             RESTARTS      AGE   IP            NODE     NOMINATED NODE   READINESS GATES',
        'web-x7k2p         1/1     Running            0             5m    10.244.1.5    node-1   <none>           <none>',
        'api-7c9d8-qwzt5   0/1     CrashLoopBackOff   4 (45s ago)   3h    10.244.2.17   node-2   <none>           <none>',
        'web-pending       0/1     Pending            0             5m    <none>        <none>   <none>           <none>',
      ),
    );
  });

  it('--all-namespaces puts NAMESPACE first; --show-labels puts LABELS last', () => {
    expect(
      printTable('Pod', scene.mixedPods(), { ...o, withNamespace: true, showLabels: true }),
    ).toBe(
      lines(
        'NAMESPACE   NAME              READY   STATUS             RESTARTS      AGE   LABELS',
        'default     web-x7k2p         1/1     Running            0             5m    app=web',
        'shop        api-7c9d8-qwzt5   0/1     CrashLoopBackOff   4 (45s ago)   3h    app=web',
        'default     web-pending       0/1     Pending            0             5m    app=web,tier=frontend',
      ),
    );
  });

  it('withKind prefixes names; -L adds a column per key; --no-headers drops the header', () => {
    expect(
      printTable('Pod', scene.mixedPods(), {
        ...o,
        withKind: true,
        labelColumns: ['app', 'example.com/tier'],
        noHeaders: true,
      }),
    ).toBe(
      lines(
        'pod/web-x7k2p         1/1   Running            0             5m    web   ',
        'pod/api-7c9d8-qwzt5   0/1   CrashLoopBackOff   4 (45s ago)   3h    web   ',
        'pod/web-pending       0/1   Pending            0             5m    web   ',
      ),
    );
  });
});

describe('controllers (modern)', () => {
  it('replication controllers', () => {
    expect(printTable('ReplicationController', scene.controllers().rcs, o)).toBe(
      lines(
        'NAME          DESIRED   CURRENT   READY   AGE',
        'frontend      3         3         3       10m',
        'redis-slave   2         1         0       10m',
      ),
    );
  });

  it('replication controllers, wide', () => {
    expect(printTable('ReplicationController', scene.controllers().rcs, { ...o, wide: true })).toBe(
      lines(
        'NAME          DESIRED   CURRENT   READY   AGE   CONTAINERS     IMAGES                             SELECTOR',
        'frontend      3         3         3       10m   frontend       nginx                              app=frontend',
        'redis-slave   2         1         0       10m   slave,logger   brendanburns/redis-slave,busybox   name=redis-slave',
      ),
    );
  });

  it('replica sets, wide, with set-based selectors', () => {
    expect(
      printTable('ReplicaSet', scene.controllers().sets, { ...o, wide: true, withKind: true }),
    ).toBe(
      lines(
        'NAME                            DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES       SELECTOR',
        'replicaset.apps/web-5d4f8b9c7   2         2         1       10m   web          nginx:1.27   app=web',
        'replicaset.apps/web-6b7c9d8f5   0         0         0       10m                             app=web,tier in (be,fe)',
      ),
    );
  });

  it('deployments', () => {
    expect(printTable('Deployment', scene.controllers().deployments, o)).toBe(
      lines(
        'NAME           READY   UP-TO-DATE   AVAILABLE   AGE',
        'web            2/3     3            2           15m',
        'checkout-api   0/3     1            0           15m',
      ),
    );
  });

  it('deployments, wide, as part of get all', () => {
    expect(
      printTable('Deployment', scene.controllers().deployments, {
        ...o,
        wide: true,
        withKind: true,
      }),
    ).toBe(
      lines(
        'NAME                           READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS     IMAGES       SELECTOR',
        'deployment.apps/web            2/3     3            2           15m   web            nginx:1.27   app=web',
        'deployment.apps/checkout-api   0/3     1            0           15m   checkout-api   nginx:1.27   app=checkout-api',
      ),
    );
  });
});

describe('services and endpoints (modern)', () => {
  it('services: TYPE, CLUSTER-IP (None when headless), EXTERNAL-IP and PORT(S)', () => {
    expect(printTable('Service', scene.services(), o)).toBe(
      lines(
        'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP               PORT(S)                       AGE',
        'kubernetes   ClusterIP      10.96.0.1     <none>                    443/TCP                       20m',
        'web          NodePort       10.96.45.12   <none>                    80:30080/TCP,9090:31090/TCP   20m',
        'db           ClusterIP      None          <none>                    5432/TCP                      20m',
        'shop-lb      LoadBalancer   10.96.7.200   <pending>                 443:32443/TCP                 20m',
        'external     ClusterIP      10.96.3.3     203.0.113.7,203.0.113.8   53/UDP                        20m',
      ),
    );
  });

  it('services, wide, with SELECTOR', () => {
    expect(printTable('Service', scene.services(), { ...o, wide: true, withNamespace: true })).toBe(
      lines(
        'NAMESPACE   NAME         TYPE           CLUSTER-IP    EXTERNAL-IP               PORT(S)                       AGE   SELECTOR',
        'default     kubernetes   ClusterIP      10.96.0.1     <none>                    443/TCP                       20m   app=kubernetes',
        'default     web          NodePort       10.96.45.12   <none>                    80:30080/TCP,9090:31090/TCP   20m   app=web',
        'default     db           ClusterIP      None          <none>                    5432/TCP                      20m   app=db',
        'default     shop-lb      LoadBalancer   10.96.7.200   <pending>                 443:32443/TCP                 20m   app=shop-lb',
        'default     external     ClusterIP      10.96.3.3     203.0.113.7,203.0.113.8   53/UDP                        20m   <none>',
      ),
    );
  });

  it('endpoints: up to three addresses, then how many more', () => {
    expect(printTable('Endpoints', scene.endpointsList(), o)).toBe(
      lines(
        'NAME         ENDPOINTS                                                     AGE',
        'kubernetes   10.240.0.2:6443                                               20m',
        'web          10.244.1.5:8080,10.244.1.6:8080,10.244.2.3:8080 + 2 more...   20m',
        'db           <none>                                                        20m',
      ),
    );
  });
});

describe('cluster objects (modern)', () => {
  it('nodes: STATUS, ROLES and VERSION', () => {
    expect(printTable('Node', scene.nodes(), o)).toBe(
      lines(
        'NAME            STATUS                        ROLES           AGE   VERSION',
        'control-plane   Ready                         control-plane   3d    v1.31.0',
        'node-1          Ready                         <none>          3d    v1.31.0',
        'node-2          NotReady,SchedulingDisabled   <none>          3d    v1.31.0',
      ),
    );
  });

  it('nodes, wide; --all-namespaces does not apply to nodes', () => {
    expect(printTable('Node', scene.nodes(), { ...o, wide: true, withNamespace: true })).toBe(
      lines(
        'NAME            STATUS                        ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION   CONTAINER-RUNTIME',
        'control-plane   Ready                         control-plane   3d    v1.31.0   10.240.0.2    <none>        Ubuntu 24.04.1 LTS   6.8.0-1015-gcp   containerd://1.7.22',
        'node-1          Ready                         <none>          3d    v1.31.0   10.240.0.3    <none>        Ubuntu 24.04.1 LTS   6.8.0-1015-gcp   containerd://1.7.22',
        'node-2          NotReady,SchedulingDisabled   <none>          3d    v1.31.0   10.240.0.4    <none>        Ubuntu 24.04.1 LTS   6.8.0-1015-gcp   containerd://1.7.22',
      ),
    );
  });

  it('namespaces', () => {
    expect(printTable('Namespace', scene.namespaces(), { ...o, showLabels: true })).toBe(
      lines(
        'NAME          STATUS        AGE   LABELS',
        'default       Active        3d    kubernetes.io/metadata.name=default',
        'kube-system   Active        3d    kubernetes.io/metadata.name=kube-system',
        'old-shop      Terminating   10m   kubernetes.io/metadata.name=old-shop',
      ),
    );
  });

  it('events, in the order the API lists them', () => {
    expect(printTable('Event', scene.clusterEvents(), o)).toBe(
      lines(
        'LAST SEEN   TYPE      REASON             OBJECT                           MESSAGE',
        '2m          Normal    NodeNotReady       node/node-2                      Node node-2 status is now: NodeNotReady',
        '5m          Normal    Scheduled          pod/web-x7k2p                    Successfully assigned default/web-x7k2p to node-1',
        '4m58s       Normal    Pulled             pod/web-x7k2p                    Container image "nginx" already present on machine',
        '4m57s       Normal    Created            pod/web-x7k2p                    Created container web',
        '20s         Warning   BackOff            pod/web-x7k2p                    Back-off restarting failed container web in pod web-x7k2p_default(uid-web-x7k2p)',
        '5m10s       Normal    SuccessfulCreate   replicationcontroller/frontend   Created pod: frontend-7xk2p',
      ),
    );
  });

  it('events, wide', () => {
    expect(printTable('Event', scene.podEvents(), { ...o, wide: true })).toBe(
      lines(
        'LAST SEEN   TYPE      REASON      OBJECT          SUBOBJECT              SOURCE              MESSAGE                                                                            FIRST SEEN   COUNT   NAME',
        '5m          Normal    Scheduled   pod/web-x7k2p                          default-scheduler   Successfully assigned default/web-x7k2p to node-1                                  5m           1       web-x7k2p.17a2a',
        '4m58s       Normal    Pulled      pod/web-x7k2p   spec.containers{web}   kubelet, node-1     Container image "nginx" already present on machine                                 4m58s        1       web-x7k2p.17a2b',
        '4m57s       Normal    Created     pod/web-x7k2p   spec.containers{web}   kubelet, node-1     Created container web                                                              4m57s        1       web-x7k2p.17a2c',
        '20s         Warning   BackOff     pod/web-x7k2p   spec.containers{web}   kubelet, node-1     Back-off restarting failed container web in pod web-x7k2p_default(uid-web-x7k2p)   3m20s        7       web-x7k2p.17a2d',
      ),
    );
  });

  it('an empty list prints nothing (the command says No resources found)', () => {
    expect(printTable('Pod', [], o)).toBe('');
  });
});
