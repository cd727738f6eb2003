/**
 * Hands one page instance's store and session down the React tree. Components read through
 * these hooks with module-level selectors; nothing about the cluster is module-level state.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Session } from './session';
import type { ClusterState, ClusterStore } from './store';

interface ClusterContextValue {
  store: ClusterStore;
  session: Session;
}

const ClusterContext = createContext<ClusterContextValue | null>(null);

export function ClusterProvider(props: {
  store: ClusterStore;
  session: Session;
  children: ReactNode;
}) {
  const { store, session, children } = props;
  const value = useMemo(() => ({ store, session }), [store, session]);
  return <ClusterContext value={value}>{children}</ClusterContext>;
}

function useClusterContext(): ClusterContextValue {
  const value = useContext(ClusterContext);
  if (!value) throw new Error('cluster hooks need a <ClusterProvider> above them');
  return value;
}

/** Subscribe to one slice; the selector must return a stable reference for unchanged data. */
export function useCluster<T>(selector: (state: ClusterState) => T): T {
  return useStore(useClusterContext().store, selector);
}

/** Subscribe to a derived array or object, compared shallowly (id lists). */
export function useClusterShallow<T>(selector: (state: ClusterState) => T): T {
  return useStore(useClusterContext().store, useShallow(selector));
}

export function useSession(): Session {
  return useClusterContext().session;
}
