/** Troubleshooting commands: describe, logs, exec. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import { kustomizeThe, recursive, selector, allNamespaces, chunkSize } from '../common';
import { bool, duration, int, str, strSlice } from '../flag';

const LOGS_USAGE =
  "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

export const describe: CommandSpec = {
  name: 'describe',
  use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  short: 'Show details of a specific resource or group of resources',
  long: longDesc(`
    Show details of a specific resource or group of resources.

    Prints a detailed description of the selected resources, including related resources such as the events that concern them or the pods a controller manages. You may select a single object by name, all objects of that type, all objects whose name starts with a given prefix, or all objects matching a label selector.

    Use "kubectl api-resources" for a complete list of supported resources.`),
  example: examples(`
    # Describe a node
    kubectl describe nodes node-1

    # Describe a pod
    kubectl describe pods/web-7x2kq

    # Describe every pod whose name starts with web
    kubectl describe pods web

    # Describe the pods labelled app=web
    kubectl describe pods -l app=web

    # Describe the pod created from pod.json
    kubectl describe -f pod.json`),
  eras: ['modern'],
  flags: [
    allNamespaces,
    chunkSize,
    strSlice(
      'filename',
      'Filename, directory, or URL to files containing the resource to describe',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    recursive,
    selector,
    bool('show-events', true, 'If true, display events related to the described object.'),
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message:
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      kind: 'plain',
    },
  ],
};

export const logs: CommandSpec = {
  name: 'logs',
  use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  short: 'Print the logs for a container in a pod',
  long: longDesc(`
    Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.`),
  example: examples(`
    # Print the logs of the only container of a pod
    kubectl logs web-7x2kq

    # Print the logs of one container of a pod
    kubectl logs complexpod -c simplereader

    # Print the logs of the previous, crashed instance of a container
    kubectl logs -p web-7x2kq

    # Keep printing new log lines as they are written
    kubectl logs -f web-7x2kq

    # Print the last 20 lines of every pod labelled app=web
    kubectl logs -l app=web --tail=20

    # Print the logs of the first pod of a replication controller
    kubectl logs rc/web`),
  eras: ['modern'],
  flags: [
    bool('all-containers', false, "Get all containers' logs in the pod(s)."),
    bool('all-pods', false, 'Get logs from all pod(s). Sets prefix to true.'),
    str('container', '', 'Print the logs of this container', { shorthand: 'c' }),
    bool('follow', false, 'Specify if the logs should be streamed.', { shorthand: 'f' }),
    bool(
      'ignore-errors',
      false,
      'If watching / following pod logs, allow for any errors that occur to be non-fatal',
    ),
    bool(
      'insecure-skip-tls-verify-backend',
      false,
      'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.',
    ),
    int('limit-bytes', 0, 'Maximum bytes of logs to return. Defaults to no limit.'),
    int(
      'max-log-requests',
      5,
      'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.',
    ),
    duration(
      'pod-running-timeout',
      '20s',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    ),
    bool('prefix', false, 'Prefix each log line with the log source (pod name and container name)'),
    bool(
      'previous',
      false,
      'If true, print the logs for the previous instance of the container in a pod if it exists.',
      { shorthand: 'p' },
    ),
    selector,
    duration(
      'since',
      '0s',
      'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
    ),
    str(
      'since-time',
      '',
      'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.',
    ),
    int(
      'tail',
      -1,
      'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
    ),
    bool('timestamps', false, 'Include timestamps on each line in the log output'),
  ],
  args: [
    { min: 1, unlessSet: ['selector'], message: LOGS_USAGE, kind: 'usage' },
    { max: 2, message: LOGS_USAGE, kind: 'usage' },
  ],
};

export const exec: CommandSpec = {
  name: 'exec',
  use: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  short: 'Execute a command in a container',
  long: longDesc(`
    Execute a command in a container.`),
  example: examples(`
    # Run date in the first container of a pod
    kubectl exec web-7x2kq -- date

    # Run a command in one container of a pod
    kubectl exec complexpod -c simplereader -- ls /data

    # Open an interactive shell in a pod
    kubectl exec -it web-7x2kq -- sh`),
  eras: ['modern'],
  flags: [
    str(
      'container',
      '',
      'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen',
      { shorthand: 'c' },
    ),
    strSlice('filename', 'to use to exec into the resource', { shorthand: 'f' }),
    duration(
      'pod-running-timeout',
      '1m0s',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    ),
    bool('quiet', false, 'Only print output from the remote session', { shorthand: 'q' }),
    bool('stdin', false, 'Pass stdin to the container', { shorthand: 'i' }),
    bool('tty', false, 'Stdin is a TTY', { shorthand: 't' }),
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename'],
      message: 'pod, type/name or --filename must be specified',
      kind: 'plain',
    },
  ],
};
