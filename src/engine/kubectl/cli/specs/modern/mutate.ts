/** kubectl edit, delete, apply and replace: changing and removing objects. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  dryRun,
  fieldSelector,
  kustomizeThe,
  printOutput,
  recursive,
  selector,
  showManagedFields,
  template,
  cascade,
  force,
  gracePeriod,
  kustomizeA,
  deleteTimeout,
  validate,
  saveConfig,
  allNamespaces,
  record,
  fieldManager,
} from '../common';
import { bool, int, str, strArray, strSlice } from '../flag';

export const edit: CommandSpec = {
  name: 'edit',
  use: 'edit (RESOURCE/NAME | -f FILENAME)',
  short: 'Edit a resource on the server',
  long: longDesc(`
    Edit a resource in your text editor and send the result back to the API server.

    kubectl fetches the latest version of the object, opens it as YAML (or JSON with -o json), and saves your changes when you close the editor. If the saved object is invalid, or someone else changed it in the meantime, the file is reopened with the error at the top so you can fix it or quit without saving.`),
  example: examples(`
    # Edit the service named web
    kubectl edit svc/web

    # Edit a replication controller in JSON
    kubectl edit rc/web -o json`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    str('field-manager', 'kubectl-edit', 'Name of the manager used to track field ownership.'),
    strSlice('filename', 'Filename, directory, or URL to files to use to edit the resource', {
      shorthand: 'f',
    }),
    kustomizeThe,
    printOutput,
    bool('output-patch', false, 'Output the patch if the resource is edited.'),
    recursive,
    saveConfig,
    showManagedFields,
    str(
      'subresource',
      '',
      'If specified, edit will operate on the subresource of the requested object. Must be one of [status]. This flag is beta and may change in the future.',
    ),
    template,
    validate,
    bool('windows-line-endings', false, 'Defaults to the line ending native to your platform.'),
    record,
  ],
};

export const deleteCmd: CommandSpec = {
  name: 'delete',
  use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  short:
    'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  long: longDesc(`
    Delete resources by file names, stdin, resources and names, or by resources and label selector.

    Name resources by type and name, by type and label selector (-l), or by the files that created them (-f). --all deletes every resource of the given types in the namespace.

    Pods are given a grace period to shut down: their containers receive SIGTERM, and are killed if they are still running when the period (30 seconds unless the pod sets another) runs out. --grace-period overrides it; --grace-period=0 --force removes the pod from the API at once, without waiting for its node to confirm that the containers have stopped.

    Deleting a controller also deletes the pods it owns, unless you pass --cascade=orphan.`),
  example: examples(`
    # Delete the pod named web-7x2kq
    kubectl delete pod web-7x2kq

    # Delete the resources described in web.yaml
    kubectl delete -f web.yaml

    # Delete the pods and services labelled app=web
    kubectl delete pods,services -l app=web

    # Delete a replication controller but keep its pods
    kubectl delete rc web --cascade=orphan

    # Delete a pod immediately, without waiting for it to stop
    kubectl delete pod web-7x2kq --grace-period=0 --force

    # Delete every pod in the current namespace
    kubectl delete pods --all`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Delete all resources, in the namespace of the specified resource types.'),
    allNamespaces,
    cascade,
    dryRun,
    fieldSelector,
    strSlice('filename', 'containing the resource to delete.', { shorthand: 'f' }),
    force,
    gracePeriod,
    bool(
      'ignore-not-found',
      false,
      'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.',
    ),
    bool('interactive', false, 'If true, delete resource only when user confirms.', {
      shorthand: 'i',
    }),
    kustomizeA,
    bool(
      'now',
      false,
      'If true, resources are signaled for immediate shutdown (same as --grace-period=1).',
    ),
    str('output', '', 'Output mode. Use "-o name" for shorter output (resource/name).', {
      shorthand: 'o',
    }),
    str(
      'raw',
      '',
      'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.',
    ),
    recursive,
    selector,
    deleteTimeout,
    bool(
      'wait',
      true,
      'If true, wait for resources to be gone before returning. This waits for finalizers.',
    ),
  ],
  suggestFor: ['rm', 'stop'],
};

export const apply: CommandSpec = {
  name: 'apply',
  use: 'apply (-f FILENAME | -k DIRECTORY)',
  short: 'Apply a configuration to a resource by file name or stdin',
  long: longDesc(`
    Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet.

    JSON and YAML formats are accepted. kubectl remembers the configuration it applied in an annotation, so that the next apply can tell which fields you removed from your file.`),
  example: examples(`
    # Apply the configuration in pod.json
    kubectl apply -f pod.json

    # Apply the YAML passed on stdin
    cat web.yaml | kubectl apply -f -

    # Apply every manifest in a directory
    kubectl apply -f manifests/`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all resources in the namespace of the specified resource types.'),
    allowMissingTemplateKeys,
    cascade,
    dryRun,
    str(
      'field-manager',
      'kubectl-client-side-apply',
      'Name of the manager used to track field ownership.',
    ),
    strSlice('filename', 'The files that contain the configurations to apply.', { shorthand: 'f' }),
    force,
    bool(
      'force-conflicts',
      false,
      'If true, server-side apply will force the changes against conflicts.',
    ),
    gracePeriod,
    kustomizeA,
    bool(
      'openapi-patch',
      true,
      'If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.',
    ),
    printOutput,
    bool(
      'overwrite',
      true,
      'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration',
    ),
    bool(
      'prune',
      false,
      'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
    ),
    strArray(
      'prune-allowlist',
      'Overwrite the default allowlist with <group/version/kind> for --prune',
    ),
    recursive,
    selector,
    bool('server-side', false, 'If true, apply runs in the server instead of the client.'),
    showManagedFields,
    template,
    deleteTimeout,
    validate,
    bool(
      'wait',
      false,
      'If true, wait for resources to be gone before returning. This waits for finalizers.',
    ),
    record,
  ],
  args: [{ max: 0, message: 'Unexpected args: %v', kind: 'usage' }],
};

export const diff: CommandSpec = {
  name: 'diff',
  use: 'diff -f FILENAME',
  short: 'Diff the live version against a would-be applied version',
  long: longDesc(`
    Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.

    The output is always YAML. kubectl asks the API server for a dry run of the apply, writes the live and the merged versions of each object to two temporary directories, and compares them with "diff -u -N".

    Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.`),
  example: examples(`
    # Diff resources included in pod.json
    kubectl diff -f pod.json

    # Diff file read from stdin
    cat service.yaml | kubectl diff -f -`),
  eras: ['modern'],
  flags: [
    int(
      'concurrency',
      1,
      'Number of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time.',
    ),
    str(
      'field-manager',
      'kubectl-client-side-apply',
      'Name of the manager used to track field ownership.',
    ),
    strSlice(
      'filename',
      'Filename, directory, or URL to files contains the configuration to diff',
      { shorthand: 'f' },
    ),
    bool(
      'force-conflicts',
      false,
      'If true, server-side apply will force the changes against conflicts.',
    ),
    kustomizeThe,
    bool(
      'prune',
      false,
      'Include resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned',
    ),
    strArray(
      'prune-allowlist',
      'Overwrite the default allowlist with <group/version/kind> for --prune',
    ),
    recursive,
    selector,
    bool('server-side', false, 'If true, apply runs in the server instead of the client.'),
    bool('show-managed-fields', false, 'If true, include managed fields in the diff.'),
  ],
  args: [{ max: 0, message: 'Unexpected args: %v', kind: 'usage' }],
};

export const replace: CommandSpec = {
  name: 'replace',
  use: 'replace -f FILENAME',
  short: 'Replace a resource by file name or stdin',
  long: longDesc(`
    Replace a resource by file name or stdin.

    JSON and YAML formats are accepted. The file is sent as the whole new object (an HTTP PUT): a field the file leaves out is gone from the object afterwards, so start from the live object, as "kubectl get TYPE NAME -o yaml" prints it, and change what you need.

    When the file holds metadata.resourceVersion, the API server refuses the replacement if the object has changed since that version (a Conflict): fetch it again and redo your change. Without one, kubectl sends the live object's version and overwrites whatever changed meanwhile.

    --force deletes the object, waits until it is gone, and creates it from the file: the way to change fields the API server does not let you update.`),
  example: examples(`
    # Replace the pod described in pod.yaml
    kubectl replace -f pod.yaml

    # Replace the object passed on stdin
    cat pod.json | kubectl replace -f -

    # Ask the API server whether it would accept the replacement, without saving it
    kubectl replace -f pod.yaml --dry-run=server

    # Delete the pod and create it again from the file
    kubectl replace --force -f pod.yaml`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    cascade,
    dryRun,
    fieldManager('replace'),
    strSlice('filename', 'to use to replace the resource.', { shorthand: 'f' }),
    force,
    gracePeriod,
    kustomizeA,
    printOutput,
    str(
      'raw',
      '',
      'Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.',
    ),
    recursive,
    saveConfig,
    showManagedFields,
    str(
      'subresource',
      '',
      'If specified, replace will operate on the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future.',
    ),
    template,
    deleteTimeout,
    validate,
    bool(
      'wait',
      false,
      'If true, wait for resources to be gone before returning. This waits for finalizers.',
    ),
    record,
  ],
};
