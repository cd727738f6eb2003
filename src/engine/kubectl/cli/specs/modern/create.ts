/** kubectl create and the generators students use most (deployment, namespace, service). */
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
  validate,
  saveConfig,
  fieldManagerCreate,
  record,
} from '../common';
import { bool, int, str, strSlice } from '../flag';

export const createDeployment: CommandSpec = {
  name: 'deployment',
  aliases: ['deploy'],
  use: 'deployment NAME --image=image -- [COMMAND] [args...]',
  short: 'Create a deployment with the specified name',
  long: longDesc(`
    Create a deployment with the specified name.`),
  example: examples(`
    # Create a deployment named web that runs the nginx image
    kubectl create deployment web --image=nginx

    # Create a deployment with three replicas and a container port
    kubectl create deployment web --image=nginx --replicas=3 --port=80`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    dryRun,
    fieldManagerCreate,
    strSlice(
      'image',
      'Image names to run. A deployment can have multiple images set for multi-container pod.',
      { required: true },
    ),
    printOutput,
    int('port', -1, 'The containerPort that this deployment exposes.', { bits: 32 }),
    int('replicas', 1, 'Number of replicas to create. Default is 1.', { shorthand: 'r', bits: 32 }),
    saveConfig,
    showManagedFields,
    template,
    validate,
  ],
  args: [{ min: 1, max: 1, message: 'exactly one NAME is required, got %d', kind: 'usage' }],
};

export const createNamespace: CommandSpec = {
  name: 'namespace',
  aliases: ['ns'],
  use: 'namespace NAME [--dry-run=server|client|none]',
  short: 'Create a namespace with the specified name',
  long: longDesc(`
    Create a namespace with the specified name.`),
  example: examples(`
    # Create a namespace named staging
    kubectl create namespace staging`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    dryRun,
    fieldManagerCreate,
    printOutput,
    saveConfig,
    showManagedFields,
    template,
    validate,
  ],
  args: [{ min: 1, max: 1, message: 'exactly one NAME is required, got %d', kind: 'usage' }],
};

export const createServiceClusterip: CommandSpec = {
  name: 'clusterip',
  use: 'clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]',
  short: 'Create a ClusterIP service',
  long: longDesc(`
    Create a ClusterIP service with the specified name.`),
  example: examples(`
    # Create a ClusterIP service named web that forwards port 80 to port 8080
    kubectl create service clusterip web --tcp=80:8080

    # Create a headless service named db
    kubectl create service clusterip db --clusterip="None"`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    str(
      'clusterip',
      '',
      "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).",
    ),
    dryRun,
    fieldManagerCreate,
    printOutput,
    saveConfig,
    showManagedFields,
    strSlice('tcp', "Port pairs can be specified as '<port>:<targetPort>'."),
    template,
    validate,
  ],
  args: [{ min: 1, max: 1, message: 'exactly one NAME is required, got %d', kind: 'usage' }],
};

export const createServiceNodeport: CommandSpec = {
  name: 'nodeport',
  use: 'nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none]',
  short: 'Create a NodePort service',
  long: longDesc(`
    Create a NodePort service with the specified name.`),
  example: examples(`
    # Create a NodePort service named web, reachable on every node's port 30080
    kubectl create service nodeport web --tcp=80:8080 --node-port=30080`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    dryRun,
    fieldManagerCreate,
    int('node-port', 0, 'Port used to expose the service on each node in a cluster.'),
    printOutput,
    saveConfig,
    showManagedFields,
    strSlice('tcp', "Port pairs can be specified as '<port>:<targetPort>'."),
    template,
    validate,
  ],
  args: [{ min: 1, max: 1, message: 'exactly one NAME is required, got %d', kind: 'usage' }],
};

export const createService: CommandSpec = {
  name: 'service',
  aliases: ['svc'],
  use: 'service [flags]',
  short: 'Create a service using a specified subcommand',
  long: longDesc(`
    Create a service using a specified subcommand.`),
  eras: ['modern'],
  flags: [],
  dispatchHelpTo: 'stderr',
  subcommands: [createServiceClusterip, createServiceNodeport],
};

export const create: CommandSpec = {
  name: 'create',
  use: 'create -f FILENAME',
  short: 'Create a resource from a file or from stdin',
  long: longDesc(`
    Create a resource from a file or from stdin.

    JSON and YAML formats are accepted; a file may hold several objects. The command fails if an object of the same kind and name already exists (use apply to create or update).`),
  example: examples(`
    # Create the pod described in pod.json
    kubectl create -f pod.json

    # Create the objects in a YAML file passed on stdin
    cat web.yaml | kubectl create -f -`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    dryRun,
    bool('edit', false, 'Edit the API resource before creating'),
    fieldManagerCreate,
    strSlice('filename', 'Filename, directory, or URL to files to use to create the resource', {
      shorthand: 'f',
    }),
    kustomizeThe,
    printOutput,
    str(
      'raw',
      '',
      'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
    ),
    recursive,
    saveConfig,
    selector,
    showManagedFields,
    template,
    validate,
    bool(
      'windows-line-endings',
      false,
      'Only relevant if --edit=true. Defaults to the line ending native to your platform.',
    ),
    record,
  ],
  subcommands: [createDeployment, createNamespace, createService],
  args: [{ max: 0, message: 'Unexpected args: %v', kind: 'usage' }],
};
