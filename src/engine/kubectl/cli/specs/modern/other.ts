/** The commands kubectl lists under "Other Commands": api-resources, api-versions, config, version. */
import type { CommandSpec } from '../../types';
import { examples, longDesc } from '../../help/text';
import { allowMissingTemplateKeys, showManagedFields, template, noHeaders } from '../common';
import { bool, str, strSlice } from '../flag';

export const apiResources: CommandSpec = {
  name: 'api-resources',
  use: 'api-resources [flags]',
  short: 'Print the supported API resources on the server',
  long: longDesc(`
    Print the supported API resources on the server.`),
  example: examples(`
    # Print the supported API resources
    kubectl api-resources

    # Print the supported API resources with more information
    kubectl api-resources -o wide

    # Print the namespaced resources of the core API group
    kubectl api-resources --namespaced=true --api-group=''`),
  eras: ['modern'],
  flags: [
    str('api-group', '', 'Limit to resources in the specified API group.'),
    bool('cached', false, 'Use the cached list of resources if available.'),
    strSlice('categories', 'Limit to resources that belong to the specified categories.'),
    bool(
      'namespaced',
      true,
      'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
    ),
    noHeaders,
    str('output', '', 'Output format. One of: (wide, name).', { shorthand: 'o' }),
    str(
      'sort-by',
      '',
      "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    ),
    strSlice('verbs', 'Limit to resources that support the specified verbs.'),
  ],
  args: [{ max: 0, message: 'unexpected arguments: %v', kind: 'usage' }],
};

export const apiVersions: CommandSpec = {
  name: 'api-versions',
  use: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: longDesc(`
    Print the supported API versions on the server, in the form of "group/version".`),
  example: examples(`
    # Print the supported API versions
    kubectl api-versions`),
  eras: ['modern'],
  flags: [],
  args: [{ max: 0, message: 'unexpected arguments: %v', kind: 'usage' }],
};

export const configCurrentContext: CommandSpec = {
  name: 'current-context',
  use: 'current-context [flags]',
  short: 'Display the current-context',
  long: longDesc(`
    Display the current-context.`),
  example: examples(`
    # Display the current-context
    kubectl config current-context`),
  eras: ['modern'],
  flags: [],
};

export const configGetContexts: CommandSpec = {
  name: 'get-contexts',
  use: 'get-contexts [(-o|--output=)name)]',
  short: 'Describe one or many contexts',
  long: longDesc(`
    Display one or many contexts from the kubeconfig file.`),
  example: examples(`
    # List all the contexts in your kubeconfig file
    kubectl config get-contexts

    # Describe one context in your kubeconfig file
    kubectl config get-contexts my-context`),
  eras: ['modern'],
  flags: [noHeaders, str('output', '', 'Output format. One of: (name).', { shorthand: 'o' })],
};

export const configView: CommandSpec = {
  name: 'view',
  use: 'view [flags]',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  long: longDesc(`
    Display merged kubeconfig settings or a specified kubeconfig file.

    You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`),
  example: examples(`
    # Show merged kubeconfig settings
    kubectl config view

    # Show only the settings the current context uses
    kubectl config view --minify

    # Print the name of the current user
    kubectl config view -o jsonpath='{.contexts[0].context.user}'`),
  eras: ['modern'],
  flags: [
    allowMissingTemplateKeys,
    bool(
      'flatten',
      false,
      'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)',
    ),
    bool('merge', true, 'Merge the full hierarchy of kubeconfig files'),
    bool('minify', false, 'Remove all information not used by current-context from the output'),
    str(
      'output',
      'yaml',
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
      { shorthand: 'o' },
    ),
    bool('raw', false, 'Display raw byte data and sensitive data'),
    showManagedFields,
    template,
  ],
  args: [{ max: 0, message: 'unexpected arguments: %v', kind: 'usage' }],
};

export const config: CommandSpec = {
  name: 'config',
  use: 'config SUBCOMMAND',
  short: 'Modify kubeconfig files',
  long: longDesc(`
    Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

    kubectl reads its clusters, users and contexts from the file named by --kubeconfig, else from the files listed in the KUBECONFIG environment variable, else from \${HOME}/.kube/config.`),
  eras: ['modern'],
  flags: [],
  dispatchHelpTo: 'stderr',
  subcommands: [configCurrentContext, configGetContexts, configView],
};

export const version: CommandSpec = {
  name: 'version',
  use: 'version [flags]',
  short: 'Print the client and server version information',
  long: longDesc(`
    Print the client and server version information for the current context.`),
  example: examples(`
    # Print the client and server versions
    kubectl version

    # Print the client version only
    kubectl version --client`),
  eras: ['modern'],
  flags: [
    bool('client', false, 'If true, shows client version only (no server required).'),
    str('output', '', "One of 'yaml' or 'json'.", { shorthand: 'o' }),
  ],
  args: [{ max: 0, message: 'extra arguments: %v', kind: 'plain' }],
};

/**
 * `kubectl options` prints the global flags; kubectl's root help points every reader to it,
 * so kubesim has it too (its text is rendered by renderHelp(['options'])).
 */
export const options: CommandSpec = {
  name: 'options',
  use: 'options',
  short: 'Print the list of flags inherited by all commands',
  long: longDesc(`
    Print the list of flags inherited by all commands`),
  example: examples(`
    # Print flags inherited by all commands
    kubectl options`),
  eras: ['modern'],
  flags: [],
};
