import { memo } from 'react';
import type { ContainerStatus } from '../../engine/types';
import { useCluster } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import { selectIsSelected } from '../../state/selectors';
import { drawnAttributes } from './drawn';
import { GLYPHS, toneOf } from './statusLook';

/**
 * A container's state in one word, as `kubectl describe pod` reads it: `Running`, the waiting
 * reason (`ContainerCreating`, `CrashLoopBackOff`, `ErrImagePull`…) or the terminated reason
 * (`Completed`, `Error`, `OOMKilled`). `Waiting` before the kubelet reported anything.
 */
export function containerStatusText(status: ContainerStatus | undefined): string {
  const state = status?.state;
  if (state?.running) return 'Running';
  if (state?.terminated) return state.terminated.reason ?? 'Terminated';
  if (state?.waiting) return state.waiting.reason ?? 'Waiting';
  return 'Waiting';
}

/** A container as a chip inside its pod (`Container web`), with its state and restarts. */
export const ContainerChip = memo(function ContainerChip(props: {
  podId: string;
  name: string;
  image: string;
  status: string;
  restarts: number;
}) {
  const ref = `${props.podId}/${props.name}`;
  const highlighted = useCluster(selectIsHighlighted('Container', ref));
  const selected = useCluster(selectIsSelected('Container', ref));
  const tone = toneOf(props.status);
  return (
    <div
      {...drawnAttributes({
        kind: 'Container',
        name: props.name,
        ref,
        status: props.status,
        label: `Container ${props.name}, ${props.status}`,
        tone,
        selected,
        highlighted,
      })}
      className="container"
      title={`${props.image}${props.restarts > 0 ? ` · ${props.restarts} restarts` : ''}`}
    >
      <span className="glyph" aria-hidden="true">
        {GLYPHS[tone]}
      </span>
      <span className="container-name">{props.name}</span>
      {props.status !== 'Running' && <span className="container-state">{props.status}</span>}
    </div>
  );
});
