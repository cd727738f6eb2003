import { memo, useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { Pod } from '../../engine/types';
import { selectControllerOfPod } from '../../state/controllers';
import { useCluster } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import { selectIsSelected, selectPod, selectPullOfPod, type PodEntry } from '../../state/selectors';
import { ContainerChip, containerStatusText } from './ContainerChip';
import { drawnAttributes } from './drawn';
import { afterPaint, arrive, FADE_MS, flash, useMotion } from './motion';
import { boxOfElement } from './picture';
import { PullBar } from './PullBar';
import { GLYPHS, toneOf } from './statusLook';
import { PodVolumeChip } from './VolumeChip';
import { isPerPod } from './volumes';

export type PodPlace = 'node' | 'pending' | 'stray';

/**
 * One pod: subscribed to its own object only, so another pod's change does not redraw it.
 * While the layout keeps a deleted pod's slot (`fading`), it draws the pod's last look fading
 * out, hidden from assistive technology and from the page's contract (no `data-kind`).
 */
export const PodItem = memo(function PodItem(props: {
  id: string;
  place: PodPlace;
  compact?: boolean;
  fading?: boolean;
  /** The picture's layout version, for pending pods only (they remember where they wait). */
  version?: number;
}) {
  const { id, place, compact = false } = props;
  const entry = useCluster(selectPod(id));
  const last = useRef<PodEntry | undefined>(entry);
  if (entry) last.current = entry;
  const controller = useCluster(selectControllerOfPod(id));
  const highlighted = useCluster(selectIsHighlighted('Pod', id));
  const selected = useCluster(selectIsSelected('Pod', id));
  const nodeName = entry?.object.spec.nodeName ?? '';
  const namespace = entry?.object.metadata.namespace ?? 'default';
  const name = entry?.object.metadata.name ?? '';
  const pull = useCluster(selectPullOfPod(nodeName, namespace, name));
  const element = useRef<HTMLDivElement>(null);
  const { content, reducedMotion, memory } = useMotion();
  const { version } = props;

  // a pod bound by the scheduler travels from where it waited; any other pod grows in
  const arrived = useRef(false);
  useLayoutEffect(() => {
    const el = element.current;
    // once per pod in this place (StrictMode runs mount effects twice)
    if (!el || !content || reducedMotion || arrived.current) return;
    arrived.current = true;
    arrive(content, el, place === 'node' ? memory.take(id) : undefined);
    // only when the pod first appears in this place
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // a waiting pod keeps telling the memory where it is, for the move when it is bound
  useLayoutEffect(() => {
    const el = element.current;
    if (place !== 'pending' || !el || !content || reducedMotion) return;
    return afterPaint(() => {
      if (el.isConnected) memory.remember(id, boxOfElement(content, el));
    });
  }, [place, content, version, memory, id, reducedMotion]);

  const status = entry?.status ?? 'Unknown';
  const seen = useRef(status);
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    if (element.current && !reducedMotion) flash(element.current);
  }, [status, reducedMotion]);

  if (!entry) {
    const ghost = last.current;
    if (!props.fading || !ghost) return null;
    return (
      <div
        className={compact ? 'pod pod-ghost compact' : 'pod pod-ghost'}
        aria-hidden="true"
        data-tone={toneOf(ghost.status)}
        style={{ animationDuration: `${FADE_MS}ms` }}
      >
        {!compact && <span className="pod-name">{ghost.object.metadata.name}</span>}
      </div>
    );
  }

  const pod = entry.object;
  const tone = toneOf(status);
  const where = namespace !== 'default' ? ` (namespace ${namespace})` : '';
  const restarts = restartCount(pod);
  const unscheduled = pod.status?.conditions?.find(
    (c) => c.type === 'PodScheduled' && c.status === 'False',
  );
  const details = [
    `${name}: ${status}`,
    pod.status?.podIP ? `IP ${pod.status.podIP}` : undefined,
    nodeName ? `on ${nodeName}` : 'not scheduled yet',
    restarts > 0 ? `${restarts} restarts` : undefined,
    controller ? `${controller.kind} ${controller.name}` : undefined,
    pod.spec.containers.map((c) => c.image).join(', '),
  ].filter(Boolean);
  const attributes = {
    ...drawnAttributes({
      kind: 'Pod',
      name,
      ref: id,
      status,
      label: `Pod ${name}${where}, ${status}${restarts > 0 ? `, ${restarts} restarts` : ''}`,
      tone,
      selected,
      highlighted,
    }),
    ref: element,
    'data-namespace': namespace,
    'data-node': nodeName,
    'data-controller': controller?.name,
    'data-compact': compact ? 'true' : undefined,
    title: details.join(' · '),
    'data-has-controller': controller ? 'true' : undefined,
    style: (controller ? { '--controller': controller.colour } : {}) as CSSProperties,
  };

  const statuses = new Map((pod.status?.containerStatuses ?? []).map((c) => [c.name, c]));
  if (compact) {
    return (
      <div {...attributes} className="pod compact">
        <span className="glyph" aria-hidden="true">
          {GLYPHS[tone]}
        </span>
        {/* too small to draw them, but the pod still holds its containers (DESIGN.md): they
            are in the Inspector, and here for anyone who reads the picture's structure */}
        {pod.spec.containers.map((c) => {
          const state = containerStatusText(statuses.get(c.name));
          return (
            <span
              key={c.name}
              hidden
              data-kind="Container"
              data-name={c.name}
              data-ref={`${id}/${c.name}`}
              data-status={state}
              aria-label={`Container ${c.name}, ${state}`}
            />
          );
        })}
      </div>
    );
  }

  const volumes = (pod.spec.volumes ?? []).filter(isPerPod);
  return (
    <div {...attributes} className="pod">
      <div className="pod-head">
        <span className="pod-name">{name}</span>
        {restarts > 0 && (
          <span className="restarts" title={`${restarts} restarts`}>
            ↻ {restarts}
          </span>
        )}
      </div>
      <div className="pod-facts">
        <span className="status">
          <span className="glyph" aria-hidden="true">
            {GLYPHS[tone]}
          </span>
          {status}
        </span>
        {pod.status?.podIP && <span className="pod-ip">{pod.status.podIP}</span>}
      </div>
      {/* node figures come a few times a second: a pod already running is done pulling */}
      {pull && pod.status?.phase !== 'Running' && <PullBar pull={pull} />}
      <div className="containers">
        {pod.spec.containers.map((c) => (
          <ContainerChip
            key={c.name}
            podId={id}
            name={c.name}
            image={c.image}
            status={containerStatusText(statuses.get(c.name))}
            restarts={statuses.get(c.name)?.restartCount ?? 0}
          />
        ))}
      </div>
      {volumes.length > 0 && (
        <div className="pod-volumes">
          {volumes.map((v) => (
            <PodVolumeChip key={v.name} podId={id} volume={v} mounted={nodeName !== ''} />
          ))}
        </div>
      )}
      {place === 'pending' && unscheduled?.message && (
        <p className="pod-reason">{unscheduled.message}</p>
      )}
    </div>
  );
});

/** The RESTARTS column: every container's restarts, summed. */
export function restartCount(pod: Pod): number {
  return (pod.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
}
