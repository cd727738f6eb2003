/**
 * 2015 kubectl's replication-controller commands: run-container, resize, rolling-update,
 * stop and expose, as the seeds typed them (`kubectl run-container todo --image=…`,
 * `kubectl resize --replicas=3 replicationController todo`).
 */
import type { CommandSpec } from '../../types';
import { raw } from '../../help/text';
import { bool, int, str, strSlice } from '../flag';
import { printFlags2015 } from './basic';

const ERA_2015: CommandSpec['eras'] = ['2015'];

export const runContainer2015: CommandSpec = {
  name: 'run-container',
  use: 'run-container NAME --image=image [--port=port] [--replicas=replicas] [--dry-run=bool] [--overrides=inline-json]',
  short: 'Run a particular image on the cluster.',
  long: raw(`
    Create and run a particular image, possibly replicated.
    Creates a replication controller to manage the created container(s).`),
  example: raw(`
    // Start one instance of the todo image, under a controller named todo.
    $ kubectl run-container todo --image=dockerinpractice/todo

    // Start three replicas of nginx that listen on port 80.
    $ kubectl run-container nginx --image=dockerfile/nginx --replicas=3 --port=80

    // Print the replication controller that would be created, without creating it.
    $ kubectl run-container nginx --image=dockerfile/nginx --dry-run

    // Override fields of the generated controller with JSON.
    $ kubectl run-container nginx --image=dockerfile/nginx --overrides='{ "apiVersion": "v1beta1", "desiredState": { ... } }'`),
  eras: ERA_2015,
  flags: [
    bool(
      'dry-run',
      false,
      'If true, only print the object that would be sent, without sending it.',
    ),
    str(
      'generator',
      'run-container/v1',
      "The name of the API generator to use.  Default is 'run-container-controller/v1'.",
    ),
    str('image', '', 'The image for the container to run.'),
    str('labels', '', 'Labels to apply to the pod(s) created by this call to run-container.', {
      shorthand: 'l',
    }),
    ...printFlags2015,
    str(
      'overrides',
      '',
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
    ),
    int('port', -1, 'The port that this container exposes.'),
    int('replicas', 1, 'Number of replicas to create for this container. Default is 1.', {
      shorthand: 'r',
    }),
  ],
};

/**
 * kubectl v1.0 (July 2015) renamed run-container to `run`: the same replication controller,
 * labelled `run=NAME`, with the `run/v1` generator.
 */
export const run2015: CommandSpec = {
  ...runContainer2015,
  name: 'run',
  use: 'run NAME --image=image [--port=port] [--replicas=replicas] [--dry-run=bool] [--overrides=inline-json]',
  short: 'Run a particular image on the cluster',
  example: raw(`
    // Starts a single instance of nginx.
    $ kubectl run nginx --image=nginx

    // Starts a replicated instance of nginx.
    $ kubectl run nginx --image=nginx --replicas=5

    // Dry run. Print the corresponding API objects without creating them.
    $ kubectl run nginx --image=nginx --dry-run`),
  flags: runContainer2015.flags.map((f) =>
    f.name === 'generator'
      ? {
          ...f,
          default: 'run/v1',
          usage: "The name of the API generator to use.  Default is 'run/v1'.",
        }
      : f.name === 'labels'
        ? { ...f, usage: 'Labels to apply to the pod(s).' }
        : f,
  ),
};

export const resize2015: CommandSpec = {
  name: 'resize',
  use: 'resize [--resource-version=version] [--current-replicas=count] --replicas=COUNT RESOURCE ID',
  short: 'Set a new size for a Replication Controller.',
  long: raw(`
    Set a new size for a Replication Controller.

    You may add preconditions: with --current-replicas or --resource-version the new
    size is only set while the controller still has that size or that resource
    version, checked at the moment the change reaches the server.`),
  example: raw(`
    // Resize the replication controller todo to 3 replicas.
    $ kubectl resize --replicas=3 replicationController todo

    // Resize todo to 5 replicas, but only if it has 3 now.
    $ kubectl resize --current-replicas=3 --replicas=5 rc todo`),
  eras: ERA_2015,
  flags: [
    int(
      'current-replicas',
      -1,
      'Precondition for current size. Requires that the current size of the replication controller match this value in order to resize.',
    ),
    int('replicas', -1, 'The new desired number of replicas. Required.'),
    str(
      'resource-version',
      '',
      'Precondition for resource version. Requires that the current resource version match this value in order to resize.',
    ),
  ],
  args: [{ min: 2, max: 2, message: '--replicas=COUNT RESOURCE ID', kind: 'usage' }],
};

