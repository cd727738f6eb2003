import { describe as suite, expect, it } from 'vitest';
import { NoDescriberError, describe } from '../index';
import * as f from '../testing/fixtures';
import * as scene from '../testing/scenes';

const o15 = { era: '2015' as const, nowMs: f.NOW };
const lines = (...l: string[]): string => l.join('\n') + '\n';

suite('kubectl describe (2015, v1.0)', () => {
  it('a pod: Image(s), Node host/IP, its replication controllers, containers and events', () => {
    expect(
      describe(
        'Pod',
        {
          object: scene.describedPod(),
          events: scene.podEvents('frontend-7xk2p', 'logger', 'busybox'),
          controllers: [f.replicationController('frontend')],
        },
        o15,
      ),
    ).toBe(
      lines(
        'Name:\t\t\t\tfrontend-7xk2p',
        'Namespace:\t\t\tdefault',
        'Image(s):\t\t\tgcr.io/google-samples/gb-frontend:v4,busybox',
        'Node:\t\t\t\tnode-1/10.240.0.3',
        'Labels:\t\t\t\tapp=frontend,tier=web',
        'Status:\t\t\t\tRunning',
        'Reason:\t\t\t\t',
        'Message:\t\t\t',
        'IP:\t\t\t\t10.244.1.5',
        'Replication Controllers:\tfrontend (3/3 replicas created)',
        'Containers:',
        '  frontend:',
        '    Image:\tgcr.io/google-samples/gb-frontend:v4',
        '    Limits:',
        '      cpu:\t\t500m',
        '      memory:\t\t128Mi',
        '    State:\t\tRunning',
        '      Started:\t\tMon, 05 Jan 2026 09:50:10 +0000',
        '    Ready:\t\tTrue',
        '    Restart Count:\t0',
        '    Variables:',
        '      GET_HOSTS_FROM:\tenv',
        '      MY_POD_IP:\t10.244.1.5 (v1:status.podIP)',
        '  logger:',
        '    Image:\t\tbusybox',
        '    State:\t\tRunning',
        '      Started:\t\tMon, 05 Jan 2026 09:59:30 +0000',
        '    Ready:\t\tTrue',
        '    Restart Count:\t1',
        '    Variables:',
        'Conditions:',
        '  Type\t\t\tStatus',
        '  Initialized \t\tTrue ',
        '  Ready \t\tTrue ',
        '  ContainersReady \tTrue ',
        '  PodScheduled \t\tTrue ',
        'Events:',
        '  FirstSeen\t\t\t\tLastSeen\t\t\tCount\tFrom\t\t\tSubobjectPath\t\tReason\t\tMessage',
        '  Mon, 05 Jan 2026 09:55:00 +0000\tMon, 05 Jan 2026 09:55:00 +0000\t1\t{default-scheduler }\t\t\t\tScheduled\tSuccessfully assigned default/frontend-7xk2p to node-1',
        '  Mon, 05 Jan 2026 09:55:02 +0000\tMon, 05 Jan 2026 09:55:02 +0000\t1\t{kubelet node-1}\tspec.containers{logger}\tPulled\t\tContainer image "busybox" already present on machine',
        '  Mon, 05 Jan 2026 09:55:03 +0000\tMon, 05 Jan 2026 09:55:03 +0000\t1\t{kubelet node-1}\tspec.containers{logger}\tCreated\t\tCreated container logger',
        '  Mon, 05 Jan 2026 09:56:40 +0000\tMon, 05 Jan 2026 09:59:40 +0000\t7\t{kubelet node-1}\tspec.containers{logger}\tBackOff\t\tBack-off restarting failed container logger in pod frontend-7xk2p_default(uid-frontend-7xk2p)',
      ),
    );
  });

  it('an unscheduled pod shows Node: / and No events. without a newline', () => {
    expect(describe('Pod', { object: scene.unschedulablePod(), events: [] }, o15)).toBe(
      lines(
        'Name:\t\t\t\tbig-job',
        'Namespace:\t\t\tdefault',
        'Image(s):\t\t\tbusybox',
        'Node:\t\t\t\t/',
        'Labels:\t\t\t\tapp=big',
        'Status:\t\t\t\tPending',
        'Reason:\t\t\t\t',
        'Message:\t\t\t',
        'IP:\t\t\t\t',
        'Replication Controllers:\t<none>',
        'Containers:',
        '  big:',
        '    Image:\tbusybox',
        '    Limits:',
        '      cpu:\t\t4',
        '      memory:\t\t8Gi',
        '    State:\t\tWaiting',
        '    Ready:\t\tFalse',
        '    Restart Count:\t0',
        '    Variables:',
        'Conditions:',
        '  Type\t\tStatus',
        '  PodScheduled \tFalse ',
        'No events.',
      ).slice(0, -1),
    );
  });

  it('a replication controller counts every pod its selector matches', () => {
    expect(
      describe(
        'ReplicationController',
        {
          object: f.replicationController('frontend'),
          events: scene.frontendEvents(),
          pods: scene.frontendPods(),
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

  it('a service', () => {
    expect(
      describe(
        'Service',
        {
          object: scene.services()[1],
          endpoints: f.endpoints(
            'web',
            ['10.244.1.5', '10.244.2.3', '10.244.2.4', '10.244.3.9'],
            8080,
          ),
          events: [],
        },
        o15,
      ),
    ).toBe(
      lines(
        'Name:\t\t\tweb',
        'Namespace:\t\tdefault',
        'Labels:\t\t\tapp=web',
        'Selector:\t\tapp=web',
        'Type:\t\t\tNodePort',
        'IP:\t\t\t10.96.45.12',
        'Port:\t\t\t<unnamed>\t80/TCP',
        'NodePort:\t\t<unnamed>\t30080/TCP',
        'Endpoints:\t\t10.244.1.5:8080,10.244.2.3:8080,10.244.2.4:8080...',
        'Port:\t\t\tmetrics\t9090/TCP',
        'NodePort:\t\tmetrics\t31090/TCP',
        'Endpoints:\t\t',
        'Session Affinity:\tNone',
        'No events.',
      ).slice(0, -1),
    );
  });

  it('a node lists every pod bound to it', () => {
    expect(
      describe(
        'Node',
        {
          object: scene.nodes()[1],
          events: scene.clusterEvents().slice(0, 1),
          pods: scene.node1Pods(),
        },
        o15,
      ),
    ).toBe(
      lines(
        'Name:\t\t\tnode-1',
        'Labels:\t\t\tkubernetes.io/hostname=node-1',
        'CreationTimestamp:\tFri, 02 Jan 2026 10:00:00 +0000',
        'Conditions:',
        '  Type\t\tStatus\tLastHeartbeatTime\t\t\tLastTransitionTime\t\t\tReason\t\tMessage',
        '  Ready \tTrue \tMon, 05 Jan 2026 09:59:50 +0000 \tFri, 02 Jan 2026 10:00:00 +0000 \tKubeletReady \tkubelet is posting ready status',
        'Addresses:\t10.240.0.3,node-1',
        'Capacity:',
        ' cpu:\t\t2',
        ' memory:\t4Gi',
        ' pods:\t\t110',
        'Version:',
        ' Kernel Version:\t\t6.8.0-1015-gcp',
        ' OS Image:\t\t\tUbuntu 24.04.1 LTS',
        ' Container Runtime Version:\tcontainerd://1.7.22',
        ' Kubelet Version:\t\tv1.31.0',
        ' Kube-Proxy Version:\t\t',
        'PodCIDR:\t\t\t10.244.1.0/24',
        'Pods:\t\t\t\t(4 in total)',
        '  Namespace\t\t\tName',
        '  kube-system\t\t\tkube-proxy-x2v4q',
        '  default\t\t\tweb-x7k2p',
        '  default\t\t\tfrontend-7xk2p',
        '  default\t\t\tjob-once',
        'Events:',
        '  FirstSeen\t\t\t\tLastSeen\t\t\tCount\tFrom\t\t\tSubobjectPath\tReason\t\tMessage',
        '  Mon, 05 Jan 2026 09:58:00 +0000\tMon, 05 Jan 2026 09:58:00 +0000\t1\t{node-controller }\t\t\tNodeNotReady\tNode node-2 status is now: NodeNotReady',
      ),
    );
  });

  it('a namespace', () => {
    expect(describe('Namespace', { object: f.namespace('default'), events: [] }, o15)).toBe(
      lines(
        'Name:\tdefault',
        'Labels:\tkubernetes.io/metadata.name=default',
        'Status:\tActive',
        '',
        'No resource quota.',
        '',
        'No resource limits.',
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

  it('had no describer for endpoints', () => {
    expect(() =>
      describe('Endpoints', { object: f.endpoints('web', []), events: [] }, o15),
    ).toThrow(NoDescriberError);
    expect(() =>
      describe('Endpoints', { object: f.endpoints('web', []), events: [] }, o15),
    ).toThrow('no description has been implemented for "Endpoints"');
  });
});
