import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../engine/types';
import { faultItems, itemForShortcut, targetFacts, targetFrom, type FaultTarget } from './faults';
import { applyChanges, emptyMirror } from './mirror';
import { initialClusterState, type ClusterState } from './store';
import { change, node, pod } from './testObjects';

const labels = (target: FaultTarget, era: 'modern' | '2015' = 'modern'): string[] =>
  faultItems(target, era).map((i) => (i.disabled ? `${i.label} (disabled)` : i.label));

function withObjects(...objects: (Pod | Node)[]): ClusterState {
  const state = initialClusterState();
  const mirror = applyChanges(
    emptyMirror,
    objects.map((o, i) => change('ADDED', o, i + 1)),
  );
  return { ...state, mirror };
}

function runningPod(name: string, containers: string[], running: string[]): Pod {
  const p = pod(name, 'node-1');
  p.spec.containers = containers.map((c) => ({ name: c, image: 'nginx' }));
  p.status = {
    phase: 'Running',
    containerStatuses: containers.map((c) => ({
      name: c,
      state: running.includes(c)
        ? { running: { startedAt: '' } }
        : { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: {},
      ready: running.includes(c),
      restartCount: 0,
      image: 'nginx',
      imageID: '',
    })),
  } as NonNullable<Pod['status']>;
  return p;
}

describe('the fault menu of a node', () => {
  const on: FaultTarget = { kind: 'Node', name: 'node-2', power: 'on', cordoned: false };

  it('offers to stop a running node, cut its network, cordon, drain and delete it', () => {
    expect(labels(on)).toEqual([
      'Stop node (power off)',
      'Cut network',
      'Cordon',
      'Drain',
      'Delete node',
      'Edit YAML (kubectl edit)',
    ]);
  });

  it('offers to start a stopped node, and to uncordon a cordoned one', () => {
    expect(labels({ ...on, power: 'off', cordoned: true })).toEqual([
      'Start node (power on)',
      'Uncordon',
      'Drain',
      'Delete node',
      'Edit YAML (kubectl edit)',
    ]);
    expect(labels({ ...on, power: 'network' })[0]).toBe('Reconnect network');
  });

  it('runs cordon, drain and delete as the kubectl commands a student would type', () => {
    const lines = faultItems(on, 'modern').flatMap((i) =>
      i.command.type === 'kubectl' ? [i.command.line] : [],
    );
    expect(lines).toEqual([
      'kubectl cordon node-2',
      'kubectl drain node-2 --ignore-daemonsets --force',
      'kubectl delete node node-2',
    ]);
  });

  it('stops and starts the machine through the cluster faults', () => {
    const [stop, cut] = faultItems(on, 'modern');
    expect(stop?.command).toEqual({
      type: 'fault',
      fault: { action: 'stopNode', node: 'node-2', mode: 'power-off' },
    });
    expect(cut?.command).toEqual({
      type: 'fault',
      fault: { action: 'stopNode', node: 'node-2', mode: 'network' },
    });
  });

  it('greys out drain in the 2015 era, whose kubectl had no drain', () => {
    const drain = faultItems(on, '2015').find((i) => i.id === 'drain');
    expect(drain?.disabled).toMatch(/no drain in 2015/);
  });
});

describe('the fault menu of a pod', () => {
  it('deletes the pod with kubectl and crashes each of its containers', () => {
    const state = withObjects(runningPod('web-1', ['web', 'sidecar'], ['web', 'sidecar']));
    const ref = { kind: 'Pod', id: 'default/web-1' };
    const target = targetFrom(ref, targetFacts(state, ref));
    expect(target && labels(target)).toEqual([
      'Delete pod',
      'Crash container web',
      'Crash container sidecar',
      'Edit YAML (kubectl edit)',
    ]);
    expect(target && faultItems(target, 'modern').at(-1)?.command).toEqual({
      type: 'edit',
      ref: { kind: 'Pod', namespace: 'default', name: 'web-1' },
    });
    const items = target ? faultItems(target, 'modern') : [];
    expect(items[0]?.command).toEqual({ type: 'kubectl', line: 'kubectl delete pod web-1' });
    expect(items[1]?.command).toEqual({
      type: 'fault',
      fault: {
        action: 'crashContainer',
        namespace: 'default',
        pod: 'web-1',
        container: 'web',
        exitCode: 1,
      },
    });
  });

  it('names the namespace of a pod outside the default one', () => {
    const target: FaultTarget = {
      kind: 'Pod',
      namespace: 'kube-system',
      name: 'dns',
      containers: [],
    };
    expect(faultItems(target, 'modern')[0]?.command).toEqual({
      type: 'kubectl',
      line: 'kubectl delete pod dns --namespace=kube-system',
    });
  });

  it('cannot crash a container that is not running', () => {
    const state = withObjects(runningPod('web-1', ['web'], []));
    const ref = { kind: 'Container', id: 'default/web-1/web' };
    const target = targetFrom(ref, targetFacts(state, ref));
    expect(target?.kind).toBe('Container');
    expect(target && labels(target)).toEqual(['Crash container web (disabled)']);
  });
});

describe('the fault menu of a control-plane component', () => {
  it('stops a running component and starts a stopped one', () => {
    const state = initialClusterState();
    const ref = { kind: 'Component', id: 'scheduler' };
    const running = targetFrom(ref, targetFacts(state, ref));
    expect(running && labels(running)).toEqual(['Stop scheduler']);
    const stopped = {
      ...state,
      stats: { ...state.stats, components: { ...state.stats.components, scheduler: false } },
    };
    const target = targetFrom(ref, targetFacts(stopped, ref));
    expect(target && faultItems(target, 'modern')[0]?.command).toEqual({
      type: 'fault',
      fault: { action: 'startComponent', component: 'scheduler' },
    });
  });
});

describe('the menu subject', () => {
  it('reads a node’s power from the stats and its cordon from the object', () => {
    const cordoned = node('node-2');
    cordoned.spec = { unschedulable: true };
    const state = withObjects(cordoned);
    const withStats: ClusterState = {
      ...state,
      stats: {
        ...state.stats,
        nodes: {
          'node-2': {
            name: 'node-2',
            power: 'off',
            cpuMilli: 0,
            memoryBytes: 0,
            images: [],
            pulls: [],
          },
        },
      },
    };
    const ref = { kind: 'Node', id: 'node-2' };
    expect(targetFrom(ref, targetFacts(withStats, ref))).toEqual({
      kind: 'Node',
      name: 'node-2',
      power: 'off',
      cordoned: true,
    });
  });

  it('is unknown for objects the mirror does not have, and kinds without faults', () => {
    const state = initialClusterState();
    expect(targetFrom({ kind: 'Pod', id: 'default/gone' }, targetFacts(state, null))).toBeNull();
    expect(targetFrom({ kind: 'Service', id: 'default/web' }, targetFacts(state, null))).toBeNull();
    expect(targetFrom({ kind: 'Component', id: 'kubelet' }, targetFacts(state, null))).toBeNull();
  });
});

describe('fault shortcuts', () => {
  const node2: FaultTarget = { kind: 'Node', name: 'node-2', power: 'on', cordoned: false };

  it('s stops a running node and starts a stopped one; c cordons or uncordons', () => {
    expect(itemForShortcut(faultItems(node2, 'modern'), 'stopStart')?.id).toBe('stopNode');
    const off = faultItems({ ...node2, power: 'off', cordoned: true }, 'modern');
    expect(itemForShortcut(off, 'stopStart')?.id).toBe('startNode');
    expect(itemForShortcut(off, 'cordon')?.id).toBe('uncordon');
  });

  it('x crashes the pod’s first running container; nothing when the item is disabled', () => {
    const items = faultItems(
      {
        kind: 'Pod',
        namespace: 'default',
        name: 'web',
        containers: [
          { name: 'a', running: true },
          { name: 'b', running: true },
        ],
      },
      'modern',
    );
    expect(itemForShortcut(items, 'crash')?.id).toBe('crash:a');
    expect(itemForShortcut(faultItems(node2, '2015'), 'drain')).toBeUndefined();
    expect(itemForShortcut(faultItems(node2, 'modern'), 'deletePod')).toBeUndefined();
  });
});
