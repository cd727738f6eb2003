/** kubectl set: change one aspect of a live object; kubesim simulates `set image`. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  dryRun,
  fieldManager,
  kustomizeThe,
  printOutput,
  recursive,
  selector,
  showManagedFields,
  template,
} from '../common';
import { bool, strSlice } from '../flag';

export const setImage: CommandSpec = {
  name: 'image',
  use: 'image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
  short: 'Update the image of a pod template',
  long: longDesc(`
    Update existing container image(s) of resources.

    Possible resources include (case insensitive):

      pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`),
  example: examples(`
    # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
    kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1

    # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
    kubectl set image deployments,rc nginx=nginx:1.9.1 --all

    # Update image of all containers of daemonset abc to 'nginx:1.9.1'
    kubectl set image daemonset abc *=nginx:1.9.1

    # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
    kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all resources, in the namespace of the specified resource types'),
    allowMissingTemplateKeys,
    dryRun,
    fieldManager('kubectl-set'),
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    bool('local', false, 'If true, set image will NOT contact api-server but run locally.'),
    printOutput,
    recursive,
    selector,
    showManagedFields,
    template,
  ],
  args: [],
};

export const set: CommandSpec = {
  name: 'set',
  use: 'set SUBCOMMAND',
  short: 'Set specific features on objects',
  long: longDesc(`
    Configure application resources.

    These commands help you make changes to existing application resources.`),
  example: '',
  eras: ['modern'],
  flags: [],
  dispatchHelpTo: 'stderr',
  subcommands: [setImage],
};
