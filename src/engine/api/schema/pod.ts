/**
 * Pod, PodSpec and the scheduling structs a pod spec holds (core/v1).
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
  obj,
  opaque,
  quantity,
  str,
  struct,
  typeMetaFields,
} from './model';
import type { StructSchema } from './model';

export const podStructs: readonly StructSchema[] = [
  struct(
    'Pod',
    'Pod is a group of one or more containers that share network and storage and are scheduled together onto one node. Users create pods directly or, more often, through a controller.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field(
        'spec',
        obj('PodSpec'),
        'The desired behavior of the pod: its containers, volumes and scheduling constraints.',
      ),
      field(
        'status',
        obj('PodStatus'),
        'The most recently observed state of the pod, written by the system. It may lag behind reality. Read-only.',
      ),
    ],
  ),
  struct(
    'PodSpec',
    'PodSpec describes a pod: its containers, volumes and how it is scheduled and run.',
    [
      field('volumes', arr(obj('Volume')), "The volumes the pod's containers can mount."),
      field(
        'initContainers',
        arr(obj('Container')),
        "Containers that run one after another, each to completion, before the app containers start. If one fails, the pod's restartPolicy applies. Cannot be updated.",
      ),
      field(
        'containers',
        arr(obj('Container')),
        'The containers of the pod. There must be at least one; containers cannot be added or removed later.',
        { required: true },
      ),
      field(
        'ephemeralContainers',
        arr(obj('EphemeralContainer')),
        'Temporary containers added to a running pod for debugging. They cannot be set when creating a pod.',
      ),
      field(
        'restartPolicy',
        str,
        "When the kubelet restarts the pod's containers after they exit: Always, OnFailure or Never. Defaults to Always.",
        { go: 'v1.RestartPolicy', enum: ['Always', 'Never', 'OnFailure'] },
      ),
      field(
        'terminationGracePeriodSeconds',
        i64,
        'Seconds the pod is given to stop after it is asked to terminate, before its processes are killed. Zero means stop immediately. Defaults to 30.',
      ),
      field(
        'activeDeadlineSeconds',
        i64,
        'How long, in seconds, the pod may stay active on a node before the system marks it failed and kills its containers. Must be a positive integer.',
      ),
      field(
        'dnsPolicy',
        str,
        'How DNS is set up for the pod: ClusterFirst, ClusterFirstWithHostNet, Default or None. Defaults to ClusterFirst.',
        {
          go: 'v1.DNSPolicy',
          enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
        },
      ),
      field(
        'nodeSelector',
        map(str),
        'Labels a node must have for the pod to be scheduled onto it.',
      ),
      field('serviceAccountName', str, 'The name of the ServiceAccount the pod runs as.'),
      field('serviceAccount', str, 'Deprecated alias of serviceAccountName.'),
      field(
        'automountServiceAccountToken',
        bool,
        'Whether a service account token is mounted into the pod automatically.',
      ),
      field(
        'nodeName',
        str,
        'The node the pod is bound to. The scheduler sets it; setting it yourself bypasses the scheduler.',
      ),
      field(
        'hostNetwork',
        bool,
        "Use the node's network namespace instead of a pod network. Defaults to false.",
      ),
      field('hostPID', bool, "Use the node's process ID namespace. Defaults to false."),
      field('hostIPC', bool, "Use the node's IPC namespace. Defaults to false."),
      field(
        'shareProcessNamespace',
        bool,
        'Share one process namespace among all containers of the pod. Defaults to false.',
      ),
      field(
        'securityContext',
        obj('PodSecurityContext'),
        'Pod-level security attributes and settings common to all containers.',
      ),
      field(
        'imagePullSecrets',
        arr(obj('LocalObjectReference')),
        "Secrets in the pod's namespace used to pull the container images.",
      ),
      field('hostname', str, "The hostname of the pod. Defaults to the pod's name."),
      field(
        'subdomain',
        str,
        "If set, the pod's fully qualified name is <hostname>.<subdomain>.<namespace>.svc.<cluster domain>.",
      ),
      field('affinity', obj('Affinity'), 'Scheduling constraints on nodes and on other pods.'),
      field(
        'schedulerName',
        str,
        'The scheduler that schedules the pod. Defaults to default-scheduler.',
      ),
      field('tolerations', arr(obj('Toleration')), 'The taints the pod tolerates.'),
      field('hostAliases', arr(obj('HostAlias')), "Extra entries for the pod's /etc/hosts file."),
      field('priorityClassName', str, "The PriorityClass that sets the pod's priority."),
      field(
        'priority',
        i32,
        "The pod's priority, filled in from its priority class by admission. Higher values are scheduled first.",
      ),
      field(
        'dnsConfig',
        obj('PodDNSConfig'),
        'DNS settings merged with those the dnsPolicy produces.',
      ),
      field(
        'readinessGates',
        arr(obj('PodReadinessGate')),
        'Extra conditions that must be true for the pod to be ready.',
      ),
      field('runtimeClassName', str, 'The RuntimeClass used to run the pod.'),
      field(
        'enableServiceLinks',
        bool,
        "Whether information about services is injected into the pod's environment, as Docker links did. Defaults to true.",
      ),
      field(
        'preemptionPolicy',
        str,
        'Whether the pod may preempt lower-priority pods: PreemptLowerPriority or Never.',
        { go: 'v1.PreemptionPolicy', enum: ['Never', 'PreemptLowerPriority'] },
      ),
      field(
        'overhead',
        map(quantity),
        "Resources the pod's sandbox uses on top of its containers, set by admission from the RuntimeClass.",
        { go: 'v1.ResourceList' },
      ),
      field(
        'topologySpreadConstraints',
        arr(obj('TopologySpreadConstraint')),
        "How the pod's replicas should spread across topology domains such as zones or nodes.",
      ),
      field(
        'setHostnameAsFQDN',
        bool,
        "If true, the pod's hostname is its fully qualified domain name.",
      ),
      field('os', obj('PodOS'), "The operating system the pod's containers need."),
      field('hostUsers', bool, "Whether the pod uses the node's user namespace. Defaults to true."),
      field(
        'schedulingGates',
        arr(obj('PodSchedulingGate')),
        'Gates that hold the pod back from scheduling while any of them remains.',
      ),
      field(
        'resourceClaims',
        arr(obj('PodResourceClaim')),
        "Resource claims the pod's containers may use, for dynamic resource allocation.",
      ),
      field(
        'resources',
        obj('ResourceRequirements'),
        'Resources for the pod as a whole, shared by its containers.',
      ),
      field(
        'hostnameOverride',
        str,
        'A hostname that replaces the one the pod would otherwise get.',
      ),
      field(
        'schedulingGroup',
        obj('PodSchedulingGroup'),
        'The group this pod is scheduled with, for gang scheduling.',
      ),
    ],
  ),
  struct('PodTemplateSpec', 'PodTemplateSpec describes the pods a controller creates.', [
    field(
      'metadata',
      obj('ObjectMeta'),
      "Metadata of the pods created from this template. Their labels must match the controller's selector.",
    ),
    field('spec', obj('PodSpec'), 'The desired behavior of the pods created from this template.'),
  ]),
  struct(
    'LocalObjectReference',
    'LocalObjectReference refers to an object in the same namespace by name.',
    [field('name', str, 'The name of the referent.')],
  ),
  struct('Affinity', "Affinity groups the pod's scheduling constraints.", [
    field(
      'nodeAffinity',
      obj('NodeAffinity'),
      'Rules about which nodes the pod prefers or requires.',
    ),
    field('podAffinity', obj('PodAffinity'), 'Rules that place the pod near other pods.'),
    field(
      'podAntiAffinity',
      obj('PodAntiAffinity'),
      'Rules that keep the pod away from other pods.',
    ),
  ]),
  struct('NodeAffinity', 'NodeAffinity holds node affinity rules.', [
    field(
      'requiredDuringSchedulingIgnoredDuringExecution',
      obj('NodeSelector'),
      'Rules a node must meet for the pod to be scheduled onto it. A pod already running is not evicted if the node stops meeting them.',
    ),
    field(
      'preferredDuringSchedulingIgnoredDuringExecution',
      arr(obj('PreferredSchedulingTerm')),
      'Rules the scheduler prefers nodes to meet, each with a weight.',
    ),
  ]),
  struct('NodeSelector', 'NodeSelector is a list of node selector terms, ORed together.', [
    field(
      'nodeSelectorTerms',
      arr(obj('NodeSelectorTerm')),
      'The terms; a node matches if it meets any of them.',
      { required: true },
    ),
  ]),
  struct('NodeSelectorTerm', 'NodeSelectorTerm is a set of requirements that must all hold.', [
    field('matchExpressions', arr(obj('NodeSelectorRequirement')), 'Requirements on node labels.'),
    field('matchFields', arr(obj('NodeSelectorRequirement')), 'Requirements on node fields.'),
  ]),
  struct(
    'NodeSelectorRequirement',
    'NodeSelectorRequirement is a key, an operator and values that a node label or field must satisfy.',
    [
      field('key', str, 'The label key or field the requirement applies to.', { required: true }),
      field(
        'operator',
        str,
        'How the key relates to the values: In, NotIn, Exists, DoesNotExist, Gt or Lt.',
        {
          required: true,
          go: 'v1.NodeSelectorOperator',
          enum: ['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'],
        },
      ),
      field(
        'values',
        arr(str),
        'The values to compare with. One integer value for Gt and Lt; none for Exists and DoesNotExist.',
      ),
    ],
  ),
  struct('PreferredSchedulingTerm', 'PreferredSchedulingTerm is a weighted preference for nodes.', [
    field('weight', i32, "The weight added to a node's score when it matches, from 1 to 100.", {
      required: true,
    }),
    field('preference', obj('NodeSelectorTerm'), 'The node selector term to match.', {
      required: true,
    }),
  ]),
  struct(
    'Toleration',
    'Toleration lets a pod be scheduled onto, or stay on, nodes with a matching taint.',
    [
      field(
        'key',
        str,
        'The taint key the toleration applies to. Empty with operator Exists means every taint.',
      ),
      field(
        'operator',
        str,
        'How the key relates to the value: Exists or Equal. Defaults to Equal.',
        { go: 'v1.TolerationOperator', enum: ['Equal', 'Exists', 'Gt', 'Lt'] },
      ),
      field('value', str, 'The taint value to match; empty for operator Exists.'),
      field(
        'effect',
        str,
        'The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute. Empty means all effects.',
        { go: 'v1.TaintEffect', enum: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] },
      ),
      field(
        'tolerationSeconds',
        i64,
        'For NoExecute taints, how long the pod stays bound after the taint appears. Unset means forever.',
      ),
    ],
  ),
  struct('HostAlias', "HostAlias is an entry for the pod's /etc/hosts.", [
    field('ip', str, 'The IP address.', { required: true }),
    field('hostnames', arr(str), 'The hostnames for the address.'),
  ]),
  struct(
    'PodDNSConfig',
    'PodDNSConfig holds DNS settings for a pod beyond those of its dnsPolicy.',
    [
      field('nameservers', arr(str), 'DNS server IP addresses to add.'),
      field('searches', arr(str), 'DNS search domains to add.'),
      field('options', arr(obj('PodDNSConfigOption')), 'Resolver options to add.'),
    ],
  ),
  struct('PodDNSConfigOption', 'PodDNSConfigOption is one resolver option.', [
    field('name', str, 'The name of the option.'),
    field('value', str, 'The value of the option.'),
  ]),
  struct(
    'PodReadinessGate',
    'PodReadinessGate names an extra pod condition needed for readiness.',
    [
      field('conditionType', str, "The type of a condition in the pod's conditions list.", {
        required: true,
        go: 'v1.PodConditionType',
      }),
    ],
  ),
  struct('PodOS', 'PodOS names the operating system of a pod.', [
    field('name', str, 'The operating system: linux or windows.', {
      required: true,
      go: 'v1.OSName',
    }),
  ]),
  struct('PodSchedulingGate', 'PodSchedulingGate is one reason the pod is not yet scheduled.', [
    field('name', str, "The name of the gate, unique among the pod's gates.", { required: true }),
  ]),
  opaque(
    'PodSecurityContext',
    'PodSecurityContext holds security settings that apply to every container of a pod.',
  ),
  opaque(
    'EphemeralContainer',
    'EphemeralContainer is a temporary container added to a running pod, usually for debugging.',
  ),
  opaque(
    'TopologySpreadConstraint',
    'TopologySpreadConstraint says how to spread matching pods across a topology, such as zones.',
  ),
  opaque(
    'PodAffinity',
    'PodAffinity holds rules that place a pod in the same topology domain as other pods.',
  ),
  opaque(
    'PodAntiAffinity',
    'PodAntiAffinity holds rules that keep a pod out of the topology domain of other pods.',
  ),
  opaque('PodResourceClaim', 'PodResourceClaim names a resource claim for a pod.'),
  opaque('PodSchedulingGroup', 'PodSchedulingGroup names the group a pod is scheduled with.'),
];
