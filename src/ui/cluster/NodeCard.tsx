import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useCluster, useClusterShallow } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import {
  emptyLayout,
  nextFadeEnd,
  placePods,
  slotCount,
  type SlotLayout,
} from '../../state/layout';
import {
  COMPACT_PODS_ABOVE,
  selectIsSelected,
  selectNode,
  selectNodePower,
  selectPodIdsOnNode,
} from '../../state/selectors';
import { drawnAttributes } from './drawn';
import { FADE_MS, useMotion } from './motion';
import { NodeAgents, NodeGauges } from './NodeParts';
import { PodItem } from './PodItem';
import { GLYPHS, toneOf } from './statusLook';

/**
 * A minion: its name, address and kubectl STATUS, the node agents (kubelet, proxy, container
 * runtime), cAdvisor's bars, its cached images, and its pods, each in the slot it keeps for life.
 * A machine that is off (or NotReady) greys out, but its pods keep showing what the API server
 * still says of them: Kubernetes only learns slowly that a node is gone.
 */
export const NodeCard = memo(function NodeCard(props: { id: string; compact: boolean }) {
  const { id, compact } = props;
  const entry = useCluster(selectNode(id));
  const power = useCluster(selectNodePower(id));
  const highlighted = useCluster(selectIsHighlighted('Node', id));
  const selected = useCluster(selectIsSelected('Node', id));
  const podIds = useClusterShallow(selectPodIdsOnNode(id));
  const layout = usePodSlots(podIds);
  if (!entry) return null;

  const node = entry.object;
  const name = node.metadata.name;
  const status = entry.status ?? 'Unknown';
  const tone = toneOf(status);
  const internalIP = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
  const dim = power === 'off' || status.startsWith('NotReady') || status === 'Unknown';
  const slots = slotCount(layout);
  const smallPods = compact || slots > COMPACT_PODS_ABOVE;
  const fading = new Set(layout.fading.map((f) => f.id));
  const cells: { key: string; id: string | null; fading: boolean }[] = [];
  for (let slot = 0; slot < slots; slot++) {
    const occupant = layout.slots[slot] ?? null;
    const ghost = occupant ? undefined : layout.fading.find((f) => f.slot === slot);
    if (occupant) cells.push({ key: occupant, id: occupant, fading: false });
    else if (ghost) cells.push({ key: ghost.id, id: ghost.id, fading: true });
    else cells.push({ key: `free-${slot}`, id: null, fading: false });
  }
  const powerNote = power === 'off' ? 'powered off' : power === 'network' ? 'network cut' : '';

  return (
    <li className="node-cell">
      <div
        {...drawnAttributes({
          kind: 'Node',
          name,
          ref: id,
          status,
          label: `Node ${name}, ${status}${powerNote ? `, ${powerNote}` : ''}`,
          tone,
          selected,
          highlighted,
        })}
        className={compact ? 'node compact' : 'node'}
        data-power={power}
        data-dim={dim ? 'true' : undefined}
        data-compact={compact ? 'true' : undefined}
        title={
          compact ? [name, internalIP, status, powerNote].filter(Boolean).join(' · ') : undefined
        }
      >
        <div className="node-head">
          <span className="node-name">{name}</span>
          <span className="status">
            <span className="glyph" aria-hidden="true">
              {GLYPHS[tone]}
            </span>
            {compact ? '' : status}
          </span>
        </div>
        {!compact && (
          <p className="node-facts">
            {[internalIP, powerNote, `${podIds.length} pods`].filter(Boolean).join(' · ')}
          </p>
        )}
        <NodeAgents nodeName={name} power={power} compact={compact} />
        <NodeGauges node={node} compact={compact} />
        <ul
          className={smallPods ? 'pods small' : 'pods'}
          aria-label={`Pods on ${name}`}
          data-empty={slots === 0 ? 'true' : undefined}
        >
          {cells.map((cell) => (
            <li key={cell.key} className="pod-cell" aria-hidden={cell.id ? undefined : 'true'}>
              {cell.id && (
                <PodItem
                  id={cell.id}
                  place="node"
                  compact={smallPods}
                  fading={fading.has(cell.id)}
                />
              )}
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
});

/**
 * The node's pod slots (src/state/layout.ts), kept between renders; deleted pods hold their
 * slot while they fade, then the node redraws once to free it.
 */
function usePodSlots(podIds: readonly string[]): SlotLayout {
  const { reducedMotion } = useMotion();
  const fadeMs = reducedMotion ? 0 : FADE_MS;
  const previous = useRef<SlotLayout>(emptyLayout);
  const [tick, setTick] = useState(0);
  const layout = useMemo(
    () => placePods(previous.current, podIds, performance.now(), fadeMs),
    // `tick` recomputes once the fading pods are done
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [podIds, fadeMs, tick],
  );
  previous.current = layout;
  const fadeEnd = nextFadeEnd(layout);
  useEffect(() => {
    if (fadeEnd === undefined) return;
    const timer = setTimeout(
      () => setTick((t) => t + 1),
      Math.max(0, fadeEnd - performance.now()) + 16,
    );
    return () => clearTimeout(timer);
  }, [fadeEnd]);
  return layout;
}
