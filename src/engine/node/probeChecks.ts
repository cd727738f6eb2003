/**
 * The three probe handlers as the kubelet runs them: `exec` runs a command in the container
 * (exit 0 passes, the output is the failure's detail), `httpGet` asks the pod's IP and port
 * (200–399 passes), `tcpSocket` tries to connect. Texts are the kubelet's.
 */
import type { Container, Probe } from '../types';
import { drive, runCommand } from './shell';
import type { ProbeOutcome } from './prober';
import { probeSettings } from './prober';
import type { ContainerProcess } from './runtime/container';
import type { WorkerHost } from './workerHost';

/** A named port is looked up in the container's ports, as the kubelet resolves it. */
function resolvePort(port: number | string, container: Container): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

export function probeCheck(
  probe: Probe,
  process: ContainerProcess | undefined,
  podIP: string,
  container: Container,
  host: Pick<WorkerHost, 'deliver' | 'nodeIP'>,
): ProbeOutcome {
  if (!process?.running) return { ok: false, detail: 'container is not running' };
  if (probe.exec) {
    const argv = probe.exec.command ?? [];
    const timeoutMs = probeSettings(probe).timeoutSeconds * 1000;
    const result = drive(runCommand(argv, process.ctx), {
      untilMs: timeoutMs,
      http: () => ({ ok: false, error: 'Connection refused' }),
    });
    if (result.exitCode === undefined)
      return { ok: false, detail: `command "${argv.join(' ')}" timed out` };
    return { ok: result.exitCode === 0, detail: result.stdout + result.stderr };
  }
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port, container);
    const path = probe.httpGet.path ?? '/';
    const url = `http://${podIP}:${port ?? 0}${path}`;
    const answer = port === undefined ? undefined : host.deliver(podIP, port, path, host.nodeIP);
    if (!answer)
      return {
        ok: false,
        detail: `Get "${url}": dial tcp ${podIP}:${port ?? 0}: connect: connection refused`,
      };
    const ok = answer.status >= 200 && answer.status < 400;
    return { ok, detail: `HTTP probe failed with statuscode: ${answer.status}` };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port, container);
    const listening = port !== undefined && process.program.ports.includes(port);
    return {
      ok: listening,
      detail: `dial tcp ${podIP}:${port ?? 0}: connect: connection refused`,
    };
  }
  return { ok: true, detail: '' };
}
