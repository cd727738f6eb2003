import { useCluster } from '../../state/context';
import { SharedVolumeBox } from './VolumeChip';
import { selectVolumePicture } from './volumes';

/** Volumes that outlive pods (NFS exports, cloud disks, PersistentVolumes), each drawn once. */
export function StorageBand() {
  const { shared } = useCluster(selectVolumePicture);
  if (shared.length === 0) return null;
  return (
    <section className="band storage" aria-label="Storage">
      <h2 className="band-title">Storage</h2>
      <ul className="volumes">
        {shared.map((v) => (
          <li key={v.key}>
            <SharedVolumeBox volume={v} />
          </li>
        ))}
      </ul>
    </section>
  );
}
