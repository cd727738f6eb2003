import { useMemo, useRef } from 'react';
import { selectEngine } from '../state/selectors';
import { useCluster, useSession } from '../state/context';
import type { ActionContext } from './actions';
import { ClusterView } from './cluster/ClusterView';
import { Console } from './console/Console';
import { EngineNotice } from './EngineNotice';
import { Header } from './header/Header';
import { ShortcutList } from './ShortcutList';
import { useShortcuts } from './useShortcuts';
import './app.css';

export function App() {
  const session = useSession();
  const engine = useCluster(selectEngine);
  const consoleInput = useRef<HTMLInputElement>(null);
  const actionContext = useMemo<ActionContext>(
    () => ({ session, focusConsole: () => consoleInput.current?.focus() }),
    [session],
  );
  useShortcuts(actionContext);

  return (
    <div
      className="app"
      data-engine-host={engine.host ?? undefined}
      data-engine-phase={engine.phase}
    >
      <Header />
      <EngineNotice />
      <ClusterView />
      <Console inputRef={consoleInput} />
      <ShortcutList />
    </div>
  );
}
