import { selectCluster, selectNodeCount } from '../../state/selectors';
import { useCluster } from '../../state/context';
import { ClockControls } from './ClockControls';
import { SetupDialog } from './SetupDialog';

export function Header() {
  const cluster = useCluster(selectCluster);
  const nodes = useCluster(selectNodeCount);
  return (
    <header className="topbar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⎈
        </span>
        kubesim
      </h1>
      <dl className="facts" aria-label="Cluster facts">
        <div>
          <dt>era</dt>
          <dd>{cluster?.era ?? '…'}</dd>
        </div>
        <div>
          <dt>nodes</dt>
          <dd>{cluster ? nodes : '…'}</dd>
        </div>
        <div>
          <dt>seed</dt>
          <dd>{cluster?.seed ?? '…'}</dd>
        </div>
      </dl>
      <SetupDialog />
      <p className="sim-note" id="sim-note">
        Kubernetes' own behaviour and messages; the containers' programs are simulated.
      </p>
      <ClockControls />
    </header>
  );
}
