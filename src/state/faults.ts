/**
 * What the fault menu offers on a drawn object, decided from the page's mirror: which faults
 * and kubectl commands fit this object in its current state. The menu is a shortcut for what a
 * student could type or break by hand, so kubectl-backed items carry the exact command line
 * (the console shows it run) and the others the `cluster.faults` call the host makes.
 */
import type { ControlPlaneComponent, Era, NodeStats } from '../engine/contract';
import type { Node, Pod } from '../engine/types';
import type { FaultInput } from '../worker/protocol';
import type { LiveRef } from './documents';
import type { MirrorEntry } from './mirror';
import type { ClusterState, ObjectRef } from './store';

export const COMPONENTS: readonly ControlPlaneComponent[] = [
  'apiserver',
  'etcd',
  'scheduler',
  'controller-manager',
];

/** A drawn object the menu can act on, with the facts its items depend on. */
export type FaultTarget =
  | {
      kind: 'Node';
      name: string;
      /** `off` after a power-off, `network` while cut off; `on` when unknown. */
      power: NodeStats['power'];
      /** `kubectl cordon` set spec.unschedulable. */
      cordoned: boolean;
    }
  | { kind: 'Pod'; namespace: string; name: string; containers: readonly ContainerFacts[] }
  | { kind: 'Container'; namespace: string; pod: string; container: ContainerFacts }
  | { kind: 'Component'; name: ControlPlaneComponent; running: boolean };

export interface ContainerFacts {
  name: string;
  /** Only a running container can crash. */
  running: boolean;
}

export type FaultCommand =
  | { type: 'kubectl'; line: string }
  | { type: 'fault'; fault: FaultInput }
  /** Open the object in the manifest editor as YAML (kubectl edit). */
  | { type: 'edit'; ref: LiveRef };

export interface FaultItem {
  /** Stable within a menu: `stopNode`, `cordon`, `crash:web`… */
  id: string;
  label: string;
  command: FaultCommand;
  /** Why the item cannot run now; the menu shows it greyed with this reason. */
  disabled?: string;
}

/** The mirror entries and figures a target is built from; each keeps its reference while unchanged. */
export interface TargetFacts {
  entry: MirrorEntry | undefined;
  power: NodeStats['power'] | undefined;
  running: boolean | undefined;
}

/** What `targetFrom` needs of the store, picked so that a shallow compare sees no change. */
export function targetFacts(state: ClusterState, ref: ObjectRef | null): TargetFacts {
  const none = { entry: undefined, power: undefined, running: undefined };
  if (!ref) return none;
  switch (ref.kind) {
    case 'Node':
      return {
        ...none,
        entry: state.mirror.objects.Node?.[ref.id],
        power: state.stats.nodes[ref.id]?.power,
      };
    case 'Pod':
      return { ...none, entry: state.mirror.objects.Pod?.[ref.id] };
    case 'Container':
      return { ...none, entry: state.mirror.objects.Pod?.[podIdOfContainer(ref.id)] };
    case 'Component':
      return isComponent(ref.id) ? { ...none, running: state.stats.components[ref.id] } : none;
    default:
      return none;
  }
}

/** A Container ref's id is `namespace/pod/container`; its pod's id is `namespace/pod`. */
function podIdOfContainer(id: string): string {
  return id.split('/').slice(0, 2).join('/');
}

export function isComponent(name: string): name is ControlPlaneComponent {
  return (COMPONENTS as readonly string[]).includes(name);
}

/** The menu's subject, or null when the page does not know it (or it has no faults). */
export function targetFrom(ref: ObjectRef | null, facts: TargetFacts): FaultTarget | null {
  if (!ref) return null;
  if (ref.kind === 'Component') {
    return isComponent(ref.id)
      ? { kind: 'Component', name: ref.id, running: facts.running ?? true }
      : null;
  }
  const object = facts.entry?.object;
  if (ref.kind === 'Node' && object?.kind === 'Node') {
    return {
      kind: 'Node',
      name: object.metadata.name,
      power: facts.power ?? 'on',
      cordoned: (object as Node).spec?.unschedulable === true,
    };
  }
  if (object?.kind !== 'Pod') return null;
  const pod = object as Pod;
  const namespace = pod.metadata.namespace ?? 'default';
  const containers = containersOf(pod);
  if (ref.kind === 'Pod') return { kind: 'Pod', namespace, name: pod.metadata.name, containers };
  if (ref.kind === 'Container') {
    const name = ref.id.split('/')[2];
    const container = containers.find((c) => c.name === name);
    return container ? { kind: 'Container', namespace, pod: pod.metadata.name, container } : null;
  }
  return null;
}

function containersOf(pod: Pod): ContainerFacts[] {
  const statuses = pod.status?.containerStatuses ?? [];
  return pod.spec.containers.map((c) => ({
    name: c.name,
    running: statuses.some((s) => s.name === c.name && s.state.running !== undefined),
  }));
}

