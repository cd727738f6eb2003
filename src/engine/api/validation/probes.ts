/**
 * Liveness, readiness and startup probes (validateProbe/validateHandler): exactly one handler,
 * its fields, and non-negative timings. Liveness and startup probes must succeed once.
 */
import type { IntOrString, Probe } from '../../types';
import { forbidden, invalid, notSupported, required, type FieldError } from '../field';
import { isValidPortName, isValidPortNum } from './names';
import { validateNonnegative } from './objectMeta';

/** A port given as a number (1–65535) or as a container port name (IANA_SVC_NAME). */
export function validatePortNumOrName(port: IntOrString | undefined, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(path, port, msg));
  const n = port ?? 0;
  return isValidPortNum(n).map((msg) => invalid(path, n, msg));
}

const HANDLERS = ['exec', 'httpGet', 'tcpSocket'] as const;

function validateHandler(probe: Probe, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const handler of HANDLERS) {
    if (!probe[handler]) continue;
    const p = `${path}.${handler}`;
    if (count > 0) {
      errs.push(forbidden(p, 'may not specify more than 1 handler type'));
      continue;
    }
    count++;
    if (handler === 'exec' && !(probe.exec?.command ?? []).length)
      errs.push(required(`${p}.command`));
    if (handler === 'httpGet') {
      const get = probe.httpGet;
      if (!get?.path) errs.push(required(`${p}.path`));
      errs.push(...validatePortNumOrName(get?.port, `${p}.port`));
      const scheme = get?.scheme ?? '';
      if (scheme !== 'HTTP' && scheme !== 'HTTPS')
        errs.push(notSupported(`${p}.scheme`, scheme, ['HTTP', 'HTTPS']));
    }
    if (handler === 'tcpSocket')
      errs.push(...validatePortNumOrName(probe.tcpSocket?.port, `${p}.port`));
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

function validateProbe(probe: Probe, path: string): FieldError[] {
  return [
    ...validateHandler(probe, path),
    ...validateNonnegative(probe.initialDelaySeconds ?? 0, `${path}.initialDelaySeconds`),
    ...validateNonnegative(probe.timeoutSeconds ?? 0, `${path}.timeoutSeconds`),
    ...validateNonnegative(probe.periodSeconds ?? 0, `${path}.periodSeconds`),
    ...validateNonnegative(probe.successThreshold ?? 0, `${path}.successThreshold`),
    ...validateNonnegative(probe.failureThreshold ?? 0, `${path}.failureThreshold`),
  ];
}

export function validateProbes(
  c: { livenessProbe?: Probe; readinessProbe?: Probe; startupProbe?: Probe },
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const mustSucceedOnce = (probe: Probe, p: string): void => {
    const threshold = probe.successThreshold ?? 0;
    if (threshold !== 1) errs.push(invalid(`${p}.successThreshold`, threshold, 'must be 1'));
  };
  if (c.livenessProbe) {
    errs.push(...validateProbe(c.livenessProbe, `${path}.livenessProbe`));
    mustSucceedOnce(c.livenessProbe, `${path}.livenessProbe`);
  }
  if (c.readinessProbe) errs.push(...validateProbe(c.readinessProbe, `${path}.readinessProbe`));
  if (c.startupProbe) {
    errs.push(...validateProbe(c.startupProbe, `${path}.startupProbe`));
    mustSucceedOnce(c.startupProbe, `${path}.startupProbe`);
  }
  return errs;
}
