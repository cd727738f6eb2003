import { useMemo } from 'react';
import type { Era } from '../../engine/contract';
import type { Pod, Service } from '../../engine/types';
import { useCluster } from '../../state/context';
import { envLine, lastLines, LOG_TAIL, logsLine } from '../../state/inspector';
import { ENV_ORIGIN_TEXT, envRows } from '../../state/inspectorEnv';
import type { ClusterState } from '../../state/store';
import { echoLine } from '../format';
import { KubectlPanel } from './KubectlPanel';
import { useLiveTick, useQuery } from './useQuery';

export interface ContainerTarget {
  era: Era;
  namespace: string;
  pod: string;
  container: string;
}

/** A container's latest log lines, asked again about once a second while the clock runs. */
export function LogsPanel(props: ContainerTarget & { version: unknown }) {
  const line = logsLine(props.era, props.namespace, props.pod, props.container);
  const tick = useLiveTick();
  const state = useQuery({ type: 'kubectl', line }, props.version, tick);
  return (
    <KubectlPanel
      line={line}
      state={state}
      transform={(text) => lastLines(text, LOG_TAIL)}
      empty="The container has written nothing yet."
    />
  );
}

const selectServices = (s: ClusterState) => s.mirror.objects.Service;

/**
 * What the container's processes see in their environment (`env` run in it), each variable
 * with where it came from: the pod spec, the kubelet's service variables, the runtime, the image.
 */
export function EnvPanel(props: ContainerTarget & { podObject: Pod; version: unknown }) {
  const line = envLine(props.era, props.namespace, props.pod, props.container);
  const state = useQuery({ type: 'kubectl', line }, props.version);
  const services = useCluster(selectServices);
  const spec = props.podObject.spec.containers.find((c) => c.name === props.container);
  const rows = useMemo(() => {
    if (state.phase !== 'answered') return [];
    const visible = Object.values(services ?? {})
      .map((e) => e.object as Service)
      .filter((s) => [props.namespace, 'default'].includes(s.metadata.namespace ?? 'default'));
    return envRows(state.value.stdout, spec, visible);
  }, [state, services, spec, props.namespace]);
  if (state.phase !== 'answered' || state.value.exitCode !== 0)
    return <KubectlPanel line={line} state={state} />;
  return (
    <div className="inspector-kubectl">
      <p className="inspector-command">
        <code>{echoLine(line)}</code>
      </p>
      <p className="inspector-note">
        Service variables are fixed when the container starts: a Service created later is not in
        them until the container restarts.
      </p>
      <table className="inspector-table inspector-env">
        <caption className="inspector-sr">Environment of container {props.container}</caption>
        <thead>
          <tr>
            <th scope="col">NAME</th>
            <th scope="col">VALUE</th>
            <th scope="col">FROM</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-origin={row.origin}>
              <td>
                <code>{row.name}</code>
              </td>
              <td>
                <code>{row.value}</code>
              </td>
              <td>{ENV_ORIGIN_TEXT[row.origin]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
