/**
 * Puts kubectl's STATUS column on each object before it leaves the host, so the page shows
 * exactly what `kubectl get` would print without a second copy of kubectl's printers.
 */
import type { Era, ObjectChange } from '../engine/contract';
import { nodeStatus, podStatus } from '../engine/kubectl/printers';
import type { AnyObject } from '../engine/types';
import type { WireChange, WireObject } from './protocol';

export function wireObject(object: AnyObject, era: Era): WireObject {
  switch (object.kind) {
    case 'Pod':
      return { kind: 'Pod', object, status: podStatus(object, era) };
    case 'Node':
      return { kind: 'Node', object, status: nodeStatus(object) };
    default:
      return { kind: object.kind, object };
  }
}

export function wireChange(change: ObjectChange, era: Era): WireChange {
  return {
    ...wireObject(change.object, era),
    type: change.type,
    resourceVersion: change.resourceVersion,
    time: change.time,
  };
}
