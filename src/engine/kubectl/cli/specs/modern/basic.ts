/** kubectl expose and run: making services and pods from the command line. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  dryRun,
  kustomizeThe,
  printOutput,
  recursive,
  showManagedFields,
  template,
  cascade,
  force,
  gracePeriod,
  kustomizeA,
  deleteTimeout,
  saveConfig,
  record,
} from '../common';
import { bool, duration, str, strArray, strSlice } from '../flag';

export const expose: CommandSpec = {
  name: 'expose',
  use: 'expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]',
  short:
    'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  long: longDesc(`
    Expose a resource as a new Kubernetes service.

    Looks up a pod, service, replication controller, deployment or replica set by name and uses its label selector as the selector of a new service. A pod is exposed through its own labels. The service gets the port given with --port, or the port of the exposed resource when there is only one; the target port defaults to the same number.

    Possible resources include (case insensitive): pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`),
  example: examples(`
    # Create a service for the replication controller web, serving on port 80
    kubectl expose rc web --port=80 --target-port=8080

    # Create a NodePort service for a deployment
    kubectl expose deployment web --port=80 --type=NodePort

    # Expose a single pod under another name
    kubectl expose pod redis-master --port=6379 --name=redis`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    str(
      'cluster-ip',
      '',
      "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.",
    ),
    dryRun,
    str(
      'external-ip',
      '',
      'Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP.',
    ),
    str('field-manager', 'kubectl-expose', 'Name of the manager used to track field ownership.'),
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to expose a service',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    str('labels', '', 'Labels to apply to the service created by this call.', { shorthand: 'l' }),
    str(
      'load-balancer-ip',
      '',
      'IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).',
    ),
    str('name', '', 'The name for the newly created object.'),
    printOutput,
    str(
      'override-type',
      'merge',
      'The method used to override the generated object: json, merge, or strategic.',
    ),
    str(
      'overrides',
      '',
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
    ),
    str(
      'port',
      '',
      'The port that the service should serve on. Copied from the resource being exposed, if unspecified',
    ),
    str('protocol', '', "The network protocol for the service to be created. Default is 'TCP'."),
    recursive,
    saveConfig,
    str(
      'selector',
      '',
      'A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)',
    ),
    str(
      'session-affinity',
      '',
      "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'",
    ),
    showManagedFields,
    str(
      'target-port',
      '',
      'Name or number for the port on the container that the service should direct traffic to. Optional.',
    ),
    template,
    str(
      'type',
      '',
      "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.",
    ),
    record,
  ],
};

export const run: CommandSpec = {
  name: 'run',
  use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  short: 'Run a particular image on the cluster',
  long: longDesc(`
    Create and run a particular image in a pod.`),
  example: examples(`
    # Start a pod running the nginx image
    kubectl run nginx --image=nginx

    # Start a pod and label it
    kubectl run web --image=nginx --labels="app=web,tier=frontend"

    # Start a pod that listens on port 80 and set an environment variable
    kubectl run web --image=nginx --port=80 --env="MODE=demo"

    # Start a pod that runs a command instead of the image's default
    kubectl run sleeper --image=busybox --command -- sleep 3600

    # Print the pod this command would create, without creating it
    kubectl run nginx --image=nginx --dry-run=client -o yaml`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    strArray('annotations', 'Annotations to apply to the pod.'),
    bool(
      'attach',
      false,
      "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.",
    ),
    cascade,
    bool(
      'command',
      false,
      "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
    ),
    dryRun,
    strArray('env', 'Environment variables to set in the container.'),
    bool(
      'expose',
      false,
      'If true, create a ClusterIP service associated with the pod.  Requires `--port`.',
    ),
    str('field-manager', 'kubectl-run', 'Name of the manager used to track field ownership.'),
    strSlice('filename', 'to use to replace the resource.', { shorthand: 'f' }),
    force,
    gracePeriod,
    str('image', '', 'The image for the container to run.', { required: true }),
    str(
      'image-pull-policy',
      '',
      'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.',
    ),
    kustomizeA,
    str(
      'labels',
      '',
      'Comma separated labels to apply to the pod. Will override previous values.',
      { shorthand: 'l' },
    ),
    bool(
      'leave-stdin-open',
      false,
      'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.',
    ),
    printOutput,
    str(
      'override-type',
      'merge',
      'The method used to override the generated object: json, merge, or strategic.',
    ),
    str(
      'overrides',
      '',
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
    ),
    duration(
      'pod-running-timeout',
      '1m0s',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    ),
    str('port', '', 'The port that this container exposes.'),
    bool('privileged', false, 'If true, run the container in privileged mode.'),
    bool('quiet', false, 'If true, suppress prompt messages.', { shorthand: 'q' }),
    recursive,
    str(
      'restart',
      'Always',
      'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].',
    ),
    bool(
      'rm',
      false,
      "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
    ),
    saveConfig,
    showManagedFields,
    bool(
      'stdin',
      false,
      'Keep stdin open on the container in the pod, even if nothing is attached.',
      { shorthand: 'i' },
    ),
    template,
    deleteTimeout,
    bool('tty', false, 'Allocate a TTY for the container in the pod.', { shorthand: 't' }),
    bool(
      'wait',
      false,
      'If true, wait for resources to be gone before returning. This waits for finalizers.',
    ),
    record,
  ],
  suggestFor: ['run-container'],
  args: [{ min: 1, message: 'NAME is required for run', kind: 'usage' }],
};
