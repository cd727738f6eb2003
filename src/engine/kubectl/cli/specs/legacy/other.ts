/** 2015 kubectl's remaining commands: config (view), cluster-info, api-versions, version. */
import type { CommandSpec } from '../../types';
import { raw } from '../../help/text';
import { bool } from '../flag';
import { printFlags2015 } from './basic';

const ERA_2015: CommandSpec['eras'] = ['2015'];

export const configView2015: CommandSpec = {
  name: 'view',
  use: 'view',
  short: 'displays Merged kubeconfig settings or a specified kubeconfig file.',
  long: raw(`
    displays Merged kubeconfig settings or a specified kubeconfig file.

    With --output=template and --template you can print single values.`),
  example: raw(`
    // Show the merged kubeconfig settings.
    $ kubectl config view

    // Show the settings of the kubeconfig file in the current directory only.
    $ kubectl config view --local`),
  eras: ERA_2015,
  flags: [
    bool(
      'flatten',
      false,
      'flatten the resulting kubeconfig file into self contained output (useful for creating portable kubeconfig files)',
    ),
    bool('merge', true, 'merge together the full hierarchy of kubeconfig files'),
    bool('minify', false, 'remove all information not used by current-context from the output'),
    ...printFlags2015,
    bool('raw', false, 'display raw byte data'),
  ],
};

export const config2015: CommandSpec = {
  name: 'config',
  use: 'config SUBCOMMAND',
  short: 'config modifies kubeconfig files',
  long: raw(`
    config modifies kubeconfig files using subcommands like "kubectl config set current-context my-context"`),
  eras: ERA_2015,
  flags: [],
  subcommands: [configView2015],
  dispatchHelpTo: 'stdout',
};

export const clusterInfo2015: CommandSpec = {
  name: 'cluster-info',
  use: 'cluster-info',
  short: 'Display cluster info',
  long: raw(`
    Display addresses of the master and services with label kubernetes.io/cluster-service=true`),
  eras: ERA_2015,
  flags: [],
};

export const apiVersions2015: CommandSpec = {
  name: 'api-versions',
  use: 'api-versions',
  short: 'Print available API versions.',
  eras: ERA_2015,
  flags: [],
};

export const version2015: CommandSpec = {
  name: 'version',
  use: 'version',
  short: 'Print the client and server version information.',
  eras: ERA_2015,
  flags: [bool('client', false, 'Client version only (no server required).', { shorthand: 'c' })],
};
