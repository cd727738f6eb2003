/**
 * Flags many modern kubectl commands share (cli-runtime's print, filename and delete flags),
 * with kubectl v1.31's usage lines.
 */
import type { FlagSpec } from '../types';
import { bool, duration, int, str, strSlice } from './flag';

export const allowMissingTemplateKeys: FlagSpec = bool(
  'allow-missing-template-keys',
  true,
  'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
);
export const dryRun: FlagSpec = str(
  'dry-run',
  'none',
  'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
  { noOptDefault: 'unchanged' },
);
export const fieldSelector: FlagSpec = str(
  'field-selector',
  '',
  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
);
export const kustomizeThe: FlagSpec = str(
  'kustomize',
  '',
  "Process the kustomization directory. This flag can't be used together with -f or -R.",
  { shorthand: 'k' },
);
export const printOutput: FlagSpec = str(
  'output',
  '',
  'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  { shorthand: 'o' },
);
export const recursive: FlagSpec = bool(
  'recursive',
  false,
  'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
  { shorthand: 'R' },
);
export const selector: FlagSpec = str(
  'selector',
  '',
  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
  { shorthand: 'l' },
);
export const showManagedFields: FlagSpec = bool(
  'show-managed-fields',
  false,
  'If true, keep the managedFields when printing objects in JSON or YAML format.',
);
export const template: FlagSpec = str(
  'template',
  '',
  'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
);
export const noHeaders: FlagSpec = bool(
  'no-headers',
  false,
  "When using the default or custom-column output format, don't print headers (default print headers).",
);
export const cascade: FlagSpec = str(
  'cascade',
  'background',
  'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.',
  { noOptDefault: 'background' },
);
export const force: FlagSpec = bool(
  'force',
  false,
  'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
);
export const gracePeriod: FlagSpec = int(
  'grace-period',
  -1,
  'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).',
);
export const kustomizeA: FlagSpec = str(
  'kustomize',
  '',
  "Process a kustomization directory. This flag can't be used together with -f or -R.",
  { shorthand: 'k' },
);
export const deleteTimeout: FlagSpec = duration(
  'timeout',
  '0s',
  'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object',
);
export const validate: FlagSpec = str(
  'validate',
  'strict',
  'Must be one of: strict (or true), warn, ignore (or false). \t\t"true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \t\t"warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. \t\t"false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
  { noOptDefault: 'strict' },
);
export const saveConfig: FlagSpec = bool(
  'save-config',
  false,
  'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
);
export const fieldManagerCreate: FlagSpec = str(
  'field-manager',
  'kubectl-create',
  'Name of the manager used to track field ownership.',
);
export const allNamespaces: FlagSpec = bool(
  'all-namespaces',
  false,
  'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
  { shorthand: 'A' },
);
export const chunkSize: FlagSpec = int(
  'chunk-size',
  500,
  'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.',
);
export const fieldManagerRollout: FlagSpec = str(
  'field-manager',
  'kubectl-rollout',
  'Name of the manager used to track field ownership.',
);

/** `--record` is gone from kubectl's help but still accepted, with a deprecation notice. */
export const record: FlagSpec = bool(
  'record',
  false,
  'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.',
  { hidden: true, deprecated: '--record will be removed in the future' },
);

/** `-f, --filename`, whose usage line each command words for itself. */
export const filename = (usage: string): FlagSpec =>
  strSlice('filename', usage, { shorthand: 'f' });

/** `--field-manager`, whose default names the command (`kubectl-label`, …). */
export const fieldManager = (command: string): FlagSpec =>
  str('field-manager', `kubectl-${command}`, 'Name of the manager used to track field ownership.');
