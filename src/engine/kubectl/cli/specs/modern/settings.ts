/** Settings commands: label and annotate. */
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
  record,
} from '../common';
import { bool, str, strSlice } from '../flag';

export const label: CommandSpec = {
  name: 'label',
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  short: 'Update the labels on a resource',
  long: longDesc(`
    Update the labels on a resource.

    A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each. Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.

    If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.

    If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`),
  example: examples(`
    # Add the label tier=frontend to a pod
    kubectl label pods web-7x2kq tier=frontend

    # Change an existing label
    kubectl label --overwrite pods web-7x2kq tier=backend

    # Label every pod in the namespace
    kubectl label pods --all status=checked

    # Remove the label tier
    kubectl label pods web-7x2kq tier-`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all resources, in the namespace of the specified resource types'),
    bool('all-namespaces', false, 'If true, check the specified action in all namespaces.', {
      shorthand: 'A',
    }),
    allowMissingTemplateKeys,
    dryRun,
    str('field-manager', 'kubectl-label', 'Name of the manager used to track field ownership.'),
    fieldSelector,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to update the labels',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    bool('list', false, 'If true, display the labels for a given resource.'),
    bool('local', false, 'If true, label will NOT contact api-server but run locally.'),
    printOutput,
    bool(
      'overwrite',
      false,
      'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.',
    ),
    recursive,
    str(
      'resource-version',
      '',
      'If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
    ),
    selector,
    showManagedFields,
    template,
    record,
  ],
};

export const annotate: CommandSpec = {
  name: 'annotate',
  use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  short: 'Update the annotations on a resource',
  long: longDesc(`
    Update the annotations on one or more resources.

    Annotations are key/value pairs that can hold larger, non-identifying data than labels, such as descriptions or tool settings. They are not used to select objects.

    If --overwrite is true, then existing annotations can be overwritten, otherwise attempting to overwrite an annotation will result in an error.

    If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`),
  example: examples(`
    # Annotate a pod with a description
    kubectl annotate pods web-7x2kq description='serves the front page'

    # Replace an existing annotation
    kubectl annotate --overwrite pods web-7x2kq description='retired'

    # Remove the annotation description
    kubectl annotate pods web-7x2kq description-`),
  eras: ['modern'],
  flags: [
    bool('all', false, 'Select all resources, in the namespace of the specified resource types.'),
    bool('all-namespaces', false, 'If true, check the specified action in all namespaces.', {
      shorthand: 'A',
    }),
    allowMissingTemplateKeys,
    dryRun,
    str('field-manager', 'kubectl-annotate', 'Name of the manager used to track field ownership.'),
    fieldSelector,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to update the annotation',
      { shorthand: 'f' },
    ),
    kustomizeThe,
    bool('list', false, 'If true, display the annotations for a given resource.'),
    bool('local', false, 'If true, annotation will NOT contact api-server but run locally.'),
    printOutput,
    bool(
      'overwrite',
      false,
      'If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.',
    ),
    recursive,
    str(
      'resource-version',
      '',
      'If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.',
    ),
    selector,
    showManagedFields,
    template,
    record,
  ],
};
