/**
 * Pods and pod specs (ValidatePodSpec, validatePodMetadataAndSpec, ValidatePodTemplateSpec),
 * in the order Kubernetes reports: volumes, containers, init containers, host-network ports,
 * restart and DNS policy, node selector, names, deadlines, tolerations.
 */
import type { Pod, PodSpec, PodTemplateSpec } from '../../types';
import { invalid, notSupported, required, type FieldError } from '../field';
import {
  validateContainers,
  validateContainersOnlyForPod,
  validateInitContainers,
} from './container';
import { validateAnnotations, validateLabels } from './labels';
import { inclusiveRangeError, nameIsDNSSubdomain, validateDNS1123Label } from './names';
import { validateObjectMeta } from './objectMeta';
import type { ValidationOptions } from './options';
import { validateTolerations } from './tolerations';
import { validateVolumes } from './volumes';

const MAX_INT32 = 2147483647;
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

export interface PodSpecOptions {
  era: ValidationOptions['era'];
  /** The spec belongs to a Pod, not a template (host ports must then be filled in). */
  resourceIsPod: boolean;
}

function validateChoice(value: string | undefined, allowed: string[], path: string): FieldError[] {
  if (!value) return [required(path)];
  return allowed.includes(value) ? [] : [notSupported(path, value, allowed)];
}

/** With hostNetwork, a pod's host ports are its container ports (templates may leave them 0). */
function validateHostNetworkPorts(
  spec: PodSpec,
  path: string,
  resourceIsPod: boolean,
): FieldError[] {
  if (!spec.hostNetwork) return [];
  const errs: FieldError[] = [];
  (spec.containers ?? []).forEach((c, i) =>
    (c.ports ?? []).forEach((port, j) => {
      const hostPort = port.hostPort ?? 0;
      if ((resourceIsPod || hostPort !== 0) && hostPort !== port.containerPort)
        errs.push(
          invalid(
            `${path}.containers[${i}].ports[${j}].hostPort`,
            hostPort,
            'must match `containerPort` when `hostNetwork` is true',
          ),
        );
    }),
  );
  return errs;
}

export function validatePodSpec(spec: PodSpec, path: string, opts: PodSpecOptions): FieldError[] {
  const { valid: volumes, errors } = validateVolumes(spec.volumes, `${path}.volumes`);
  const errs = [...errors];
  errs.push(...validateContainers(spec.containers, volumes, `${path}.containers`, opts.era));
  errs.push(
    ...validateInitContainers(
      spec.initContainers,
      spec.containers,
      volumes,
      `${path}.initContainers`,
      opts.era,
    ),
  );
  errs.push(...validateHostNetworkPorts(spec, path, opts.resourceIsPod));
  errs.push(...validateChoice(spec.restartPolicy, RESTART_POLICIES, `${path}.restartPolicy`));
  errs.push(...validateChoice(spec.dnsPolicy, DNS_POLICIES, `${path}.dnsPolicy`));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  for (const key of ['serviceAccountName', 'nodeName'] as const) {
    const value = spec[key];
    if (value)
      for (const msg of nameIsDNSSubdomain(value, false))
        errs.push(invalid(`${path}.${key}`, value, msg));
  }
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32))
    errs.push(
      invalid(`${path}.activeDeadlineSeconds`, deadline, inclusiveRangeError(1, MAX_INT32)),
    );
  if (spec.hostname) errs.push(...validateDNS1123Label(spec.hostname, `${path}.hostname`));
  if (spec.subdomain) errs.push(...validateDNS1123Label(spec.subdomain, `${path}.subdomain`));
  if (spec.tolerations?.length)
    errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  return errs;
}

/** A Pod on create (and, with the update checks, on update). */
export function validatePod(pod: Pod, opts: ValidationOptions): FieldError[] {
  const spec = pod.spec ?? ({ containers: [] } as PodSpec);
  return [
    ...validateObjectMeta(pod.metadata, {
      namespaced: true,
      nameFn: nameIsDNSSubdomain,
      legacyNames: opts.legacyNames,
    }),
    ...validatePodSpec(spec, 'spec', { era: opts.era, resourceIsPod: true }),
    ...validateContainersOnlyForPod(spec.containers, 'spec.containers'),
    ...validateContainersOnlyForPod(spec.initContainers, 'spec.initContainers'),
  ];
}

/**
 * A controller's pod template. Its labels are reported at `<path>.labels`, not
 * `<path>.metadata.labels` — Kubernetes' own path, kept so messages match.
 */
export function validatePodTemplateSpec(
  template: PodTemplateSpec,
  path: string,
  era: ValidationOptions['era'],
): FieldError[] {
  return [
    ...validateLabels(template.metadata?.labels, `${path}.labels`),
    ...validateAnnotations(template.metadata?.annotations, `${path}.annotations`),
    ...validatePodSpec(template.spec ?? ({ containers: [] } as PodSpec), `${path}.spec`, {
      era,
      resourceIsPod: false,
    }),
  ];
}
