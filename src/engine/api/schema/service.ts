/**
 * Service and Endpoints (core/v1).
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import { arr, bool, field, i32, intOrString, map, obj, str, struct, typeMetaFields } from './model';
import type { StructSchema } from './model';

export const serviceStructs: readonly StructSchema[] = [
  struct(
    'Service',
    "Service is a named abstraction of a network service: a stable virtual IP and port that the cluster's proxies spread across the pods the selector matches.",
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field(
        'spec',
        obj('ServiceSpec'),
        'The desired behavior of the service: its ports, selector and type.',
      ),
      field(
        'status',
        obj('ServiceStatus'),
        'The most recently observed state of the service, such as its load balancer. Read-only.',
      ),
    ],
  ),
  struct('ServiceSpec', 'ServiceSpec describes the attributes a user creates on a service.', [
    field('ports', arr(obj('ServicePort')), 'The ports the service exposes.'),
    field(
      'selector',
      map(str),
      'Route traffic to pods whose labels match these keys and values. If empty or unset, the service has no managed endpoints and its Endpoints are written by hand. Ignored for ExternalName services.',
    ),
    field(
      'clusterIP',
      str,
      'The virtual IP of the service, usually allocated at random by the system. Setting it requests that address. None makes a headless service with no proxying. Cannot be changed except to switch type.',
    ),
    field(
      'clusterIPs',
      arr(str),
      'The virtual IPs of the service, one per IP family. The first equals clusterIP.',
    ),
    field(
      'type',
      str,
      'How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName. Defaults to ClusterIP.',
      { go: 'v1.ServiceType', enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] },
    ),
    field(
      'externalIPs',
      arr(str),
      'IP addresses outside the cluster on which nodes also accept traffic for the service.',
    ),
    field(
      'sessionAffinity',
      str,
      "ClientIP sends each client's connections to the same pod; None spreads them. Defaults to None.",
      { go: 'v1.ServiceAffinity', enum: ['ClientIP', 'None'] },
    ),
    field('loadBalancerIP', str, 'Deprecated. The IP a LoadBalancer service asks for.'),
    field('loadBalancerSourceRanges', arr(str), 'Client IP ranges a cloud load balancer allows.'),
    field('externalName', str, 'The DNS name an ExternalName service is an alias for.'),
    field(
      'externalTrafficPolicy',
      str,
      "How traffic from outside the cluster is routed: Cluster, or Local to keep the client's source IP and use only local pods.",
      { go: 'v1.ServiceExternalTrafficPolicy', enum: ['Cluster', 'Local'] },
    ),
    field(
      'healthCheckNodePort',
      i32,
      'The node port of the health check for a LoadBalancer service with externalTrafficPolicy Local.',
    ),
    field(
      'publishNotReadyAddresses',
      bool,
      "Publish pods in the service's endpoints even when they are not ready.",
    ),
    field('sessionAffinityConfig', obj('SessionAffinityConfig'), 'Settings of session affinity.'),
    field('ipFamilies', arr(str), 'The IP families of the service: IPv4, IPv6 or both.', {
      go: '[]v1.IPFamily',
    }),
    field(
      'ipFamilyPolicy',
      str,
      'Whether the service is single-stack or dual-stack: SingleStack, PreferDualStack or RequireDualStack.',
      { go: 'v1.IPFamilyPolicy', enum: ['PreferDualStack', 'RequireDualStack', 'SingleStack'] },
    ),
    field(
      'allocateLoadBalancerNodePorts',
      bool,
      'Whether node ports are allocated for a LoadBalancer service. Defaults to true.',
    ),
    field(
      'loadBalancerClass',
      str,
      'The class of load balancer implementation for a LoadBalancer service.',
    ),
    field(
      'internalTrafficPolicy',
      str,
      'How traffic from inside the cluster is routed: Cluster, or Local to use only pods on the same node.',
      { go: 'v1.ServiceInternalTrafficPolicy', enum: ['Cluster', 'Local'] },
    ),
    field(
      'trafficDistribution',
      str,
      'A preference for how traffic is spread across endpoints, such as PreferClose.',
    ),
  ]),
  struct('ServicePort', 'ServicePort is one port a service exposes.', [
    field(
      'name',
      str,
      'The name of the port, a DNS label. Required and unique when the service has more than one port; it matches the name of an EndpointPort.',
    ),
    field('protocol', str, 'The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.', {
      go: 'v1.Protocol',
      enum: ['SCTP', 'TCP', 'UDP'],
    }),
    field(
      'appProtocol',
      str,
      'The application protocol of the port, as a hint to implementations.',
    ),
    field('port', i32, 'The port the service exposes on its cluster IP.', { required: true }),
    field(
      'targetPort',
      intOrString,
      "The number or name of the port to reach on the selected pods. A name is looked up among the pods' container ports. Defaults to the value of port.",
    ),
    field(
      'nodePort',
      i32,
      'The port opened on every node for a NodePort or LoadBalancer service. Usually allocated by the system.',
    ),
  ]),
  struct('SessionAffinityConfig', 'SessionAffinityConfig holds the settings of session affinity.', [
    field('clientIP', obj('ClientIPConfig'), 'Settings of ClientIP session affinity.'),
  ]),
  struct('ClientIPConfig', 'ClientIPConfig holds the settings of ClientIP session affinity.', [
    field(
      'timeoutSeconds',
      i32,
      'How long a client sticks to the same pod, in seconds, from 1 to 86400. Defaults to 10800 (3 hours).',
    ),
  ]),
  struct('ServiceStatus', 'ServiceStatus is the current state of a service.', [
    field('loadBalancer', obj('LoadBalancerStatus'), 'The load balancer of the service, if any.'),
    field('conditions', arr(obj('Condition')), 'The current conditions of the service.'),
  ]),
  struct('LoadBalancerStatus', 'LoadBalancerStatus describes a load balancer.', [
    field(
      'ingress',
      arr(obj('LoadBalancerIngress')),
      "The addresses of the load balancer's ingress points.",
    ),
  ]),
  struct('LoadBalancerIngress', 'LoadBalancerIngress is one ingress point of a load balancer.', [
    field('ip', str, 'The IP address of the ingress point.'),
    field('hostname', str, 'The hostname of the ingress point.'),
    field('ipMode', str, 'How traffic to the IP reaches the nodes: VIP or Proxy.', {
      go: 'v1.LoadBalancerIPMode',
    }),
    field('ports', arr(obj('PortStatus')), 'The ports of the ingress point and their status.'),
  ]),
  struct('PortStatus', 'PortStatus is the status of one port of a load balancer.', [
    field('port', i32, 'The port number.', { required: true }),
    field('protocol', str, 'The protocol of the port.', {
      required: true,
      go: 'v1.Protocol',
      enum: ['SCTP', 'TCP', 'UDP'],
    }),
    field('error', str, 'Why the port failed, if it did.'),
  ]),
  struct(
    'Endpoints',
    'Endpoints lists the network addresses and ports that implement a service. The endpoints controller keeps it in step with the pods the service selects; a service without a selector has its Endpoints written by hand.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field(
        'subsets',
        arr(obj('EndpointSubset')),
        'The sets of addresses and ports that make up the service. Every address in a subset serves every port of that subset.',
      ),
    ],
  ),
  struct(
    'EndpointSubset',
    'EndpointSubset is a group of addresses with a common set of ports. The endpoints are every address combined with every port.',
    [
      field(
        'addresses',
        arr(obj('EndpointAddress')),
        'Addresses of ready pods that serve the ports.',
      ),
      field(
        'notReadyAddresses',
        arr(obj('EndpointAddress')),
        'Addresses that serve the ports but are not ready yet.',
      ),
      field('ports', arr(obj('EndpointPort')), 'The ports available on the addresses.'),
    ],
  ),
  struct('EndpointAddress', 'EndpointAddress is one IP address of an endpoint.', [
    field(
      'ip',
      str,
      'The IP address of the endpoint. It may not be a loopback, link-local or multicast address.',
      { required: true },
    ),
    field('hostname', str, 'The hostname of the endpoint.'),
    field('nodeName', str, 'The node hosting this endpoint.'),
    field(
      'targetRef',
      obj('ObjectReference'),
      'The object that provides the endpoint, usually a pod.',
    ),
  ]),
  struct('EndpointPort', 'EndpointPort is one port of an endpoint.', [
    field('name', str, 'The name of the port; it matches the name of a ServicePort.'),
    field('port', i32, 'The port number.', { required: true }),
    field('protocol', str, 'The protocol of the port: TCP, UDP or SCTP. Defaults to TCP.', {
      go: 'v1.Protocol',
      enum: ['SCTP', 'TCP', 'UDP'],
    }),
    field('appProtocol', str, 'The application protocol of the port.'),
  ]),
];
