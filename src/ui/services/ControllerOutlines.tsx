import { useLayoutEffect, useState } from 'react';
import { useCluster } from '../../state/context';
import {
  controllerColour,
  isControllerKind,
  selectPodsOfController,
  type ControllerKind,
} from '../../state/controllers';
import type { ClusterState } from '../../state/store';
import { boxOf, type Box } from '../cluster/picture';
import { usePicture } from '../cluster/picture';

/** The controller pointed at (hover first, then the Inspector's selection), if any. */
const selectFocusedController = (s: ClusterState): string | undefined => {
  const hover = s.ui.hover;
  if (hover?.type === 'object' && isControllerKind(hover.kind))
    return `${hover.kind}\u0000${hover.id}`;
  const selected = s.ui.selected;
  if (selected && isControllerKind(selected.kind)) return `${selected.kind}\u0000${selected.id}`;
  return undefined;
};

/** Outside the pod's own highlight ring, so both read; tight around compact pod squares. */
const padOf = (box: Box): number => (box.width < 40 ? 2 : 7);

/**
 * While a controller is pointed at, a dashed outline in its colour around each pod it owns:
 * the group the controller keeps at its replica count. A pod relabelled out of it loses its
 * outline as the controller releases it.
 */
export function ControllerOutlines() {
  const { content, version } = usePicture();
  const focused = useCluster(selectFocusedController);
  const [kind = 'ReplicationController', id = ''] = (focused?.split('\u0000') ?? []) as [
    ControllerKind?,
    string?,
  ];
  const entry = useCluster((s) => (focused ? s.mirror.objects[kind]?.[id] : undefined));
  const pods = useCluster(selectPodsOfController(kind, id));
  const colour = entry ? controllerColour(entry.object, id) : undefined;
  const [boxes, setBoxes] = useState<{ pod: string; box: Box }[]>([]);

  useLayoutEffect(() => {
    if (!content || !focused || pods.length === 0) {
      setBoxes([]);
      return;
    }
    const found: { pod: string; box: Box }[] = [];
    for (const podId of pods) {
      const [namespace = 'default', name = podId] = podId.split('/');
      const box = boxOf(content, { kind: 'Pod', name, namespace });
      if (box) found.push({ pod: name, box });
    }
    setBoxes(found);
  }, [content, version, pods, focused]);

  if (!colour || !entry) return null;
  return (
    <g className="controller-outlines" data-controller={entry.object.metadata.name}>
      {boxes.map(({ pod, box }) => (
        <rect
          key={pod}
          className="controller-outline"
          x={box.x - padOf(box)}
          y={box.y - padOf(box)}
          width={box.width + 2 * padOf(box)}
          height={box.height + 2 * padOf(box)}
          rx={6}
          stroke={colour}
          data-outline={kind}
          data-pod={pod}
        />
      ))}
    </g>
  );
}
