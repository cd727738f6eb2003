import type { NodeStats } from '../../engine/contract';
import type { Node } from '../../engine/types';
import { useCluster } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import { selectEra, selectIsSelected, selectNodeStats } from '../../state/selectors';
import { drawnAttributes } from './drawn';
import { bytesText, cpuText, parseQuantity, share } from './quantity';
import { GLYPHS } from './statusLook';

type Power = NodeStats['power'];

/**
 * The node agents of the seeds' minion diagram: the kubelet, the proxy and the container
 * runtime (Docker in 2015, containerd today). They run while the machine is on; when only the
 * network is cut they run on, unheard by the API server.
 */
export function NodeAgents(props: { nodeName: string; power: Power; compact: boolean }) {
  const era = useCluster(selectEra);
  const runtime = era === '2015' ? 'docker' : 'containerd';
  const status = props.power === 'off' ? 'Stopped' : 'Running';
  return (
    <div className="agents">
      <Agent
        kind="Kubelet"
        label="kubelet"
        node={props.nodeName}
        status={status}
        compact={props.compact}
      />
      <Agent
        kind="Proxy"
        label="proxy"
        node={props.nodeName}
        status={status}
        compact={props.compact}
      />
      <Agent
        kind="Runtime"
        label={runtime}
        node={props.nodeName}
        status={status}
        compact={props.compact}
      />
    </div>
  );
}

function Agent(props: {
  kind: string;
  label: string;
  node: string;
  status: string;
  compact: boolean;
}) {
  const highlighted = useCluster(selectIsHighlighted(props.kind, props.node));
  const selected = useCluster(selectIsSelected(props.kind, props.node));
  const tone = props.status === 'Running' ? 'ok' : 'gone';
  return (
    <span
      {...drawnAttributes({
        kind: props.kind,
        name: props.node,
        ref: props.node,
        status: props.status,
        label: `${props.kind} ${props.node}, ${props.label}, ${props.status}`,
        tone,
        selected,
        highlighted,
      })}
      className="agent"
      title={`${props.label} on ${props.node}: ${props.status}`}
    >
      <span className="glyph" aria-hidden="true">
        {GLYPHS[tone]}
      </span>
      {props.compact ? props.label.slice(0, 1) : props.label}
    </span>
  );
}

/** cAdvisor's CPU and memory bars against the node's capacity, and the images it holds. */
export function NodeGauges(props: { node: Node; compact: boolean }) {
  // cAdvisor's figures change every few seconds: only the gauges redraw for them
  const stats = useCluster(selectNodeStats(props.node.metadata.name));
  const capacity = props.node.status?.capacity ?? {};
  const cpuCores = parseQuantity(capacity.cpu);
  const memory = parseQuantity(capacity.memory);
  const cpuMilli = stats?.cpuMilli ?? 0;
  const memoryBytes = stats?.memoryBytes ?? 0;
  const images = stats?.images ?? [];
  const cpu = `CPU ${cpuText(cpuMilli)} / ${capacity.cpu ?? '?'}`;
  const mem = `Memory ${bytesText(memoryBytes)} / ${memory !== undefined ? bytesText(memory) : '?'}`;
  const imageNames = images.map((i) => shortImageName(i.names)).join('\n');
  return (
    <div className="gauges" title={props.compact ? `${cpu}\n${mem}` : undefined}>
      <Gauge
        text={cpu}
        fill={share(cpuMilli, cpuCores !== undefined ? cpuCores * 1000 : undefined)}
        compact={props.compact}
      />
      <Gauge text={mem} fill={share(memoryBytes, memory)} compact={props.compact} />
      {!props.compact && (
        <span className="images" title={imageNames || 'No images pulled yet'}>
          <span aria-hidden="true">▣ </span>
          {images.length === 1 ? '1 image' : `${images.length} images`}
        </span>
      )}
    </div>
  );
}

function Gauge(props: { text: string; fill: number; compact: boolean }) {
  const level = props.fill > 0.9 ? 'high' : props.fill > 0.7 ? 'busy' : 'fine';
  return (
    <span className="gauge" data-level={level}>
      <span className="gauge-bar" aria-hidden="true">
        <span className="gauge-fill" style={{ width: `${Math.round(props.fill * 100)}%` }} />
      </span>
      <span className={props.compact ? 'gauge-text visually-hidden' : 'gauge-text'}>
        {props.text}
      </span>
    </span>
  );
}

/** `docker.io/library/nginx:1.27` reads as `nginx:1.27`, as `docker images` would show it. */
export function shortImageName(names: readonly string[]): string {
  const named = names.find((n) => !n.includes('@')) ?? names[0] ?? '';
  return named.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}
