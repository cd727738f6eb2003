/**
 * The hooks the caption and the overlay share: the page's director, its view, and (mounted
 * once, by the caption) the feed from the store — new messages, the clock, the default.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ClusterState } from '../../state/store';
import { useCluster, useSession } from '../../state/context';
import { selectEngine, selectNodeCount } from '../../state/selectors';
import { loopDirectorOf, type LoopDirector, type LoopView } from './loopDirector';

export function useLoopDirector(): LoopDirector {
  return loopDirectorOf(useSession());
}

export function useLoopView(): LoopView {
  const director = useLoopDirector();
  return useSyncExternalStore(director.subscribe, director.getView);
}

const selectLoopMessages = (s: ClusterState) => s.loop.messages;
const selectPaused = (s: ClusterState): boolean => s.clock.paused;
const selectSpeed = (s: ClusterState): number => s.clock.speed;
const none = (): number => 0;
const selectPodCount = (s: ClusterState): number => Object.keys(s.mirror.objects.Pod ?? {}).length;

/** Keep the director in step with the store. Mount once per page. */
export function useLoopFeed(director: LoopDirector): void {
  const messages = useCluster(selectLoopMessages);
  // not the whole clock: its time changes every frame, its state seldom
  const paused = useCluster(selectPaused);
  const speed = useCluster(selectSpeed);
  const phase = useCluster(selectEngine).phase;
  // the size matters only until the default is decided; then count nothing on every change
  const nodes = useCluster(director.decided ? none : selectNodeCount);
  const pods = useCluster(director.decided ? none : selectPodCount);

  useEffect(() => director.feed(messages), [director, messages]);
  useEffect(() => director.setClock(paused, speed), [director, paused, speed]);
  useEffect(() => {
    if (phase === 'ready') director.decide(nodes, pods);
  }, [director, phase, nodes, pods]);
}
