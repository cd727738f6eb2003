/** kubectl get and explain: reading objects and their schema. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import {
  allowMissingTemplateKeys,
  fieldSelector,
  kustomizeThe,
  recursive,
  selector,
  showManagedFields,
  template,
  noHeaders,
  allNamespaces,
  chunkSize,
} from '../common';
import { bool, str, strSlice } from '../flag';

export const get: CommandSpec = {
  name: 'get',
  use: 'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  short: 'Display one or many resources',
  long: longDesc(`
    Display one or many resources.

    Prints a table of the most useful fields of the resources you name. Narrow a list down with a label selector (-l, --selector) or a field selector. Namespaced resources are listed from the current namespace unless you name another one with -n or ask for every namespace with -A.

    Choose another output format with -o: wide adds columns such as the node a pod runs on, json and yaml print whole objects, name prints type/name pairs, and jsonpath or custom-columns pick out single fields.`),
  example: examples(`
    # List the pods in the current namespace
    kubectl get pods

    # List pods with their IP address and node
    kubectl get pods -o wide

    # List the pods labelled app=web, in every namespace
    kubectl get pods -l app=web --all-namespaces

    # Show one replication controller as YAML
    kubectl get rc web -o yaml

    # List replication controllers and services together
    kubectl get rc,services

    # Print only the phase of a pod
    kubectl get pod web-7x2kq -o jsonpath='{.status.phase}'

    # Keep watching pods and print each change
    kubectl get pods --watch`),
  eras: ['modern'],
  flags: [
    allNamespaces,
    allowMissingTemplateKeys,
    chunkSize,
    fieldSelector,
    strSlice(
      'filename',
      'Filename, directory, or URL to files identifying the resource to get from a server.',
      { shorthand: 'f' },
    ),
    bool(
      'ignore-not-found',
      false,
      'If the requested object does not exist the command will return exit code 0.',
    ),
    kustomizeThe,
    strSlice(
      'label-columns',
      'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...',
      { shorthand: 'L' },
    ),
    noHeaders,
    str(
      'output',
      '',
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].',
      { shorthand: 'o' },
    ),
    bool(
      'output-watch-events',
      false,
      'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
    ),
    str(
      'raw',
      '',
      'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.',
    ),
    recursive,
    selector,
    bool(
      'server-print',
      true,
      'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.',
    ),
    bool('show-kind', false, 'If present, list the resource type for the requested object(s).'),
    bool(
      'show-labels',
      false,
      'When printing, show all labels as the last column (default hide labels column)',
    ),
    showManagedFields,
    str(
      'sort-by',
      '',
      "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.",
    ),
    str(
      'subresource',
      '',
      'If specified, gets the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future.',
    ),
    template,
    bool('watch', false, 'After listing/getting the requested object, watch for changes.', {
      shorthand: 'w',
    }),
    bool(
      'watch-only',
      false,
      'Watch for changes to the requested object(s), without listing/getting first.',
    ),
  ],
  suggestFor: ['list', 'ps'],
  args: [
    {
      min: 1,
      unlessSet: ['filename', 'kustomize'],
      preamble:
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n',
      message:
        'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
      kind: 'usage',
    },
  ],
};

export const explain: CommandSpec = {
  name: 'explain',
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [--output=plaintext|plaintext-openapiv2]',
  short: 'Get documentation for a resource',
  long: longDesc(`
    Describe the fields of a resource, as the API server's schema documents them.

    Name a resource type to see its fields, or follow a dotted path to one field (pods.spec.containers). Each field is shown with its type and a description; --recursive lists the whole tree of field names without descriptions.`),
  example: examples(`
    # Explain the pod resource
    kubectl explain pods

    # Explain one field of a pod's spec
    kubectl explain pods.spec.restartPolicy

    # List every field of a replication controller
    kubectl explain rc --recursive`),
  eras: ['modern'],
  flags: [
    str('api-version', '', 'Use given api-version (group/version) of the resource.'),
    str(
      'output',
      'plaintext',
      'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).',
    ),
    bool(
      'recursive',
      false,
      'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.',
    ),
  ],
  args: [
    {
      min: 1,
      message:
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
      kind: 'plain',
    },
  ],
};
