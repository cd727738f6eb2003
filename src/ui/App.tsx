import { useMemo, useRef } from 'react';
import { selectEngine } from '../state/selectors';
import { useCluster, useSession } from '../state/context';
import type { ActionContext } from './actions';
import { ClusterView } from './cluster/ClusterView';
import { Console } from './console/Console';
import { EditorPanel } from './editor/EditorPanel';
import { EngineNotice } from './EngineNotice';
import { FaultMenu } from './faults/FaultMenu';
import { Header } from './header/Header';
import { Inspector } from './inspector/Inspector';
import { PanelBoundary } from './PanelBoundary';
import { ShortcutList } from './ShortcutList';
import { Timeline } from './timeline/Timeline';
import { useShortcuts } from './useShortcuts';
import './app.css';

/**
 * The page (UX.md "Layout"): the header; the editor, the cluster picture and the inspector side
 * by side; the console and the timeline below. Narrow screens stack the panels.
 */
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
      <div className="workbench">
        <PanelBoundary name="the manifest editor">
          <EditorPanel />
        </PanelBoundary>
        <PanelBoundary name="the cluster picture">
          <ClusterView />
        </PanelBoundary>
        <PanelBoundary name="the inspector">
          <Inspector />
        </PanelBoundary>
      </div>
      <div className="desk">
        <PanelBoundary name="the console">
          <Console inputRef={consoleInput} />
        </PanelBoundary>
        <PanelBoundary name="the timeline">
          <Timeline />
        </PanelBoundary>
      </div>
      <PanelBoundary name="the fault menu">
        <FaultMenu />
      </PanelBoundary>
      <ShortcutList />
    </div>
  );
}
