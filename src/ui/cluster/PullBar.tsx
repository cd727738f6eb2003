import type { ImagePullProgress } from '../../engine/contract';
import { bytesText } from './quantity';

/** An image pull in progress: how much of the image the node has fetched (simulated bandwidth). */
export function PullBar(props: { pull: ImagePullProgress }) {
  const { image, pulledBytes, totalBytes } = props.pull;
  const percent = totalBytes > 0 ? Math.floor((pulledBytes / totalBytes) * 100) : 0;
  return (
    <div
      className="pull"
      role="progressbar"
      aria-label={`Pulling ${image}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      title={`Pulling ${image}: ${bytesText(pulledBytes)} of ${bytesText(totalBytes)} (simulated download)`}
    >
      <span className="pull-fill" style={{ width: `${percent}%` }} />
      <span className="pull-text">
        pulling {image} {percent}%
      </span>
    </div>
  );
}
