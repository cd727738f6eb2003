import { describe as suite, expect, it } from 'vitest';
import { NoDescriberError, describe } from '../index';
import * as ds from '../testing/describeScenes';
import * as f from '../testing/fixtures';
import * as scene from '../testing/scenes';

const o = { era: 'modern' as const, nowMs: f.NOW };
const o15 = { era: '2015' as const, nowMs: f.NOW };
const lines = (...l: string[]): string => l.join('\n') + '\n';

suite('kubectl describe services, endpoints, nodes, namespaces (modern)', () => {
  it('a NodePort service with endpoints for one of its ports', () => {
    expect(
      describe(
        'Service',
        {
          object: ds.nodePortService(),
          endpoints: f.endpoints('web', ['10.244.1.5', '10.244.2.3'], 8080),
          events: [],
        },
        o,
      ),
    ).toBe(
      lines(
        'Name:                     web',
        'Namespace:                default',
        'Labels:                   app=web',
        'Annotations:              <none>',
        'Selector:                 app=web',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.45.12',
        'IPs:                      10.96.45.12',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  30080/TCP',
        'Endpoints:                10.244.1.5:8080,10.244.2.3:8080',
        'Port:                     metrics  9090/TCP',
        'TargetPort:               9090/TCP',
        'NodePort:                 metrics  31090/TCP',
        'Endpoints:                ',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
      ),
    );
  });

  it('a service whose pods are not ready yet', () => {
    expect(
      describe(
        'Service',
        {
          object: scene.storedService(
            f.service('redis-master', {
              clusterIP: '10.96.8.8',
              clusterIPs: ['10.96.8.8'],
              ports: [{ name: 'redis', port: 6379, protocol: 'TCP', targetPort: 'redis' }],
            }),
          ),
          endpoints: f.endpoints('redis-master', [], 6379, ['10.244.1.7']),
          events: [],
        },
        o,
      ),
    ).toBe(
      lines(
        'Name:                     redis-master',
        'Namespace:                default',
        'Labels:                   app=redis-master',
        'Annotations:              <none>',
        'Selector:                 app=redis-master',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.8.8',
        'IPs:                      10.96.8.8',
        'Port:                     redis  6379/TCP',
        'TargetPort:               redis/TCP',
        'Endpoints:                ',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
      ),
    );
  });

  it('endpoints with ready and not-ready addresses', () => {
    expect(
      describe(
        'Endpoints',
        {
          object: f.endpoints('web', ['10.244.1.5', '10.244.2.3'], 8080, ['10.244.3.4']),
          events: [],
        },
        o,
      ),
    ).toBe(
      lines(
        'Name:         web',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Subsets:',
        '  Addresses:          10.244.1.5,10.244.2.3',
        '  NotReadyAddresses:  10.244.3.4',
        '  Ports:',
        '    Name     Port  Protocol',
        '    ----     ----  --------',
        '    <unset>  8080  TCP',
        '',
        'Events:  <none>',
      ),
    );
  });

  it('a node with its pods and the resources they ask for', () => {
    expect(describe('Node', { object: ds.readyNode(), events: [], pods: ds.node1Pods() }, o)).toBe(
      lines(
        'Name:               node-1',
        'Roles:              <none>',
        'Labels:             kubernetes.io/hostname=node-1',
        'Annotations:        <none>',
        'CreationTimestamp:  Fri, 02 Jan 2026 10:00:00 +0000',
        'Taints:             <none>',
        'Unschedulable:      false',
        'Lease:',
        '  HolderIdentity:  node-1',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Mon, 05 Jan 2026 09:59:50 +0000',
        'Conditions:',
        '  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message',
        '  ----    ------  -----------------                 ------------------                ------         -------',
        '  Ready   True    Mon, 05 Jan 2026 09:59:50 +0000   Fri, 02 Jan 2026 10:00:00 +0000   KubeletReady   kubelet is posting ready status',
        'Addresses:',
        '  InternalIP:  10.240.0.3',
        '  Hostname:    node-1',
        'Capacity:',
        '  cpu:     2',
        '  memory:  4Gi',
        '  pods:    110',
        'Allocatable:',
        '  cpu:     2',
        '  memory:  4Gi',
        '  pods:    110',
        'System Info:',
        '  Machine ID:                 node-1-machine',
        '  System UUID:                node-1-uuid',
        '  Boot ID:                    node-1-boot',
        '  Kernel Version:             6.8.0-1015-gcp',
        '  OS Image:                   Ubuntu 24.04.1 LTS',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://1.7.22',
        '  Kubelet Version:            v1.31.0',
        '  Kube-Proxy Version:         ',
        'PodCIDR:                      10.244.1.0/24',
        'Non-terminated Pods:          (3 in total)',
        '  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                ------------  ----------  ---------------  -------------  ---',
        '  kube-system                 kube-proxy-x2v4q    0 (0%)        0 (0%)      0 (0%)           0 (0%)         3d',
        '  default                     web-x7k2p           250m (12%)    500m (25%)  64Mi (1%)        128Mi (3%)     5m',
        '  default                     frontend-7xk2p      100m (5%)     1 (50%)     100M (2%)        256Mi (6%)     10m',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests        Limits',
        '  --------           --------        ------',
        '  cpu                350m (17%)      1500m (75%)',
        '  memory             167108864 (3%)  384Mi (9%)',
        '  ephemeral-storage  0 (0%)          0 (0%)',
        'Events:              <none>',
      ),
    );
  });

  it('a cordoned, silent node with taints', () => {
    expect(
      describe(
        'Node',
        { object: ds.silentNode(), events: scene.clusterEvents().slice(0, 1), pods: [] },
        o,
      ),
    ).toBe(
      lines(
        'Name:               node-2',
        'Roles:              <none>',
        'Labels:             kubernetes.io/hostname=node-2',
        'Annotations:        <none>',
        'CreationTimestamp:  Fri, 02 Jan 2026 10:00:00 +0000',
        'Taints:             node.kubernetes.io/unreachable:NoExecute',
        '                    node.kubernetes.io/unschedulable:NoSchedule',
        'Unschedulable:      true',
        'Lease:',
        '  HolderIdentity:  node-2',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Mon, 05 Jan 2026 09:59:50 +0000',
        'Conditions:',
        '  Type    Status    LastHeartbeatTime                 LastTransitionTime                Reason              Message',
        '  ----    ------    -----------------                 ------------------                ------              -------',
        '  Ready   Unknown   Mon, 05 Jan 2026 09:59:50 +0000   Fri, 02 Jan 2026 10:00:00 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
        'Addresses:',
        '  InternalIP:  10.240.0.4',
        '  Hostname:    node-2',
        'Capacity:',
        '  cpu:     2',
        '  memory:  4Gi',
        '  pods:    110',
        'Allocatable:',
        '  cpu:     2',
        '  memory:  4Gi',
        '  pods:    110',
        'System Info:',
        '  Machine ID:                 node-2-machine',
        '  System UUID:                node-2-uuid',
        '  Boot ID:                    node-2-boot',
        '  Kernel Version:             6.8.0-1015-gcp',
        '  OS Image:                   Ubuntu 24.04.1 LTS',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://1.7.22',
        '  Kubelet Version:            v1.31.0',
        '  Kube-Proxy Version:         ',
        'PodCIDR:                      10.244.1.0/24',
        'Non-terminated Pods:          (0 in total)',
        '  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----    ------------  ----------  ---------------  -------------  ---',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests  Limits',
        '  --------           --------  ------',
        '  cpu                0 (0%)    0 (0%)',
        '  memory             0 (0%)    0 (0%)',
        '  ephemeral-storage  0 (0%)    0 (0%)',
        'Events:',
        '  Type    Reason        Age   From             Message',
        '  ----    ------        ----  ----             -------',
        '  Normal  NodeNotReady  2m    node-controller  Node node-2 status is now: NodeNotReady',
      ),
    );
  });

  it('a namespace', () => {
    expect(describe('Namespace', { object: f.namespace('default'), events: [] }, o)).toBe(
      lines(
        'Name:         default',
        'Labels:       kubernetes.io/metadata.name=default',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'No resource quota.',
        '',
        'No LimitRange resource.',
      ),
    );
  });
});

suite('kubectl describe services, nodes, namespaces (2015, v1.0)', () => {
  it('a service', () => {
    expect(
      describe(
        'Service',
        {
          object: ds.nodePortService(),
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
        { object: ds.readyNode(), events: scene.clusterEvents().slice(0, 1), pods: ds.node1Pods() },
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

  it('had no describer for endpoints', () => {
    const describeEndpoints = (): string =>
      describe('Endpoints', { object: f.endpoints('web', []), events: [] }, o15);
    expect(describeEndpoints).toThrow(NoDescriberError);
    expect(describeEndpoints).toThrow('no description has been implemented for "Endpoints"');
  });
});
