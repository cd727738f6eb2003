import type { Volume } from '../../engine/types';
import { useCluster } from '../../state/context';
import { selectIsHighlighted } from '../../state/highlight';
import { selectIsSelected } from '../../state/selectors';
import { drawnAttributes } from './drawn';
import { toneOf } from './statusLook';
import { volumeType, type SharedVolume } from './volumes';

/** A volume that lives with its pod (an emptyDir…), drawn once inside it. */
export function PodVolumeChip(props: { podId: string; volume: Volume; mounted: boolean }) {
  const ref = `${props.podId}/${props.volume.name}`;
  const type = volumeType(props.volume);
  const status = props.mounted ? 'Mounted' : 'Pending';
  return (
    <VolumeBox
      name={props.volume.name}
      refId={ref}
      status={status}
      type={type}
      detail={props.volume.hostPath?.path ?? ''}
    />
  );
}

/** A volume that outlives pods, drawn once in the storage band. */
export function SharedVolumeBox(props: { volume: SharedVolume }) {
  const { key, name, status, type, detail } = props.volume;
  return <VolumeBox name={name} refId={key} status={status} type={type} detail={detail} shared />;
}

function VolumeBox(props: {
  name: string;
  refId: string;
  status: string;
  type: string;
  detail: string;
  shared?: boolean;
}) {
  const highlighted = useCluster(selectIsHighlighted('Volume', props.refId));
  const selected = useCluster(selectIsSelected('Volume', props.refId));
  const tone = props.status === 'Mounted' || props.status === 'Bound' ? 'ok' : toneOf(props.status);
  return (
    <div
      {...drawnAttributes({
        kind: 'Volume',
        name: props.name,
        ref: props.refId,
        status: props.status,
        label: `Volume ${props.name}, ${props.type}, ${props.status}`,
        tone,
        selected,
        highlighted,
      })}
      data-volume-type={props.type}
      className={props.shared ? 'volume shared' : 'volume'}
      title={[props.type, props.detail, props.status].filter(Boolean).join(' · ')}
    >
      <span className="glyph" aria-hidden="true">
        ⛁
      </span>
      <span className="volume-name">{props.name}</span>
      <span className="volume-type">{props.type}</span>
      {props.shared && props.detail && <span className="volume-detail">{props.detail}</span>}
    </div>
  );
}
