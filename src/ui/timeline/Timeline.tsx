import { useState, type KeyboardEvent } from 'react';
import { EventsList } from './EventsList';
import { ReplicasChart } from './ReplicasChart';
import './timeline.css';

const VIEWS = [
  { id: 'events', label: 'Events' },
  { id: 'replicas', label: 'Replicas' },
] as const;
type View = (typeof VIEWS)[number]['id'];

/**
 * The timeline: what happened, in Kubernetes' words (the events, with the student's commands
 * and faults among them), and what it did to each controller's replicas. Two tabs, because
 * kubectl's five event columns need the panel's whole width to stay readable.
 */
export function Timeline() {
  const [view, setView] = useState<View>('events');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = view === 'events' ? 'replicas' : 'events';
    setView(next);
    document.getElementById(`timeline-tab-${next}`)?.focus();
  };
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-head">
        <h2 className="timeline-title">Timeline</h2>
        <div role="tablist" aria-label="Timeline views" onKeyDown={onKeyDown}>
          {VIEWS.map((v) => (
            <button
              key={v.id}
              id={`timeline-tab-${v.id}`}
              type="button"
              role="tab"
              className="timeline-tab"
              aria-selected={view === v.id}
              aria-controls={`timeline-panel-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>
      {/* the events stay mounted, so their scroll position and filters survive a look at the chart */}
      <div
        id="timeline-panel-events"
        role="tabpanel"
        aria-labelledby="timeline-tab-events"
        className="timeline-panel"
        hidden={view !== 'events'}
      >
        <EventsList />
      </div>
      {view === 'replicas' && (
        <div
          id="timeline-panel-replicas"
          role="tabpanel"
          aria-labelledby="timeline-tab-replicas"
          className="timeline-panel"
        >
          <ReplicasChart />
        </div>
      )}
    </section>
  );
}
