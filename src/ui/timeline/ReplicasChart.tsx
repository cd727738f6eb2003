import { useEffect, useMemo, useState } from 'react';
import { useCluster, useClusterShallow } from '../../state/context';
import type { ControllerHistory } from '../../state/history';
import { faultText } from '../../state/timeline';
import { replicaChart, SERIES } from './replicaChart';
import { useAgeClock } from './useAgeClock';

const SHORT_KIND: Record<ControllerHistory['kind'], string> = {
  ReplicationController: 'replicationcontroller',
  ReplicaSet: 'replicaset',
  Deployment: 'deployment',
};

/** `deployment/web`, as kubectl names an object (and `-n ns` when not in default). */
function controllerName(history: Pick<ControllerHistory, 'kind' | 'id'>): string {
  const [namespace, name] = history.id.includes('/')
    ? history.id.split('/')
    : ['default', history.id];
  const inNamespace = namespace && namespace !== 'default' ? ` (namespace ${namespace})` : '';
  return `${SHORT_KIND[history.kind]}/${name ?? history.id}${inNamespace}`;
}

const CONTROLLER_KINDS = new Set(['ReplicationController', 'ReplicaSet', 'Deployment']);

/**
 * Desired, current and ready replicas of one controller over simulated time, with the faults
 * as vertical markers: the student sees a node stop, ready fall, and the controller bring the
 * count back. A figure with a caption and the latest figures as text, for screen readers too.
 */
export function ReplicasChart() {
  const keys = useClusterShallow((s) => Object.keys(s.history).sort());
  const selected = useCluster((s) => s.ui.selected);
  const latestKey = useCluster((s) => defaultController(s.history));
  const [chosen, setChosen] = useState<string | null>(null);
  const selectedKey =
    selected && CONTROLLER_KINDS.has(selected.kind) ? `${selected.kind}/${selected.id}` : null;
  // the student's pick, else the controller selected in the picture, else the latest to change
  const key =
    (chosen && keys.includes(chosen) && chosen) ||
    (selectedKey && keys.includes(selectedKey) && selectedKey) ||
    latestKey;
  const history = useCluster((s) => (key ? s.history[key] : undefined));
  const journal = useCluster((s) => s.journal);
  const now = useAgeClock();
  const faults = useMemo(
    () =>
      journal.flatMap((entry) =>
        entry.input.type === 'fault'
          ? [{ time: entry.at, text: `fault: ${faultText(entry.input.fault)}` }]
          : [],
      ),
    [journal],
  );

  const [box, width, boxHeight] = useSize();
  const height = Math.max(110, boxHeight);
  const chart = useMemo(
    () =>
      history && width > 0
        ? replicaChart({
            points: history.points,
            end: history.deletedAt ?? now,
            faults,
            width,
            height,
          })
        : null,
    [history, width, height, now, faults],
  );

  if (keys.length === 0) {
    return (
      <figure className="replicas" aria-label="Replicas over time">
        <figcaption>Replicas over time</figcaption>
        <p className="replicas-empty">
          No controllers yet. Try{' '}
          <code>kubectl create deployment web --image=nginx --replicas=3</code>.
        </p>
      </figure>
    );
  }
  const last = history?.points.at(-1);
  const name = history ? controllerName(history) : '';
  const figures = last
    ? `desired ${last.desired}, current ${last.current}, ready ${last.ready}${history?.deletedAt !== undefined ? ' (deleted)' : ''}`
    : '';
  return (
    <figure className="replicas" aria-labelledby="replicas-caption">
      <figcaption id="replicas-caption">
        Replicas of{' '}
        <select
          aria-label="Controller"
          value={key ?? ''}
          onChange={(e) => setChosen(e.target.value)}
        >
          {keys.map((k) => {
            const [kind = '', ...id] = k.split('/');
            return (
              <option key={k} value={k}>
                {controllerName({ kind: kind as ControllerHistory['kind'], id: id.join('/') })}
              </option>
            );
          })}
        </select>{' '}
        over simulated time
      </figcaption>
      <p className="replicas-figures" data-controller={name}>
        {SERIES.map((series) => (
          <span key={series} className="replicas-key" data-series={series}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="22" y2="4" />
            </svg>
            {series} {last?.[series] ?? 0}
          </span>
        ))}
        {history?.deletedAt !== undefined && <span> (deleted)</span>}
      </p>
      <div ref={box} className="replicas-plot">
        {chart && (
          <svg
            width={chart.width}
            height={chart.height}
            role="img"
            aria-label={`${name}: ${figures}. ${chart.markers.length} fault${chart.markers.length === 1 ? '' : 's'} marked.`}
          >
            {chart.yTicks.map((t) => (
              <g key={t.value} className="replicas-grid">
                <line x1={chart.plot.left} x2={chart.plot.right} y1={t.y} y2={t.y} />
                <text x={chart.plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
                  {t.value}
                </text>
              </g>
            ))}
            {chart.xTicks.map((t) => (
              <text
                key={t.label}
                className="replicas-tick"
                x={t.x}
                y={chart.plot.bottom + 15}
                textAnchor="middle"
              >
                {t.label}
              </text>
            ))}
            {chart.markers.map((m) => (
              <g key={m.key} className="replicas-fault" data-fault={m.text}>
                <title>{m.text}</title>
                <line x1={m.x} x2={m.x} y1={chart.plot.top} y2={chart.plot.bottom} />
                <text x={m.x + 3} y={chart.plot.top + 10}>
                  ⚡
                </text>
              </g>
            ))}
            {/* ready (thick) underneath, desired (dashed) on top: equal lines all stay visible */}
            {[...chart.lines].reverse().map((l) => (
              <path key={l.series} className="replicas-line" data-series={l.series} d={l.d} />
            ))}
          </svg>
        )}
      </div>
      {chart && chart.markers.length > 0 && (
        <ul className="timeline-sr-only">
          {chart.markers.map((m) => (
            <li key={m.key}>{m.text}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/**
 * The controller the chart shows unless the student picks one: the newest that still exists,
 * a Deployment or RC before ReplicaSets (a Deployment's own ReplicaSets change with it, and the
 * chart should not hop between them while a rollout runs).
 */
function defaultController(history: Readonly<Record<string, ControllerHistory>>): string | null {
  let best: string | null = null;
  let bestRank: readonly number[] = [];
  for (const [key, h] of Object.entries(history)) {
    const rank = [
      h.deletedAt === undefined ? 1 : 0,
      h.kind === 'ReplicaSet' ? 0 : 1,
      h.points[0]?.time ?? 0,
    ];
    if (laterOrEqual(rank, bestRank)) {
      best = key;
      bestRank = rank;
    }
  }
  return best;
}

function laterOrEqual(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? -Infinity;
    if (x !== y) return x > y;
  }
  return true;
}

/** The size of an element that may come and go (a callback ref), kept up to date. */
function useSize(): [(element: HTMLElement | null) => void, number, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const measure = (): void =>
      setSize((was) =>
        was.width === element.clientWidth && was.height === element.clientHeight
          ? was
          : { width: element.clientWidth, height: element.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size.width, size.height];
}
