/**
 * Containers and init containers (k8s-reference §1.3), in Kubernetes' order: for each container
 * its name, image, termination message policy, ports, env, volume mounts, pull policy and
 * resources; then a duplicate-name check and its probes; host-port conflicts last.
 */
import type { Container, ContainerPort, Volume, VolumeMount } from '../../types';
import {
  duplicate,
  forbidden,
  invalid,
  notFound,
  notSupported,
  required,
  type FieldError,
} from '../field';
import { validateEnv } from './env';
import { isValidPortName, isValidPortNum, validateDNS1123Label } from './names';
import { supportedProtocols, type ValidationOptions } from './options';
import { validateProbes } from './probes';
import { validateResourceRequirements } from './resources';
import { validateLocalDescendingPath } from './volumes';

type Era = ValidationOptions['era'];

function validateContainerPorts(
  ports: ContainerPort[] | undefined,
  path: string,
  era: Era,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, j) => {
    const idx = `${path}[${j}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) errs.push(...msgs.map((msg) => invalid(`${idx}.name`, port.name, msg)));
      else if (names.has(port.name)) errs.push(duplicate(`${idx}.name`, port.name));
      else names.add(port.name);
    }
    const containerPort = port.containerPort ?? 0;
    if (containerPort === 0) errs.push(required(`${idx}.containerPort`));
    else
      errs.push(
        ...isValidPortNum(containerPort).map((msg) =>
          invalid(`${idx}.containerPort`, containerPort, msg),
        ),
      );
    if (port.hostPort)
      errs.push(
        ...isValidPortNum(port.hostPort).map((msg) =>
          invalid(`${idx}.hostPort`, port.hostPort, msg),
        ),
      );
    const protocols = supportedProtocols(era);
    if (!port.protocol) errs.push(required(`${idx}.protocol`));
    else if (!protocols.includes(port.protocol))
      errs.push(notSupported(`${idx}.protocol`, port.protocol, protocols));
  });
  return errs;
}

function validateVolumeMounts(
  mounts: VolumeMount[] | undefined,
  volumes: Map<string, Volume>,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  (mounts ?? []).forEach((m, k) => {
    const idx = `${path}[${k}]`;
    const name = m.name ?? '';
    const mountPath = m.mountPath ?? '';
    if (!name) errs.push(required(`${idx}.name`));
    if (!volumes.has(name)) errs.push(notFound(`${idx}.name`, name));
    if (!mountPath) errs.push(required(`${idx}.mountPath`));
    if (mountPoints.has(mountPath))
      errs.push(invalid(`${idx}.mountPath`, mountPath, 'must be unique'));
    mountPoints.add(mountPath);
    // Kubernetes reports subPath on the list's path, without the mount's index.
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, `${path}.subPath`));
  });
  return errs;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

function validateContainerCommon(
  c: Container,
  volumes: Map<string, Volume>,
  path: string,
  era: Era,
): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else errs.push(...validateDNS1123Label(c.name, `${path}.name`));
  // Whitespace is not trimmed: " " is an image some tools rely on.
  if (!c.image) errs.push(required(`${path}.image`));
  const policy = c.terminationMessagePolicy ?? '';
  if (!policy) errs.push(required(`${path}.terminationMessagePolicy`));
  else if (!MESSAGE_POLICIES.includes(policy))
    errs.push(notSupported(`${path}.terminationMessagePolicy`, policy, MESSAGE_POLICIES));
  errs.push(...validateContainerPorts(c.ports, `${path}.ports`, era));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  const pull = c.imagePullPolicy ?? '';
  if (!pull) errs.push(required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(pull))
    errs.push(notSupported(`${path}.imagePullPolicy`, pull, PULL_POLICIES));
  errs.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  return errs;
}

/**
 * Two containers of one pod may not claim the same host port, protocol and host IP; the value
 * is shown as Kubernetes keys it, `TCP//8080`.
 */
function checkHostPortConflicts(containers: Container[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const key = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${port.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      else seen.add(key);
    });
  });
  return errs;
}

export function validateContainers(
  containers: Container[] | undefined,
  volumes: Map<string, Volume>,
  path: string,
  era: Era,
): FieldError[] {
  if (!containers || containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const idx = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, idx, era));
    if (names.has(c.name ?? '')) errs.push(duplicate(`${idx}.name`, c.name ?? ''));
    else names.add(c.name ?? '');
    errs.push(...validateProbes(c, idx));
  });
  errs.push(...checkHostPortConflicts(containers, path));
  return errs;
}

const PROBE_FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** Init containers run one at a time, so only ports within one of them can conflict. */
export function validateInitContainers(
  containers: Container[] | undefined,
  regular: Container[] | undefined,
  volumes: Map<string, Volume>,
  path: string,
  era: Era,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name ?? ''));
  (containers ?? []).forEach((c, i) => {
    const idx = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, idx, era));
    if (names.has(c.name ?? '')) errs.push(duplicate(`${idx}.name`, c.name ?? ''));
    else if (c.name) names.add(c.name);
    // Checked as a list of one, so Kubernetes names the conflict under index 0.
    errs.push(...checkHostPortConflicts([c], path));
    for (const probe of PROBE_FIELDS)
      if (c[probe])
        errs.push(
          forbidden(
            `${idx}.${probe}`,
            'may not be set for init containers without restartPolicy=Always',
          ),
        );
  });
  return errs;
}

/** Pods only (not templates): an image may not carry surrounding whitespace. */
export function validateContainersOnlyForPod(
  containers: Container[] | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  (containers ?? []).forEach((c, i) => {
    const image = c.image ?? '';
    if (image.length !== image.trim().length)
      errs.push(
        invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'),
      );
  });
  return errs;
}
