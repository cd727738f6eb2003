/**
 * Node, Namespace, Event and ObjectReference (core/v1).
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import {
  arr,
  bool,
  field,
  i32,
  i64,
  map,
  microTime,
  obj,
  opaque,
  quantity,
  str,
  struct,
  time,
  typeMetaFields,
} from './model';
import type { StructSchema } from './model';

export const clusterStructs: readonly StructSchema[] = [
  struct(
    'Node',
    'Node is a worker machine (once called a minion) on which pods run. Each node runs a kubelet that registers it and reports its status.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field(
        'spec',
        obj('NodeSpec'),
        'The desired behavior of the node, such as its pod address range and whether it accepts new pods.',
      ),
      field(
        'status',
        obj('NodeStatus'),
        'The most recently observed state of the node, reported by its kubelet: capacity, conditions and addresses. Read-only.',
      ),
    ],
  ),
  struct('NodeSpec', 'NodeSpec describes the attributes a node is created with.', [
    field('podCIDR', str, 'The range of pod IP addresses assigned to the node.'),
    field(
      'podCIDRs',
      arr(str),
      'The ranges of pod IP addresses assigned to the node, one per IP family.',
    ),
    field('providerID', str, 'The ID the cloud provider gives the node.'),
    field(
      'unschedulable',
      bool,
      'If true, no new pods are scheduled onto the node. kubectl cordon sets it.',
    ),
    field('taints', arr(obj('Taint')), 'Taints that repel pods which do not tolerate them.'),
    field(
      'configSource',
      obj('NodeConfigSource'),
      "Deprecated. Where the kubelet's dynamic configuration came from.",
    ),
    field('externalID', str, 'Deprecated. Not all kubelets set it.'),
  ]),
  struct('Taint', 'Taint marks a node so that pods which do not tolerate it are repelled.', [
    field('key', str, 'The taint key.', { required: true }),
    field('value', str, 'The taint value.'),
    field(
      'effect',
      str,
      'What happens to pods that do not tolerate the taint: NoSchedule, PreferNoSchedule or NoExecute.',
      {
        required: true,
        go: 'v1.TaintEffect',
        enum: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'],
      },
    ),
    field('timeAdded', time, 'When a NoExecute taint was added.'),
  ]),
  struct('NodeStatus', 'NodeStatus is the most recently observed state of a node.', [
    field('capacity', map(quantity), 'The total resources of the node.', { go: 'v1.ResourceList' }),
    field(
      'allocatable',
      map(quantity),
      'The resources of the node available to pods. Defaults to capacity.',
      { go: 'v1.ResourceList' },
    ),
    field('phase', str, 'Deprecated. The lifecycle phase of the node.', {
      go: 'v1.NodePhase',
      enum: ['Pending', 'Running', 'Terminated'],
    }),
    field(
      'conditions',
      arr(obj('NodeCondition')),
      'The current conditions of the node, such as Ready.',
    ),
    field('addresses', arr(obj('NodeAddress')), 'The addresses of the node.'),
    field(
      'daemonEndpoints',
      obj('NodeDaemonEndpoints'),
      'The endpoints of daemons running on the node.',
    ),
    field('nodeInfo', obj('NodeSystemInfo'), 'Identifiers and versions that describe the node.'),
    field('images', arr(obj('ContainerImage')), 'The container images on the node.'),
    field('volumesInUse', arr(str), 'The volumes attached and mounted on the node.', {
      go: '[]v1.UniqueVolumeName',
    }),
    field('volumesAttached', arr(obj('AttachedVolume')), 'The volumes attached to the node.'),
    field(
      'config',
      obj('NodeConfigStatus'),
      "Deprecated. The status of the kubelet's dynamic configuration.",
    ),
    field(
      'runtimeHandlers',
      arr(obj('NodeRuntimeHandler')),
      'The runtime handlers available on the node.',
    ),
    field('features', obj('NodeFeatures'), "Features the node's runtime supports."),
    field('declaredFeatures', arr(str), 'Features the node declares it supports.'),
  ]),
  struct('NodeCondition', 'NodeCondition describes one condition of a node.', [
    field(
      'type',
      str,
      'The type of condition: Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.',
      { required: true, go: 'v1.NodeConditionType' },
    ),
    field('status', str, 'The status of the condition: True, False or Unknown.', {
      required: true,
      go: 'v1.ConditionStatus',
    }),
    field('lastHeartbeatTime', time, 'When the condition was last reported.'),
    field('lastTransitionTime', time, 'When the condition last changed status.'),
    field('reason', str, 'A CamelCase word for why the condition last changed.'),
    field('message', str, 'A human-readable explanation of the last transition.'),
  ]),
  struct('NodeAddress', 'NodeAddress is one address of a node.', [
    field(
      'type',
      str,
      'The type of address: Hostname, ExternalIP, InternalIP, ExternalDNS or InternalDNS.',
      { required: true, go: 'v1.NodeAddressType' },
    ),
    field('address', str, 'The address.', { required: true }),
  ]),
  struct(
    'NodeDaemonEndpoints',
    'NodeDaemonEndpoints lists the ports of daemons running on a node.',
    [field('kubeletEndpoint', obj('DaemonEndpoint'), 'The endpoint the kubelet listens on.')],
  ),
  struct('DaemonEndpoint', 'DaemonEndpoint is the port of a daemon.', [
    field('Port', i32, 'The port number.', { required: true }),
  ]),
  struct('NodeSystemInfo', 'NodeSystemInfo identifies a node and the software it runs.', [
    field('machineID', str, 'The machine ID the node reports.', { required: true }),
    field('systemUUID', str, 'The system UUID the node reports.', { required: true }),
    field('bootID', str, 'The boot ID the node reports.', { required: true }),
    field('kernelVersion', str, 'The kernel version, from uname -r.', { required: true }),
    field('osImage', str, 'The operating system image, from /etc/os-release.', { required: true }),
    field(
      'containerRuntimeVersion',
      str,
      'The container runtime and its version, for example containerd://1.7.0.',
      { required: true },
    ),
    field('kubeletVersion', str, 'The kubelet version.', { required: true }),
    field('kubeProxyVersion', str, 'Deprecated. The kube-proxy version.', { required: true }),
    field('operatingSystem', str, 'The operating system, for example linux.', { required: true }),
    field('architecture', str, 'The processor architecture, for example amd64.', {
      required: true,
    }),
    field('swap', obj('NodeSwapStatus'), 'Swap memory information.'),
  ]),
  struct('ContainerImage', 'ContainerImage describes an image on a node.', [
    field('names', arr(str), 'The names of the image, such as nginx:1.27.'),
    field('sizeBytes', i64, 'The size of the image in bytes.'),
  ]),
  struct('AttachedVolume', 'AttachedVolume is a volume attached to a node.', [
    field('name', str, 'The name of the volume.', { required: true, go: 'v1.UniqueVolumeName' }),
    field('devicePath', str, 'Where the volume should be available on the node.', {
      required: true,
    }),
  ]),
  opaque(
    'NodeConfigSource',
    "NodeConfigSource names where a node's configuration comes from. Deprecated.",
  ),
  opaque('NodeConfigStatus', "NodeConfigStatus describes the node's configuration. Deprecated."),
  opaque(
    'NodeRuntimeHandler',
    'NodeRuntimeHandler is a runtime handler and the features it supports.',
  ),
  opaque('NodeFeatures', "NodeFeatures lists features the node's runtime supports."),
  opaque('NodeSwapStatus', 'NodeSwapStatus describes the swap memory of a node.'),
  struct(
    'Namespace',
    'Namespace provides a scope for names. Names of namespaced objects must be unique within their namespace.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field('spec', obj('NamespaceSpec'), 'The behavior of the namespace, such as its finalizers.'),
      field(
        'status',
        obj('NamespaceStatus'),
        'The current state of the namespace, written by the system. Read-only.',
      ),
    ],
  ),
  struct('NamespaceSpec', 'NamespaceSpec describes the attributes of a namespace.', [
    field(
      'finalizers',
      arr(str),
      'Values that must all be removed before the namespace is deleted from storage.',
      { go: '[]v1.FinalizerName' },
    ),
  ]),
  struct('NamespaceStatus', 'NamespaceStatus is the current state of a namespace.', [
    field('phase', str, 'The lifecycle phase of the namespace: Active or Terminating.', {
      go: 'v1.NamespacePhase',
      enum: ['Active', 'Terminating'],
    }),
    field(
      'conditions',
      arr(obj('NamespaceCondition')),
      "The latest observations of the namespace's state.",
    ),
  ]),
  struct('NamespaceCondition', 'NamespaceCondition describes one condition of a namespace.', [
    field('type', str, 'The type of condition.', {
      required: true,
      go: 'v1.NamespaceConditionType',
    }),
    field('status', str, 'The status of the condition: True, False or Unknown.', {
      required: true,
      go: 'v1.ConditionStatus',
    }),
    field('lastTransitionTime', time, 'When the condition last changed status.'),
    field('reason', str, 'A CamelCase word for why the condition last changed.'),
    field('message', str, 'A human-readable explanation of the last transition.'),
  ]),
  struct(
    'Event',
    'Event is a report of something that happened in the cluster, such as a pod being scheduled or an image being pulled. Events are kept for a limited time.',
    [
      ...typeMetaFields(),
      field('metadata', obj('ObjectMeta'), 'Standard object metadata.', { required: true }),
      field('involvedObject', obj('ObjectReference'), 'The object this event is about.', {
        required: true,
      }),
      field(
        'reason',
        str,
        'A short, machine-readable CamelCase word for why the object changed, for example Scheduled.',
      ),
      field('message', str, 'A human-readable description of what happened.'),
      field('source', obj('EventSource'), 'The component that reported the event.'),
      field('firstTimestamp', time, 'When this event was first recorded.'),
      field('lastTimestamp', time, 'When this event was most recently recorded.'),
      field('count', i32, 'How many times this event has occurred.'),
      field('type', str, 'The type of event: Normal or Warning.'),
      field(
        'eventTime',
        microTime,
        'When this event was first observed, with microsecond precision.',
      ),
      field(
        'series',
        obj('EventSeries'),
        'Data about the series this event belongs to, if it is repeating. Nil for a single event.',
      ),
      field('action', str, 'What action was taken or failed regarding the involved object.'),
      field('related', obj('ObjectReference'), 'A second object involved in the event, if any.'),
      field(
        'reportingComponent',
        str,
        'The name of the controller that emitted the event, for example kubernetes.io/kubelet.',
      ),
      field(
        'reportingInstance',
        str,
        'The ID of the controller instance that emitted the event, for example kubelet-node-1.',
      ),
    ],
  ),
  struct('EventSource', 'EventSource names the component that reported an event.', [
    field('component', str, 'The component that reported the event, for example kubelet.'),
    field('host', str, 'The node the event was reported from.'),
  ]),
  struct('EventSeries', 'EventSeries holds data about a repeating event.', [
    field('count', i32, 'The number of occurrences in this series so far.'),
    field('lastObservedTime', microTime, 'When the last occurrence was observed.'),
  ]),
  struct(
    'ObjectReference',
    'ObjectReference contains enough information to find the referred object.',
    [
      field('kind', str, 'Kind of the referent.'),
      field('namespace', str, 'Namespace of the referent.'),
      field('name', str, 'Name of the referent.'),
      field('uid', str, 'UID of the referent.', { go: 'types.UID' }),
      field('apiVersion', str, 'API version of the referent.'),
      field(
        'resourceVersion',
        str,
        'The resourceVersion of the referent this reference was made at, if any.',
      ),
      field(
        'fieldPath',
        str,
        'The part of the object meant, when the reference is to a piece of it, for example spec.containers{web}.',
      ),
    ],
  ),
];
