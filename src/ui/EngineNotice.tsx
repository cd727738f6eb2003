import { selectEngine } from '../state/selectors';
import { useCluster, useSession } from '../state/context';

/** Says so on the page when the cluster host died and was replaced (or could not start). */
export function EngineNotice() {
  const { notice } = useCluster(selectEngine);
  const session = useSession();
  if (!notice) return null;
  return (
    <div className="engine-notice" role="alert">
      <span aria-hidden="true">⚠</span>
      <p>{notice}</p>
      <button type="button" className="control" onClick={() => session.dismissNotice()}>
        Dismiss
      </button>
    </div>
  );
}
