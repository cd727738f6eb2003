/** Deploy commands besides rollout: scale and autoscale. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  dryRun,
  kustomizeThe,
  printOutput,
  recursive,
  selector,
  showManagedFields,
  template,
  saveConfig,
  record,
} from '../common';
import { bool, duration, int, str, strSlice } from '../flag';

export const scale: CommandSpec = {
  name: 'scale',
  use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  long: longDesc(`
    Set a new size for a deployment, replica set or replication controller.

    Scale also lets you give one or more preconditions. With --current-replicas or --resource-version, the size is only changed while the resource still has that size or version.`),
  example: examples(`
    # Scale the replication controller web to 3 replicas
    kubectl scale --replicas=3 rc/web

    # Scale a deployment only if it currently has 2 replicas
    kubectl scale --current-replicas=2 --replicas=5 deployment/web

    # Scale the resource described in web.yaml
    kubectl scale --replicas=3 -f web.yaml`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all resources in the namespace of the specified resource types'),
    allowMissingTemplateKeys,
    int(
      'current-replicas',
      -1,
      'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.',
    ),
    dryRun,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to set a new size',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    int('replicas', 0, 'The new desired number of replicas. Required.', {
      bits: 32,
      required: true,
    }),
    str(
      'resource-version',
      '',
      'Precondition for resource version. Requires that the current resource version match this value in order to scale.',
    ),
    selector,
    showManagedFields,
    template,
    duration(
      'timeout',
      '0s',
      "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).",
    ),
    record,
  ],
  suggestFor: ['resize'],
};

export const autoscale: CommandSpec = {
  name: 'autoscale',
  use: 'autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]',
  short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  long: longDesc(`
    Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.

    Looks up a deployment, replica set, stateful set, or replication controller by name and creates a horizontal pod autoscaler that uses it as a reference. The autoscaler raises and lowers the number of replicas between --min and --max to keep the average CPU use near --cpu-percent.`),
  example: examples(`
    # Keep between 2 and 10 pods for the deployment web
    kubectl autoscale deployment web --min=2 --max=10

    # Keep at most 5 pods for rc web, aiming at 80% CPU use
    kubectl autoscale rc web --max=5 --cpu-percent=80`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    int(
      'cpu-percent',
      -1,
      "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used.",
      { bits: 32 },
    ),
    dryRun,
    str('field-manager', 'kubectl-autoscale', 'Name of the manager used to track field ownership.'),
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to autoscale.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    int(
      'max',
      -1,
      'The upper limit for the number of pods that can be set by the autoscaler. Required.',
      { bits: 32, required: true },
    ),
    int(
      'min',
      -1,
      "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value.",
      { bits: 32 },
    ),
    str(
      'name',
      '',
      'The name for the newly created object. If not specified, the name of the input resource will be used.',
    ),
    printOutput,
    recursive,
    saveConfig,
    showManagedFields,
    template,
    record,
  ],
};
