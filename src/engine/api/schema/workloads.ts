/**
 * ReplicationController (core/v1), ReplicaSet and Deployment (apps/v1).
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import {
  arr,
  bool,
  field,
  i32,
  i64,
  intOrString,
  map,
  obj,
  str,
  struct,
  time,
  typeMetaFields,
} from './model';
import type { StructSchema } from './model';

export const workloadsStructs: readonly StructSchema[] = [
  struct(
    'ReplicationController',
    'ReplicationController keeps a given number of copies of a pod running. It creates pods from its template when there are too few and deletes some when there are too many.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata. If the labels are empty they are copied from the pod template.',
      ),
      field(
        'spec',
        obj('ReplicationControllerSpec'),
        'The desired behavior: how many replicas, which pods to select and the template to create them from.',
      ),
      field(
        'status',
        obj('ReplicationControllerStatus'),
        'The most recently observed state of the controller, written by the system. Read-only.',
      ),
    ],
  ),
  struct(
    'ReplicationControllerSpec',
    'ReplicationControllerSpec is the desired state of a replication controller.',
    [
      field(
        'replicas',
        i32,
        'The number of pods wanted. This is a pointer to tell an explicit zero from unset. Defaults to 1.',
      ),
      field(
        'minReadySeconds',
        i32,
        'How long, in seconds, a new pod must be ready with no container crashing before it counts as available. Defaults to 0.',
      ),
      field(
        'selector',
        map(str),
        'Label keys and values a pod must have to be counted by this controller. If empty, it defaults to the labels of the pod template.',
      ),
      field('template', obj('PodTemplateSpec'), 'The pod created when there are too few replicas.'),
    ],
  ),
  struct(
    'ReplicationControllerStatus',
    'ReplicationControllerStatus is the most recently observed state of a replication controller.',
    [
      field('replicas', i32, 'The number of pods the controller most recently observed.', {
        required: true,
      }),
      field(
        'fullyLabeledReplicas',
        i32,
        'The number of pods that carry every label of the pod template.',
      ),
      field('readyReplicas', i32, 'The number of ready pods the controller targets.'),
      field(
        'availableReplicas',
        i32,
        'The number of pods that have been ready for at least minReadySeconds.',
      ),
      field('observedGeneration', i64, 'The generation of the controller this status reflects.'),
      field(
        'conditions',
        arr(obj('ReplicationControllerCondition')),
        "The latest observations of the controller's state.",
      ),
    ],
  ),
  struct(
    'ReplicationControllerCondition',
    "ReplicationControllerCondition describes one aspect of a replication controller's state.",
    [
      field('type', str, 'The type of condition, for example ReplicaFailure.', {
        required: true,
        go: 'v1.ReplicationControllerConditionType',
      }),
      field('status', str, 'The status of the condition: True, False or Unknown.', {
        required: true,
        go: 'v1.ConditionStatus',
      }),
      field('lastTransitionTime', time, 'When the condition last changed status.'),
      field('reason', str, 'A CamelCase word for why the condition last changed.'),
      field('message', str, 'A human-readable explanation of the last transition.'),
    ],
  ),
  struct(
    'ReplicaSet',
    'ReplicaSet keeps a given number of pod replicas running at any time, selecting its pods with a label selector. Deployments create and manage ReplicaSets.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata. Labels on a ReplicaSet are independent of the labels of the pods it manages.',
      ),
      field(
        'spec',
        obj('ReplicaSetSpec'),
        'The desired behavior: how many replicas, which pods to select and the template to create them from.',
      ),
      field(
        'status',
        obj('ReplicaSetStatus'),
        'The most recently observed state of the ReplicaSet, written by the system. Read-only.',
      ),
    ],
  ),
  struct('ReplicaSetSpec', 'ReplicaSetSpec is the desired state of a ReplicaSet.', [
    field(
      'replicas',
      i32,
      'The number of pods wanted. This is a pointer to tell an explicit zero from unset. Defaults to 1.',
    ),
    field(
      'minReadySeconds',
      i32,
      'How long, in seconds, a new pod must be ready with no container crashing before it counts as available. Defaults to 0.',
    ),
    field(
      'selector',
      obj('LabelSelector'),
      'A label query over the pods the ReplicaSet counts. It must match the labels of the pod template.',
      { required: true },
    ),
    field('template', obj('PodTemplateSpec'), 'The pod created when there are too few replicas.'),
  ]),
  struct(
    'ReplicaSetStatus',
    'ReplicaSetStatus is the most recently observed state of a ReplicaSet.',
    [
      field('replicas', i32, 'The number of pods the ReplicaSet most recently observed.', {
        required: true,
      }),
      field(
        'fullyLabeledReplicas',
        i32,
        'The number of pods that carry every label of the pod template.',
      ),
      field('readyReplicas', i32, 'The number of ready pods the ReplicaSet targets.'),
      field(
        'availableReplicas',
        i32,
        'The number of pods that have been ready for at least minReadySeconds.',
      ),
      field('terminatingReplicas', i32, 'The number of terminating pods the ReplicaSet targets.'),
      field('observedGeneration', i64, 'The generation of the ReplicaSet this status reflects.'),
      field(
        'conditions',
        arr(obj('ReplicaSetCondition')),
        "The latest observations of the ReplicaSet's state.",
      ),
    ],
  ),
  struct(
    'ReplicaSetCondition',
    "ReplicaSetCondition describes one aspect of a ReplicaSet's state.",
    [
      field('type', str, 'The type of condition, for example ReplicaFailure.', {
        required: true,
        go: 'v1.ReplicaSetConditionType',
      }),
      field('status', str, 'The status of the condition: True, False or Unknown.', {
        required: true,
        go: 'v1.ConditionStatus',
      }),
      field('lastTransitionTime', time, 'When the condition last changed status.'),
      field('reason', str, 'A CamelCase word for why the condition last changed.'),
      field('message', str, 'A human-readable explanation of the last transition.'),
    ],
  ),
  struct(
    'Deployment',
    'Deployment provides declarative updates for pods and ReplicaSets: it rolls a pod template out by scaling a new ReplicaSet up and old ones down.',
    [
      ...typeMetaFields(),
      field(
        'metadata',
        obj('ObjectMeta'),
        'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
      ),
      field('spec', obj('DeploymentSpec'), 'The desired behavior of the Deployment.'),
      field(
        'status',
        obj('DeploymentStatus'),
        'The most recently observed state of the Deployment, written by the system. Read-only.',
      ),
    ],
  ),
  struct('DeploymentSpec', 'DeploymentSpec is the desired state of a Deployment.', [
    field(
      'replicas',
      i32,
      'The number of pods wanted. This is a pointer to tell an explicit zero from unset. Defaults to 1.',
    ),
    field(
      'selector',
      obj('LabelSelector'),
      'A label query over the pods the Deployment manages. It must match the labels of the pod template and cannot change after creation.',
      { required: true },
    ),
    field('template', obj('PodTemplateSpec'), 'The pods to run. Changing it starts a rollout.', {
      required: true,
    }),
    field('strategy', obj('DeploymentStrategy'), 'How old pods are replaced by new ones.'),
    field(
      'minReadySeconds',
      i32,
      'How long, in seconds, a new pod must be ready with no container crashing before it counts as available. Defaults to 0.',
    ),
    field(
      'revisionHistoryLimit',
      i32,
      'How many old ReplicaSets to keep for rolling back. Defaults to 10.',
    ),
    field(
      'paused',
      bool,
      'Whether the Deployment is paused; a paused Deployment does not roll out template changes.',
    ),
    field(
      'progressDeadlineSeconds',
      i32,
      'How long, in seconds, a rollout may go without progress before it is reported as failed. Defaults to 600.',
    ),
  ]),
  struct(
    'DeploymentStrategy',
    'DeploymentStrategy describes how old pods are replaced by new ones.',
    [
      field(
        'type',
        str,
        'The type of deployment: Recreate or RollingUpdate. Defaults to RollingUpdate.',
        { go: 'v1.DeploymentStrategyType', enum: ['Recreate', 'RollingUpdate'] },
      ),
      field(
        'rollingUpdate',
        obj('RollingUpdateDeployment'),
        'Parameters of a rolling update; only used when type is RollingUpdate.',
      ),
    ],
  ),
  struct(
    'RollingUpdateDeployment',
    'RollingUpdateDeployment controls the pace of a rolling update.',
    [
      field(
        'maxUnavailable',
        intOrString,
        'How many pods may be unavailable during the update, as a number or a percentage of the desired pods (rounded down). Defaults to 25%.',
      ),
      field(
        'maxSurge',
        intOrString,
        'How many pods may be created above the desired number, as a number or a percentage (rounded up). Defaults to 25%.',
      ),
    ],
  ),
  struct(
    'DeploymentStatus',
    'DeploymentStatus is the most recently observed state of a Deployment.',
    [
      field('observedGeneration', i64, 'The generation of the Deployment this status reflects.'),
      field('replicas', i32, 'The number of non-terminating pods the Deployment targets.'),
      field(
        'updatedReplicas',
        i32,
        'The number of non-terminating pods that match the current template.',
      ),
      field('readyReplicas', i32, 'The number of ready pods the Deployment targets.'),
      field(
        'availableReplicas',
        i32,
        'The number of pods that have been ready for at least minReadySeconds.',
      ),
      field(
        'unavailableReplicas',
        i32,
        'The number of pods still needed for the Deployment to be fully available.',
      ),
      field('terminatingReplicas', i32, 'The number of terminating pods the Deployment targets.'),
      field(
        'conditions',
        arr(obj('DeploymentCondition')),
        "The latest observations of the Deployment's state.",
      ),
      field('collisionCount', i32, 'A counter used to avoid name collisions of new ReplicaSets.'),
    ],
  ),
  struct(
    'DeploymentCondition',
    "DeploymentCondition describes one aspect of a Deployment's state.",
    [
      field('type', str, 'The type of condition: Available, Progressing or ReplicaFailure.', {
        required: true,
        go: 'v1.DeploymentConditionType',
      }),
      field('status', str, 'The status of the condition: True, False or Unknown.', {
        required: true,
        go: 'v1.ConditionStatus',
      }),
      field('lastUpdateTime', time, 'When the condition was last updated.'),
      field('lastTransitionTime', time, 'When the condition last changed status.'),
      field('reason', str, 'A CamelCase word for why the condition last changed.'),
      field('message', str, 'A human-readable explanation of the last transition.'),
    ],
  ),
];
