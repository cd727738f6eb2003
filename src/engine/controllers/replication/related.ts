/**
 * The pods that count for the "doubled up" scale-down rule (`getIndirectlyRelatedPods`). When
 * a Deployment rolls, its old and new ReplicaSets share the nodes, so spreading is judged over
 * the pods of every ReplicaSet with the same owner. A controller that has no owner of its own —
 * every ReplicationController, every hand-made ReplicaSet — has no related pods in Kubernetes,
 * so for it the rule never separates two pods.
 */
import type { Pod, ReplicaSet, ReplicationController } from '../../types';
import { controllerRefOf, controllerSelector, replicaController } from './controller';

export function relatedPods(
  controller: ReplicationController | ReplicaSet,
  replicaSets: readonly (ReplicationController | ReplicaSet)[],
  pods: readonly Pod[],
): Pod[] {
  const owner = controllerRefOf(controller);
  if (!owner) return [];
  const namespace = controller.metadata.namespace ?? 'default';
  const seen = new Set<string>();
  const related: Pod[] = [];
  for (const rs of replicaSets) {
    if ((rs.metadata.namespace ?? 'default') !== namespace) continue;
    if (controllerRefOf(rs)?.uid !== owner.uid) continue;
    const selector = controllerSelector(replicaController(rs));
    for (const pod of pods) {
      const key = pod.metadata.uid ?? pod.metadata.name;
      if ((pod.metadata.namespace ?? 'default') !== namespace || seen.has(key)) continue;
      if (!selector.matches(pod.metadata.labels)) continue;
      seen.add(key);
      related.push(pod);
    }
  }
  return related;
}
