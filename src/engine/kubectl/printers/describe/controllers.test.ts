import { describe as suite, expect, it } from 'vitest';
import { describe } from '../index';
import * as ds from '../testing/describeScenes';
import * as f from '../testing/fixtures';

const o = { era: 'modern' as const, nowMs: f.NOW };
const o15 = { era: '2015' as const, nowMs: f.NOW };
const lines = (...l: string[]): string => l.join('\n') + '\n';

suite('kubectl describe controllers (modern)', () => {
  it('a replication controller counts only the pods it owns', () => {
    expect(
      describe(
        'ReplicationController',
        {
          object: f.replicationController('frontend'),
          events: ds.frontendEvents(),
          pods: ds.frontendPods(),
        },
        o,
      ),
    ).toBe(
      lines(
        'Name:         frontend',
        'Namespace:    default',
        'Selector:     app=frontend',
        'Labels:       app=frontend',
        'Annotations:  <none>',
        'Replicas:     3 current / 3 desired',
        'Pods Status:  2 Running / 1 Waiting / 0 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:  app=frontend',
        '  Containers:',
        '   frontend:',
        '    Image:         nginx',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:',
        '  Type    Reason            Age    From                    Message',
        '  ----    ------            ----   ----                    -------',
        '  Normal  SuccessfulCreate  10m    replication-controller  Created pod: frontend-7xk2p',
        '  Normal  SuccessfulCreate  9m59s  replication-controller  Created pod: frontend-9qwzt',
        '  Normal  SuccessfulCreate  9m58s  replication-controller  Created pod: frontend-b4m2x',
      ),
    );
  });

  it('a replica set controlled by a deployment', () => {
    expect(
      describe(
        'ReplicaSet',
        { object: ds.currentWebReplicaSet(), events: [], pods: ds.webRsPods() },
        o,
      ),
    ).toBe(
      lines(
        'Name:           web-5d4f8b9c7',
        'Namespace:      default',
        'Selector:       app=web,pod-template-hash=5d4f8b9c7',
        'Labels:         app=web',
        '                pod-template-hash=5d4f8b9c7',
        'Annotations:    <none>',
        'Controlled By:  Deployment/web',
        'Replicas:       3 current / 3 desired',
        'Pods Status:    2 Running / 1 Waiting / 0 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:  app=web',
        '           pod-template-hash=5d4f8b9c7',
        '  Containers:',
        '   web:',
        '    Image:         nginx:1.27',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:            <none>',
      ),
    );
  });

  it('a deployment with its new and old replica sets', () => {
    expect(
      describe(
        'Deployment',
        { object: f.deployment('web'), events: [], replicaSets: ds.webReplicaSets() },
        o,
      ),
    ).toBe(
      lines(
        'Name:                   web',
        'Namespace:              default',
        'CreationTimestamp:      Mon, 05 Jan 2026 09:45:00 +0000',
        'Labels:                 app=web',
        'Annotations:            <none>',
        'Selector:               app=web',
        'Replicas:               3 desired | 3 updated | 3 total | 2 available | 1 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=web',
        '  Containers:',
        '   web:',
        '    Image:         nginx:1.27',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'OldReplicaSets:    web-6b7c9d8f5 (0/0 replicas created)',
        'NewReplicaSet:     web-5d4f8b9c7 (3/3 replicas created)',
        'Events:            <none>',
      ),
    );
  });
});

suite('kubectl describe controllers (2015, v1.0)', () => {
  it('a replication controller counts every pod its selector matches', () => {
    expect(
      describe(
        'ReplicationController',
        {
          object: f.replicationController('frontend'),
          events: ds.frontendEvents(),
          pods: ds.frontendPods(),
        },
        o15,
      ),
    ).toBe(
      lines(
        'Name:\t\tfrontend',
        'Namespace:\tdefault',
        'Image(s):\tnginx',
        'Selector:\tapp=frontend',
        'Labels:\t\tapp=frontend',
        'Replicas:\t3 current / 3 desired',
        'Pods Status:\t3 Running / 1 Waiting / 0 Succeeded / 0 Failed',
        'Events:',
        '  FirstSeen\t\t\t\tLastSeen\t\t\tCount\tFrom\t\t\t\tSubobjectPath\tReason\t\t\tMessage',
        '  Mon, 05 Jan 2026 09:50:00 +0000\tMon, 05 Jan 2026 09:50:00 +0000\t1\t{replication-controller }\t\t\tSuccessfulCreate\tCreated pod: frontend-7xk2p',
        '  Mon, 05 Jan 2026 09:50:01 +0000\tMon, 05 Jan 2026 09:50:01 +0000\t1\t{replication-controller }\t\t\tSuccessfulCreate\tCreated pod: frontend-9qwzt',
        '  Mon, 05 Jan 2026 09:50:02 +0000\tMon, 05 Jan 2026 09:50:02 +0000\t1\t{replication-controller }\t\t\tSuccessfulCreate\tCreated pod: frontend-b4m2x',
      ),
    );
  });

  it('deployments are post-2015: the modern description', () => {
    expect(
      describe('Deployment', { object: f.deployment('web'), events: [], replicaSets: [] }, o15),
    ).toBe(
      lines(
        'Name:                   web',
        'Namespace:              default',
        'CreationTimestamp:      Mon, 05 Jan 2026 09:45:00 +0000',
        'Labels:                 app=web',
        'Annotations:            <none>',
        'Selector:               app=web',
        'Replicas:               3 desired | 3 updated | 3 total | 2 available | 1 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=web',
        '  Containers:',
        '   web:',
        '    Image:         nginx:1.27',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:            <none>',
      ),
    );
  });
});
