import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCluster, useSession } from '../../state/context';
import type { ObjectRef } from '../../state/store';
import {
  ALL_ROWS,
  filterRows,
  humanDuration,
  refName,
  timelineRows,
  type EventRow,
  type InputRow,
  type TimelineFilter,
} from '../../state/timeline';
import { useAgeClock } from './useAgeClock';
import { useThrottled } from './useThrottled';

/** New events reach the list at most this often (real ms); the student's inputs at once. */
const ROWS_EVERY_MS = 250;

/**
 * The events list: `kubectl get events` as it happens, with the student's inputs woven in,
 * newest at the bottom. It follows new rows while scrolled to the bottom and stays put once
 * the student scrolls up to read.
 */
export function EventsList() {
  const events = useThrottled(
    useCluster((s) => s.mirror.objects.Event),
    ROWS_EVERY_MS,
  );
  const journal = useCluster((s) => s.journal);
  const epochMs = useCluster((s) => s.cluster?.epochMs ?? 0);
  const selected = useCluster((s) => s.ui.selected);
  const now = useAgeClock();
  const [filter, setFilter] = useState<Omit<TimelineFilter, 'only'>>(ALL_ROWS);
  const [onlySelected, setOnlySelected] = useState(false);

  const rows = useMemo(() => timelineRows(events, journal, epochMs), [events, journal, epochMs]);
  const only = onlySelected ? selected : null;
  const shown = useMemo(() => filterRows(rows, { ...filter, only }), [rows, filter, only]);

  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following) element.scrollTop = element.scrollHeight;
  }, [shown, following]);

  return (
    <div className="events">
      <div className="events-filters" role="group" aria-label="Filter events">
        <input
          type="search"
          className="events-search"
          aria-label="Filter by object"
          placeholder="object: pod/web, node-2…"
          value={filter.objectText}
          onChange={(e) => setFilter({ ...filter, objectText: e.target.value })}
        />
        <label title={selected ? undefined : 'Select an object in the picture first'}>
          <input
            type="checkbox"
            checked={onlySelected && selected !== null}
            disabled={selected === null}
            onChange={(e) => setOnlySelected(e.target.checked)}
          />{' '}
          only {selected ? `${selected.kind} ${refName(selected)}` : 'the selected object'}
        </label>
        {(['Normal', 'Warning'] as const).map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={filter.types[type]}
              onChange={(e) =>
                setFilter({ ...filter, types: { ...filter.types, [type]: e.target.checked } })
              }
            />{' '}
            {type}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={filter.inputs}
            onChange={(e) => setFilter({ ...filter, inputs: e.target.checked })}
          />{' '}
          your inputs
        </label>
      </div>
      <div
        ref={scroller}
        className="events-scroll"
        tabIndex={0}
        role="region"
        aria-label="Events"
        onScroll={(e) => {
          const el = e.currentTarget;
          setFollowing(el.scrollHeight - el.scrollTop - el.clientHeight < 24);
        }}
      >
        <table className="events-table">
          <thead>
            <tr>
              <th scope="col">LAST SEEN</th>
              <th scope="col">TYPE</th>
              <th scope="col">REASON</th>
              <th scope="col">OBJECT</th>
              <th scope="col">MESSAGE</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={5} className="events-empty">
                  {rows.length === 0 ? 'No events yet.' : 'No events match the filter.'}
                </td>
              </tr>
            )}
            {shown.map((row) =>
              row.type === 'event' ? (
                <EventLine key={row.key} row={row} age={lastSeen(row, now)} />
              ) : (
                <InputLine key={row.key} row={row} age={humanDuration(sinceThen(now, row.time))} />
              ),
            )}
          </tbody>
        </table>
      </div>
      {!following && (
        <button type="button" className="events-newest" onClick={() => setFollowing(true)}>
          ↓ Follow the newest events
        </button>
      )}
    </div>
  );
}

/**
 * The age clock is rounded down (see useAgeClock), so a row from this very moment can be a
 * little ahead of it: that is 0s old, not kubectl's `<invalid>` for a clock from the future.
 */
function sinceThen(now: number, time: number): number {
  return Math.max(0, now - time);
}

/** LAST SEEN as `kubectl describe` words a repeated event: `10s (x3 over 35s)`. */
function lastSeen(row: EventRow, now: number): string {
  const age = humanDuration(sinceThen(now, row.time));
  return row.count > 1 ? `${age} (x${row.count})` : age;
}

function refOfInvolved(row: EventRow): ObjectRef {
  const { kind, namespace, name } = row.involved;
  return { kind, id: namespace ? `${namespace}/${name}` : name };
}

const EventLine = memo(function EventLine(props: { row: EventRow; age: string }) {
  const { row, age } = props;
  const session = useSession();
  return (
    <tr data-row="event" data-type={row.eventType} data-reason={row.reason}>
      <td className="events-age">{age}</td>
      <td className="events-type">
        {row.eventType === 'Warning' && <span aria-hidden="true">⚠ </span>}
        {row.eventType}
      </td>
      <td className="events-reason">{row.reason}</td>
      <td className="events-object">
        <button
          type="button"
          className="events-object-link"
          title={`Show ${row.involved.kind} ${row.involved.name} in the inspector`}
          onClick={() => session.select(refOfInvolved(row))}
        >
          {row.object}
        </button>
      </td>
      <td className="events-message">{row.message}</td>
    </tr>
  );
});

const InputLine = memo(function InputLine(props: { row: InputRow; age: string }) {
  const { row, age } = props;
  return (
    <tr data-row="input" data-source={row.source}>
      <td className="events-age">{age}</td>
      <td className="events-input" colSpan={4}>
        <span aria-hidden="true">{row.source === 'fault' ? '⚡ ' : '› '}</span>
        {row.text}
      </td>
    </tr>
  );
});
