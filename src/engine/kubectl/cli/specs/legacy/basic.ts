/**
 * kubectl as the seeds used it (v0.15–v0.17, spring 2015): get, describe, create, update,
 * delete, log, exec, label. Use lines and flags are that kubectl's; the 2015 help printed examples as
 * `// comment` and `$ command` lines, and so do these.
 */
import type { CommandSpec, FlagSpec } from '../../types';
import { raw } from '../../help/text';
import { bool, int, str, strSlice } from '../flag';

const ERA_2015: CommandSpec['eras'] = ['2015'];

/** The printer flags 2015 kubectl added to every command that printed objects. */
export const printFlags2015: readonly FlagSpec[] = [
  bool('no-headers', false, "When using the default output, don't print headers."),
  str('output', '', 'Output format. One of: json|yaml|template|templatefile.', { shorthand: 'o' }),
  str(
    'output-version',
    '',
    'Output the formatted object with the given version (default api-version).',
  ),
  str(
    'template',
    '',
    'Template string or path to template file to use when -o=template or -o=templatefile.  The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]',
    { shorthand: 't' },
  ),
];

const selector2015 = str('selector', '', 'Selector (label query) to filter on', { shorthand: 'l' });

export const get2015: CommandSpec = {
  name: 'get',
  use: 'get [(-o|--output=)json|yaml|template|...] (RESOURCE [NAME] | RESOURCE/NAME ...)',
  short: 'Display one or many resources',
  long: raw(`
    Display one or many resources.

    Possible resources include pods (po), replication controllers (rc), services
    (svc), minions (mi), or events (ev).

    With -o template, a Go template given with --template picks out the fields
    you want to see.`),
  example: raw(`
    // List the pods, with their containers, in ps output format.
    $ kubectl get pods

    // List the replication controller named todo.
    $ kubectl get replicationController todo

    // List the minions (nodes) of the cluster.
    $ kubectl get minions

    // Print one pod as JSON.
    $ kubectl get -o json pod complexpod

    // List replication controllers and services together.
    $ kubectl get rc,services`),
  eras: ERA_2015,
  flags: [
    ...printFlags2015,
    selector2015,
    bool('watch', false, 'After listing/getting the requested object, watch for changes.', {
      shorthand: 'w',
    }),
    bool(
      'watch-only',
      false,
      'Watch for changes to the requested object(s), without listing/getting first.',
    ),
    // kubectl v1.0 (July 2015) added it; students expect it in both eras
    bool(
      'all-namespaces',
      false,
      'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
    ),
  ],
};

export const describe2015: CommandSpec = {
  name: 'describe',
  use: 'describe RESOURCE ID',
  short: 'Show details of a specific resource',
  long: raw(`
    Show details of a specific resource.

    This command joins many API calls together to form a detailed description of a
    given resource: a pod's containers and the events that concern it, or the pods
    a replication controller has created.`),
  example: raw(`
    // Describe a minion.
    $ kubectl describe minion kubernetes-minion-1

    // Describe a pod.
    $ kubectl describe pods/complexpod`),
  eras: ERA_2015,
  flags: [selector2015],
};

export const create2015: CommandSpec = {
  name: 'create',
  use: 'create -f FILENAME',
  short: 'Create a resource by filename or stdin',
  long: raw(`
    Create a resource by filename or stdin.

    JSON and YAML formats are accepted.`),
  example: raw(`
    // Create the pod described in complexpod.json.
    $ kubectl create -f complexpod.json

    // Create the objects in the JSON passed on stdin.
    $ cat redis-master.json | kubectl create -f -`),
  eras: ERA_2015,
  flags: [
    strSlice('filename', 'Filename, directory, or URL to file to use to create the resource', {
      shorthand: 'f',
    }),
  ],
};

/**
 * `kubectl update -f`: spring 2015's name for what kubectl v1.0 renamed `replace`. Its
 * `--patch` (download, merge a JSON fragment, update) is listed but not simulated.
 */
export const update2015: CommandSpec = {
  name: 'update',
  use: 'update -f FILENAME',
  short: 'Update a resource by filename or stdin.',
  long: raw(`
    Update a resource by filename or stdin.

    JSON and YAML formats are accepted. The file is the whole new object: a field it
    leaves out is gone afterwards, so start from the object as "kubectl get -o yaml"
    prints it. With its resourceVersion in the file, the update fails if someone
    changed the object in the meantime.`),
  example: raw(`
    // Update the pod described in complexpod.json.
    $ kubectl update -f complexpod.json

    // Update the objects in the JSON passed on stdin.
    $ cat redis-master.json | kubectl update -f -`),
  eras: ERA_2015,
  flags: [
    strSlice('filename', 'Filename, directory, or URL to file to use to update the resource.', {
      shorthand: 'f',
    }),
    str(
      'patch',
      '',
      'A JSON document to override the existing resource. The resource is downloaded, patched with the JSON, then updated.',
    ),
  ],
};

