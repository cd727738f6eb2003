/** Cluster management commands: cluster-info, top, cordon, uncordon, drain, taint. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  dryRun,
  fieldSelector,
  printOutput,
  selector,
  showManagedFields,
  template,
  validate,
  allNamespaces,
  chunkSize,
} from '../common';
import { bool, duration, int, str } from '../flag';

export const clusterInfo: CommandSpec = {
  name: 'cluster-info',
  use: 'cluster-info [flags]',
  short: 'Display cluster information',
  long: longDesc(`
    Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`),
  example: examples(`
    # Print the address of the control plane and cluster services
    kubectl cluster-info`),
  eras: ['modern'],
  flags: [],
};

export const topNode: CommandSpec = {
  name: 'node',
  aliases: ['nodes', 'no'],
  use: 'node [NAME | -l label]',
  short: 'Display resource (CPU/memory) usage of nodes',
  long: longDesc(`
    Display resource (CPU/memory) usage of nodes.

    The top-node command shows the CPU and memory use of nodes.`),
  example: examples(`
    # Show metrics for all nodes
    kubectl top node

    # Show metrics for one node
    kubectl top node node-1`),
  eras: ['modern'],
  flags: [
    bool('no-headers', false, 'If present, print output without headers'),
    selector,
    bool(
      'show-capacity',
      false,
      'Print node resources based on Capacity instead of Allocatable(default) of the nodes.',
    ),
    str(
      'sort-by',
      '',
      "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.",
    ),
    bool('use-protocol-buffers', true, 'Enables using protocol-buffers to access Metrics API.'),
  ],
  args: [{ max: 1, message: 'node [NAME | -l label]', kind: 'usage' }],
};

export const topPod: CommandSpec = {
  name: 'pod',
  aliases: ['pods', 'po'],
  use: 'pod [NAME | -l label]',
  short: 'Display resource (CPU/memory) usage of pods',
  long: longDesc(`
    Display resource (CPU/memory) usage of pods.

    The 'top pod' command shows the CPU and memory use of pods.

    Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`),
  example: examples(`
    # Show metrics for all pods in the default namespace
    kubectl top pod

    # Show metrics for the pods labelled app=web
    kubectl top pod -l app=web

    # Show metrics for each container of a pod
    kubectl top pod web-7x2kq --containers`),
  eras: ['modern'],
  flags: [
    allNamespaces,
    bool('containers', false, 'If present, print usage of containers within a pod.'),
    fieldSelector,
    bool('no-headers', false, 'If present, print output without headers.'),
    selector,
    str(
      'sort-by',
      '',
      "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.",
    ),
    bool('sum', false, 'Print the sum of the resource usage'),
    bool('use-protocol-buffers', true, 'Enables using protocol-buffers to access Metrics API.'),
  ],
  args: [{ max: 1, message: 'pod [NAME | -l label]', kind: 'usage' }],
};

export const top: CommandSpec = {
  name: 'top',
  use: 'top [flags]',
  short: 'Display resource (CPU/memory) usage',
  long: longDesc(`
    Display resource (CPU/memory) usage.

    The top command shows how much CPU and memory nodes or pods are using.

    This command requires Metrics Server to be correctly configured and working on the server.`),
  eras: ['modern'],
  flags: [],
  dispatchHelpTo: 'stderr',
  subcommands: [topNode, topPod],
};

export const cordon: CommandSpec = {
  name: 'cordon',
  use: 'cordon NODE',
  short: 'Mark node as unschedulable',
  long: longDesc(`
    Mark node as unschedulable.`),
  example: examples(`
    # Stop the scheduler from placing new pods on node-2
    kubectl cordon node-2`),
  eras: ['modern'],
  flags: [dryRun, selector],
  args: [{ min: 1, unlessSet: ['selector'], message: 'USAGE: cordon NODE [flags]', kind: 'usage' }],
};

export const uncordon: CommandSpec = {
  name: 'uncordon',
  use: 'uncordon NODE',
  short: 'Mark node as schedulable',
  long: longDesc(`
    Mark node as schedulable.`),
  example: examples(`
    # Let the scheduler place pods on node-2 again
    kubectl uncordon node-2`),
  eras: ['modern'],
  flags: [dryRun, selector],
  args: [
    { min: 1, unlessSet: ['selector'], message: 'USAGE: uncordon NODE [flags]', kind: 'usage' },
  ],
};

export const drain: CommandSpec = {
  name: 'drain',
  use: 'drain NODE',
  short: 'Drain node in preparation for maintenance',
  long: longDesc(`
    Drain node in preparation for maintenance.

    The node is first cordoned (marked unschedulable), so that no new pods land on it. Then its pods are evicted, or deleted when the API server does not support eviction, which respects their grace period.

    Pods that no controller manages (a bare pod) would not come back anywhere else, so drain refuses to remove them unless you pass --force. Pods of a DaemonSet would be recreated on the node at once, so drain stops unless you pass --ignore-daemonsets, which leaves them in place. Pods with emptyDir volumes lose that data, so they need --delete-emptydir-data.

    When you are done with the node, run kubectl uncordon to make it schedulable again.`),
  example: examples(`
    # Drain node-2, even if it runs pods that no controller manages
    kubectl drain node-2 --force

    # Drain node-2, leaving DaemonSet pods and waiting at most 5 minutes
    kubectl drain node-2 --ignore-daemonsets --grace-period=30 --timeout=5m`),
  eras: ['modern'],
  flags: [
    chunkSize,
    bool(
      'delete-emptydir-data',
      false,
      'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).',
    ),
    bool(
      'disable-eviction',
      false,
      'Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.',
    ),
    dryRun,
    bool('force', false, 'Continue even if there are pods that do not declare a controller.'),
    int(
      'grace-period',
      -1,
      'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.',
    ),
    bool('ignore-daemonsets', false, 'Ignore DaemonSet-managed pods.'),
    str('pod-selector', '', 'Label selector to filter pods on the node'),
    selector,
    int(
      'skip-wait-for-delete-timeout',
      0,
      'If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.',
    ),
    duration('timeout', '0s', 'The length of time to wait before giving up, zero means infinite'),
  ],
  args: [{ min: 1, unlessSet: ['selector'], message: 'USAGE: drain NODE [flags]', kind: 'usage' }],
};

export const taint: CommandSpec = {
  name: 'taint',
  use: 'taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N',
  short: 'Update the taints on one or more nodes',
  long: longDesc(`
    Update the taints on one or more nodes.

    A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.

    The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters. The value is optional; if given, it must begin with a letter or number and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.

    The effect must be NoSchedule, PreferNoSchedule or NoExecute. Only pods that tolerate a node's taints are scheduled onto it, and NoExecute also evicts running pods that do not tolerate it. A trailing dash (key:effect-) removes a taint.`),
  example: examples(`
    # Keep pods that do not tolerate dedicated=db off node-1
    kubectl taint nodes node-1 dedicated=db:NoSchedule

    # Remove that taint again
    kubectl taint nodes node-1 dedicated=db:NoSchedule-

    # Remove every taint with the key dedicated from node-1
    kubectl taint nodes node-1 dedicated-`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all nodes in the cluster'),
    allowMissingTemplateKeys,
    dryRun,
    str('field-manager', 'kubectl-taint', 'Name of the manager used to track field ownership.'),
    printOutput,
    bool(
      'overwrite',
      false,
      'If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.',
    ),
    selector,
    showManagedFields,
    template,
    validate,
  ],
};