export const rollingUpdate2015: CommandSpec = {
  name: 'rolling-update',
  use: 'rolling-update OLD_CONTROLLER_NAME ([NEW_CONTROLLER_NAME] --image=NEW_CONTAINER_IMAGE | -f NEW_CONTROLLER_SPEC)',
  short: 'Perform a rolling update of the given ReplicationController.',
  long: raw(`
    Perform a rolling update of the given ReplicationController.

    Replaces the pods of the old controller with pods of a new controller, one at a
    time: each step grows the new controller by one and shrinks the old one by one.
    The new controller must live in the same namespace and differ from the old one
    in at least one label of its selector.`),
  example: raw(`
    // Replace the pods of frontend-v1 with those of the controller in frontend-v2.json.
    $ kubectl rolling-update frontend-v1 -f frontend-v2.json

    // Read the new controller from stdin.
    $ cat frontend-v2.json | kubectl rolling-update frontend-v1 -f -

    // Only change the image; the new controller is named frontend-v2.
    $ kubectl rolling-update frontend-v1 frontend-v2 --image=image:v2`),
  eras: ERA_2015,
  flags: [
    str(
      'deployment-label-key',
      'deployment',
      "The key to use to differentiate between two different controllers, default 'deployment'.  Only relevant when --image is specified, ignored otherwise",
    ),
    bool(
      'dry-run',
      false,
      "If true, print out the changes that would be made, but don't actually make them.",
    ),
    str('filename', '', 'Filename or URL to file to use to create the new controller.', {
      shorthand: 'f',
    }),
    str('image', '', 'Image to upgrade the controller to.  Can not be used with --filename/-f'),
    ...printFlags2015,
    str(
      'poll-interval',
      '3s',
      'Time delay between polling controller status after update. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".',
    ),
    str(
      'timeout',
      '5m0s',
      'Max time to wait for a controller to update before giving up. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".',
    ),
    str(
      'update-period',
      '1m0s',
      'Time to wait between updating pods. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".',
    ),
  ],
};

export const stop2015: CommandSpec = {
  name: 'stop',
  use: 'stop (-f FILENAME | RESOURCE (ID | -l label | --all))',
  short: 'Gracefully shut down a resource by id or filename.',
  long: raw(`
    Gracefully shut down a resource by id or filename.

    A replication controller is first resized to 0, so that its pods go away, and
    then deleted. Other resources are simply deleted.`),
  example: raw(`
    // Stop the replication controller todo and its pods.
    $ kubectl stop replicationcontroller todo

    // Stop the pods and services labelled name=redis-master.
    $ kubectl stop pods,services -l name=redis-master

    // Stop the resources described in redis-master.json.
    $ kubectl stop -f redis-master.json`),
  eras: ERA_2015,
  flags: [
    bool('all', false, '[-all] to select all the specified resources'),
    strSlice('filename', 'Filename, directory, or URL to file of resource(s) to be stopped', {
      shorthand: 'f',
    }),
    str('selector', '', 'Selector (label query) to filter on', { shorthand: 'l' }),
  ],
};

export const expose2015: CommandSpec = {
  name: 'expose',
  use: 'expose RESOURCE NAME --port=port [--protocol=TCP|UDP] [--target-port=number-or-name] [--service-name=name] [--public-ip=ip] [--create-external-load-balancer=bool]',
  short: 'Take a replicated application and expose it as Kubernetes Service',
  long: raw(`
    Take a replicated application and expose it as Kubernetes Service.

    Finds the replication controller or service of that name and gives a new
    service the same selector, serving on the port you name.`),
  example: raw(`
    // Create a service named todo for the controller todo, on port 80, sending traffic to port 8000.
    $ kubectl expose rc todo --port=80 --target-port=8000

    // Create a second service from the first one, on port 443, named todo-https.
    $ kubectl expose service todo --port=443 --target-port=8443 --service-name=todo-https`),
  eras: ERA_2015,
  flags: [
    str('container-port', '', 'Synonym for --target-port'),
    bool(
      'create-external-load-balancer',
      false,
      "If true, create an external load balancer for this service. Implementation is cloud provider dependent. Default is 'false'.",
    ),
    bool(
      'dry-run',
      false,
      'If true, only print the object that would be sent, without creating it.',
    ),
    str(
      'generator',
      'service/v1',
      "The name of the API generator to use.  Default is 'service/v1'.",
    ),
    str('labels', '', 'Labels to apply to the service created by this call.', { shorthand: 'l' }),
    ...printFlags2015,
    str(
      'overrides',
      '',
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
    ),
    int('port', -1, 'The port that the service should serve on. Required.'),
    str('protocol', 'TCP', "The network protocol for the service to be created. Default is 'tcp'."),
    str(
      'public-ip',
      '',
      'Name of a public IP address to set for the service. The service will be assigned this IP in addition to its generated service IP.',
    ),
    str(
      'selector',
      '',
      'A label selector to use for this service. If empty (the default) infer the selector from the replication controller.',
    ),
    str('service-name', '', 'The name for the newly created service.'),
    str(
      'target-port',
      '',
      'Name or number for the port on the container that the service should direct traffic to. Optional.',
    ),
  ],
};
