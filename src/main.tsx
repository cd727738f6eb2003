/**
 * The page's composition root: one store and one session per page, created once here, outside
 * React, so StrictMode's double renders and effects never start a second cluster.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClusterProvider } from './state/context';
import { clusterOptionsFromSearch } from './state/options';
import { startSession } from './state/session';
import { createClusterStore } from './state/store';
import { App } from './ui/App';
import { connectEngine } from './worker/connection';

// the editor's documents survive a reload (src/state/persist.ts)
const store = createClusterStore(undefined, { editorStorageKey: 'kubesim:editor' });
const session = startSession(store, clusterOptionsFromSearch(window.location.search), {
  connect: (handlers) => connectEngine(handlers),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ClusterProvider store={store} session={session}>
      <App />
    </ClusterProvider>
  </StrictMode>,
);
