import { describe, expect, it } from 'vitest';
import { printTable } from '../index';
import { NOW } from '../testing/fixtures';
import * as scene from '../testing/scenes';

const o15 = { era: '2015' as const, nowMs: NOW };
const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('kubectl get pods (2015)', () => {
  it('one row per pod, then one per container with its state, age and an explanation', () => {
    expect(printTable('Pod', scene.legacyPods(), o15)).toBe(
      lines(
        'POD              IP           CONTAINER(S)   IMAGE(S)   HOST                LABELS                  STATUS                CREATED      MESSAGE',
        'frontend-5m1zc   10.244.3.4                             node-1/10.240.0.3   app=web                 Running               40 minutes   ',
        '                              web            nginx                                                  Running *not ready*   2 minutes    last termination: exit code 1, reason: Error',
        'job-once         10.244.2.8                             node-2/10.240.0.4   job=once                Succeeded             5 minutes    ',
        '                              main           busybox                                                Terminated            3 hours      exit code 0, reason: Completed',
        '                              helper         busybox                                                Waiting                            PodInitializing',
        'web-pending                                             <unassigned>        app=web,tier=frontend   Pending               5 minutes    ',
        '                              web            nginx                                                                                     ',
      ),
    );
  });

  it('--all-namespaces names pods namespace/name', () => {
    expect(printTable('Pod', scene.legacyPods().slice(1, 2), { ...o15, withNamespace: true })).toBe(
      lines(
        'POD              IP           CONTAINER(S)   IMAGE(S)   HOST                LABELS     STATUS       CREATED     MESSAGE',
        'batch/job-once   10.244.2.8                             node-2/10.240.0.4   job=once   Succeeded    5 minutes   ',
        '                              main           busybox                                   Terminated   3 hours     exit code 0, reason: Completed',
        '                              helper         busybox                                   Waiting                  PodInitializing',
      ),
    );
  });

  it('an empty list still prints the header', () => {
    expect(printTable('Pod', [], o15)).toBe(
      lines(
        'POD       IP        CONTAINER(S)   IMAGE(S)   HOST      LABELS    STATUS    CREATED   MESSAGE',
      ),
    );
  });

  it('--no-headers', () => {
    expect(printTable('Pod', scene.seedTodo.running(), { ...o15, noHeaders: true })).toBe(
      lines(
        'todo-hmj8e   10.246.1.3                                     10.245.1.3/10.245.1.3   run-container=todo   Running   4 minutes        ',
        '                          todo      dockerinpractice/todo                                                Running   About a minute   ',
      ),
    );
  });
});

describe('other 2015 tables', () => {
  it('replication controllers, extra containers on extra rows', () => {
    expect(printTable('ReplicationController', scene.controllers().rcs, o15)).toBe(
      lines(
        'CONTROLLER    CONTAINER(S)   IMAGE(S)                   SELECTOR           REPLICAS',
        'frontend      frontend       nginx                      app=frontend       3',
        'redis-slave   slave          brendanburns/redis-slave   name=redis-slave   2',
        '              logger         busybox                                       ',
      ),
    );
  });

  it('services, extra ports and IPs on extra rows', () => {
    expect(printTable('Service', scene.services(), o15)).toBe(
      lines(
        'NAME         LABELS           SELECTOR         IP(S)         PORT(S)',
        'kubernetes   app=kubernetes   app=kubernetes   10.96.0.1     443/TCP',
        'web          app=web          app=web          10.96.45.12   80/TCP',
        '                                                             9090/TCP',
        'db           app=db           app=db           None          5432/TCP',
        'shop-lb      app=shop-lb      app=shop-lb      10.96.7.200   443/TCP',
        'external     app=external     <none>           10.96.3.3     53/UDP',
        '                                               203.0.113.7   ',
        '                                               203.0.113.8   ',
      ),
    );
  });

  it('endpoints', () => {
    expect(printTable('Endpoints', scene.endpointsList(), o15)).toBe(
      lines(
        'NAME         ENDPOINTS',
        'kubernetes   10.240.0.2:6443',
        'web          10.244.1.5:8080,10.244.1.6:8080,10.244.2.3:8080...',
        'db           <none>',
      ),
    );
  });

  it('nodes', () => {
    expect(printTable('Node', scene.nodes(), o15)).toBe(
      lines(
        'NAME            LABELS                                                                        STATUS',
        'control-plane   kubernetes.io/hostname=control-plane,node-role.kubernetes.io/control-plane=   Ready',
        'node-1          kubernetes.io/hostname=node-1                                                 Ready',
        'node-2          kubernetes.io/hostname=node-2                                                 NotReady,SchedulingDisabled',
      ),
    );
  });

  it('namespaces', () => {
    expect(printTable('Namespace', scene.namespaces(), o15)).toBe(
      lines(
        'NAME          LABELS                                    STATUS',
        'default       kubernetes.io/metadata.name=default       Active',
        'kube-system   kubernetes.io/metadata.name=kube-system   Active',
        'old-shop      kubernetes.io/metadata.name=old-shop      Terminating',
      ),
    );
  });

  it('events, sorted by last timestamp, with RFC 1123Z times and Go-struct sources', () => {
    expect(printTable('Event', scene.clusterEvents(), o15)).toBe(
      lines(
        'FIRSTSEEN                         LASTSEEN                          COUNT     NAME        KIND                    SUBOBJECT              REASON             SOURCE                      MESSAGE',
        'Mon, 05 Jan 2026 09:54:50 +0000   Mon, 05 Jan 2026 09:54:50 +0000   1         frontend    ReplicationController                          SuccessfulCreate   {replication-controller }   Created pod: frontend-7xk2p',
        'Mon, 05 Jan 2026 09:55:00 +0000   Mon, 05 Jan 2026 09:55:00 +0000   1         web-x7k2p   Pod                                            Scheduled          {default-scheduler }        Successfully assigned default/web-x7k2p to node-1',
        'Mon, 05 Jan 2026 09:55:02 +0000   Mon, 05 Jan 2026 09:55:02 +0000   1         web-x7k2p   Pod                     spec.containers{web}   Pulled             {kubelet node-1}            Container image "nginx" already present on machine',
        'Mon, 05 Jan 2026 09:55:03 +0000   Mon, 05 Jan 2026 09:55:03 +0000   1         web-x7k2p   Pod                     spec.containers{web}   Created            {kubelet node-1}            Created container web',
        'Mon, 05 Jan 2026 09:58:00 +0000   Mon, 05 Jan 2026 09:58:00 +0000   1         node-2      Node                                           NodeNotReady       {node-controller }          Node node-2 status is now: NodeNotReady',
        'Mon, 05 Jan 2026 09:56:40 +0000   Mon, 05 Jan 2026 09:59:40 +0000   7         web-x7k2p   Pod                     spec.containers{web}   BackOff            {kubelet node-1}            Back-off restarting failed container web in pod web-x7k2p_default(uid-web-x7k2p)',
      ),
    );
  });

  it('deployments did not exist in 2015: the modern table', () => {
    expect(printTable('Deployment', scene.controllers().deployments, o15)).toBe(
      lines(
        'NAME           READY   UP-TO-DATE   AVAILABLE   AGE',
        'web            2/3     3            2           15m',
        'checkout-api   0/3     1            0           15m',
      ),
    );
  });
});