export const delete2015: CommandSpec = {
  name: 'delete',
  use: 'delete ([-f FILENAME] | (RESOURCE [(ID | -l label | --all)]',
  short:
    'Delete a resource by filename, stdin, resource and ID, or by resources and label selector.',
  long: raw(`
    Delete a resource by filename, stdin, resource and ID, or by resources and label selector.

    JSON and YAML formats are accepted.

    Given both a file and resources on the command line, kubectl deletes the
    resources named on the command line and ignores the file.

    delete does not check resource versions: an update someone sends while the
    delete is on its way is lost with the rest of the resource.`),
  example: raw(`
    // Delete the pod described in complexpod.json.
    $ kubectl delete -f complexpod.json

    // Delete the pods and services labelled name=redis-master.
    $ kubectl delete pods,services -l name=redis-master

    // Delete the pod todo-hmj8e.
    $ kubectl delete pod todo-hmj8e

    // Delete every pod.
    $ kubectl delete pods --all`),
  eras: ERA_2015,
  flags: [
    bool('all', false, '[-all] to select all the specified resources.'),
    bool(
      'cascade',
      true,
      'If true, cascade the delete resources managed by this resource (e.g. Pods created by a ReplicationController).  Default true.',
    ),
    strSlice(
      'filename',
      'Filename, directory, or URL to a file containing the resource to delete.',
      {
        shorthand: 'f',
      },
    ),
    int(
      'grace-period',
      -1,
      'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative.',
    ),
    bool('ignore-not-found', false, 'Treat "resource not found" as a successful delete.'),
    str('selector', '', 'Selector (label query) to filter on.', { shorthand: 'l' }),
  ],
};

export const log2015: CommandSpec = {
  name: 'log',
  use: 'log [-f] [-p] POD [CONTAINER]',
  short: 'Print the logs for a container in a pod.',
  long: raw(`
    Print the logs for a container in a pod. If the pod has only one container, the container name is optional.`),
  example: raw(`
    // Print the log of the simplereader container of complexpod.
    $ kubectl log complexpod simplereader

    // Print the log of the container's previous, terminated instance.
    $ kubectl log -p complexpod simplereader

    // Keep streaming the log as it grows.
    $ kubectl log -f complexpod simplereader`),
  eras: ERA_2015,
  flags: [
    bool('follow', false, 'Specify if the logs should be streamed.', { shorthand: 'f' }),
    bool('interactive', true, 'If true, prompt the user for input when required. Default true.'),
    bool(
      'previous',
      false,
      'If true, print the logs for the previous instance of the container in a pod if it exists.',
      { shorthand: 'p' },
    ),
  ],
};

export const exec2015: CommandSpec = {
  name: 'exec',
  use: 'exec -p POD -c CONTAINER -- COMMAND [args...]',
  short: 'Execute a command in a container.',
  long: raw(`
    Execute a command in a container.`),
  example: raw(`
    // Run 'date' in the first container of pod 123456-7890.
    $ kubectl exec -p 123456-7890 date

    // Run 'date' in the ruby-container of pod 123456-7890.
    $ kubectl exec -p 123456-7890 -c ruby-container date

    // Open a login shell in ruby-container, with your terminal attached to it.
    $ kubectl exec -p 123456-7890 -c ruby-container -i -t -- bash -il`),
  eras: ERA_2015,
  flags: [
    str('container', '', 'Container name', { shorthand: 'c' }),
    str('pod', '', 'Pod name', { shorthand: 'p' }),
    bool('stdin', false, 'Pass stdin to the container', { shorthand: 'i' }),
    bool('tty', false, 'Stdin is a TTY', { shorthand: 't' }),
  ],
};

export const label2015: CommandSpec = {
  name: 'label',
  use: 'label [--overwrite] RESOURCE NAME KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  short: 'Update the labels on a resource',
  long: raw(`
    Update the labels on a resource.

    Labels start with a letter or digit and hold letters, digits, hyphens, dots and
    underscores, 63 characters at most. A label that is already set keeps its value
    unless you pass --overwrite; with --resource-version the update only succeeds
    while the object still has that version. KEY- removes the label KEY.`),
  example: raw(`
    // Label the pod todo-hmj8e with tier=frontend.
    $ kubectl label pods todo-hmj8e tier=frontend

    // Change the label, replacing its value.
    $ kubectl label --overwrite pods todo-hmj8e tier=backend

    // Remove the label tier.
    $ kubectl label pods todo-hmj8e tier-`),
  eras: ERA_2015,
  flags: [
    ...printFlags2015,
    bool(
      'overwrite',
      false,
      'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.',
    ),
    str(
      'resource-version',
      '',
      'If non-empty, the labels update will only succeed if this is the current resource-version for the object.',
    ),
  ],
};