/** `--namespace=…` when the object is not in the default namespace (both eras accept it). */
function inNamespace(namespace: string): string {
  return namespace === 'default' ? '' : ` --namespace=${namespace}`;
}

const kubectl = (line: string): FaultCommand => ({ type: 'kubectl', line });
const fault = (f: FaultInput): FaultCommand => ({ type: 'fault', fault: f });

/** The menu's items for a target, in the order the menu shows them. */
export function faultItems(target: FaultTarget, era: Era): FaultItem[] {
  switch (target.kind) {
    case 'Node':
      return nodeItems(target, era);
    case 'Pod':
      return [
        {
          id: 'deletePod',
          label: 'Delete pod',
          command: kubectl(`kubectl delete pod ${target.name}${inNamespace(target.namespace)}`),
        },
        ...target.containers.map((c) => crashItem(target.namespace, target.name, c)),
        editItem({ kind: 'Pod', namespace: target.namespace, name: target.name }),
      ];
    case 'Container':
      return [crashItem(target.namespace, target.pod, target.container)];
    case 'Component':
      return target.running
        ? [
            {
              id: 'stopComponent',
              label: `Stop ${target.name}`,
              command: fault({ action: 'stopComponent', component: target.name }),
            },
          ]
        : [
            {
              id: 'startComponent',
              label: `Start ${target.name}`,
              command: fault({ action: 'startComponent', component: target.name }),
            },
          ];
  }
}

function nodeItems(target: Extract<FaultTarget, { kind: 'Node' }>, era: Era): FaultItem[] {
  const node = target.name;
  const items: FaultItem[] =
    target.power === 'on'
      ? [
          {
            id: 'stopNode',
            label: 'Stop node (power off)',
            command: fault({ action: 'stopNode', node, mode: 'power-off' }),
          },
          {
            id: 'cutNetwork',
            label: 'Cut network',
            command: fault({ action: 'stopNode', node, mode: 'network' }),
          },
        ]
      : [
          {
            id: 'startNode',
            label: target.power === 'off' ? 'Start node (power on)' : 'Reconnect network',
            command: fault({ action: 'startNode', node }),
          },
        ];
  items.push(
    target.cordoned
      ? { id: 'uncordon', label: 'Uncordon', command: kubectl(`kubectl uncordon ${node}`) }
      : { id: 'cordon', label: 'Cordon', command: kubectl(`kubectl cordon ${node}`) },
  );
  const drain: FaultItem = {
    id: 'drain',
    label: 'Drain',
    command: kubectl(`kubectl drain ${node} --ignore-daemonsets --force`),
  };
  // kubectl drain came with Kubernetes 1.2 (2016): the 2015 era's kubectl has no such command
  if (era === '2015') drain.disabled = 'kubectl had no drain in 2015 (it came in v1.2)';
  items.push(
    drain,
    { id: 'deleteNode', label: 'Delete node', command: kubectl(`kubectl delete node ${node}`) },
    editItem({ kind: 'Node', name: node }),
  );
  return items;
}

/** Not a fault, but where a student looks for it: the object's YAML in the editor. */
const editItem = (ref: LiveRef): FaultItem => ({
  id: 'edit',
  label: 'Edit YAML (kubectl edit)',
  command: { type: 'edit', ref },
});

function crashItem(namespace: string, pod: string, container: ContainerFacts): FaultItem {
  const item: FaultItem = {
    id: `crash:${container.name}`,
    label: `Crash container ${container.name}`,
    command: fault({
      action: 'crashContainer',
      namespace,
      pod,
      container: container.name,
      exitCode: 1,
    }),
  };
  if (!container.running) item.disabled = `container ${container.name} is not running`;
  return item;
}

/** The keyboard shortcuts that run one menu item on the selected object. */
export type FaultShortcut = 'stopStart' | 'cordon' | 'drain' | 'deletePod' | 'crash';

const SHORTCUT_ITEMS: Record<FaultShortcut, (id: string) => boolean> = {
  stopStart: (id) => ['stopNode', 'startNode', 'stopComponent', 'startComponent'].includes(id),
  cordon: (id) => id === 'cordon' || id === 'uncordon',
  drain: (id) => id === 'drain',
  deletePod: (id) => id === 'deletePod',
  // the pod's first container, or the container itself
  crash: (id) => id.startsWith('crash:'),
};

/** The item a shortcut runs on this menu, if it has one that can run now. */
export function itemForShortcut(
  items: readonly FaultItem[],
  shortcut: FaultShortcut,
): FaultItem | undefined {
  const item = items.find((i) => SHORTCUT_ITEMS[shortcut](i.id));
  return item && item.disabled === undefined ? item : undefined;
}

/** The menu's heading: the object's accessible name, as the picture gives it. */
export function targetName(target: FaultTarget): string {
  switch (target.kind) {
    case 'Container':
      return `Container ${target.container.name} (pod ${target.pod})`;
    default:
      return `${target.kind} ${target.name}`;
  }
}
