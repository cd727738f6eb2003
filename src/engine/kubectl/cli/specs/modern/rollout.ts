/** kubectl rollout and its subcommands: watching, pausing and undoing rollouts. */
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
  fieldManagerRollout,
} from '../common';
import { bool, duration, int, strSlice } from '../flag';

export const rolloutHistory: CommandSpec = {
  name: 'history',
  use: 'history (TYPE NAME | TYPE/NAME) [flags]',
  short: 'View rollout history',
  long: longDesc(`
    View previous rollout revisions and configurations.`),
  example: examples(`
    # View the rollout history of a deployment
    kubectl rollout history deployment/web

    # View the details of revision 2
    kubectl rollout history deployment/web --revision=2`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    int('revision', 0, 'See the details, including podTemplate of the revision specified'),
    selector,
    showManagedFields,
    template,
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rolloutPause: CommandSpec = {
  name: 'pause',
  use: 'pause RESOURCE',
  short: 'Mark the provided resource as paused',
  long: longDesc(`
    Mark the provided resource as paused.

    A paused deployment is not rolled out when its pod template changes, so several changes can be made and then rolled out together with rollout resume.`),
  example: examples(`
    # Pause a deployment while you change it
    kubectl rollout pause deployment/web`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    fieldManagerRollout,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    selector,
    showManagedFields,
    template,
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rolloutRestart: CommandSpec = {
  name: 'restart',
  use: 'restart RESOURCE',
  short: 'Restart a resource',
  long: longDesc(`
    Restart a resource.

    The pods are replaced by a normal rolling update, triggered by a new annotation in the pod template.`),
  example: examples(`
    # Restart the pods of a deployment
    kubectl rollout restart deployment/web

    # Restart every deployment labelled app=web
    kubectl rollout restart deployment --selector=app=web`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    fieldManagerRollout,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    selector,
    showManagedFields,
    template,
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rolloutResume: CommandSpec = {
  name: 'resume',
  use: 'resume RESOURCE',
  short: 'Resume a paused resource',
  long: longDesc(`
    Resume a paused resource.

    Changes made while the resource was paused are rolled out now.`),
  example: examples(`
    # Resume a paused deployment
    kubectl rollout resume deployment/web`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    fieldManagerRollout,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    selector,
    showManagedFields,
    template,
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rolloutStatus: CommandSpec = {
  name: 'status',
  use: 'status (TYPE NAME | TYPE/NAME) [flags]',
  short: 'Show the status of the rollout',
  long: longDesc(`
    Show the status of the rollout.

    By default the command watches the rollout until it finishes; use --watch=false to print the status once. With --revision, it waits for that revision only.`),
  example: examples(`
    # Watch the rollout of a deployment until it finishes
    kubectl rollout status deployment/web`),
  eras: ['modern'],
  flags: [
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    recursive,
    int(
      'revision',
      0,
      'Pin to a specific revision for showing its status. Defaults to 0 (last revision).',
    ),
    selector,
    duration(
      'timeout',
      '0s',
      'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).',
    ),
    bool('watch', true, "Watch the status of the rollout until it's done.", { shorthand: 'w' }),
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rolloutUndo: CommandSpec = {
  name: 'undo',
  use: 'undo (TYPE NAME | TYPE/NAME) [flags]',
  short: 'Undo a previous rollout',
  long: longDesc(`
    Roll back to a previous rollout.`),
  example: examples(`
    # Roll back to the previous revision
    kubectl rollout undo deployment/web

    # Roll back to revision 3
    kubectl rollout undo deployment/web --to-revision=3`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    dryRun,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    printOutput,
    recursive,
    selector,
    showManagedFields,
    template,
    int('to-revision', 0, 'The revision to rollback to. Default to 0 (last revision).'),
  ],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      message: 'required resource not specified',
      kind: 'plain',
    },
  ],
};

export const rollout: CommandSpec = {
  name: 'rollout',
  use: 'rollout SUBCOMMAND',
  short: 'Manage the rollout of a resource',
  long: longDesc(`
    Manage the rollout of one or many resources.

    Valid resource types include:

    * deployments
    * daemonsets
    * statefulsets`),
  example: examples(`
    # Roll back to the previous deployment
    kubectl rollout undo deployment/web

    # Check the rollout status of a deployment
    kubectl rollout status deployment/web

    # Restart the pods of a deployment
    kubectl rollout restart deployment/web`),
  eras: ['modern'],
  flags: [],
  dispatchHelpTo: 'stdout',
  subcommands: [
    rolloutHistory,
    rolloutPause,
    rolloutRestart,
    rolloutResume,
    rolloutStatus,
    rolloutUndo,
  ],
};
