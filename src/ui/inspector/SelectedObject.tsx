import { useId, useMemo, useState } from 'react';
import type { Pod } from '../../engine/types';
import { useCluster, useSession } from '../../state/context';
import {
  anchorOf,
  describeLine,
  headingOf,
  inspectorSubject,
  yamlLine,
  type ApiObjectRef,
  type InspectorSubject,
  type InspectorTab,
} from '../../state/inspector';
import type { MirrorEntry, ObjectsByKind } from '../../state/mirror';
import type { ClusterState, ObjectRef } from '../../state/store';
import { AboutPanel } from './AboutPanel';
import { EnvPanel, LogsPanel } from './ContainerPanels';
import { EventsPanel } from './EventsPanel';
import { FilesPanel } from './FilesPanel';
import { InspectorTabs } from './InspectorTabs';
import { KubectlPanel } from './KubectlPanel';
import { SchedulerPanel } from './SchedulerPanel';
import { useLiveTick, useQuery } from './useQuery';

const selectEra = (s: ClusterState) => s.cluster?.era ?? 'modern';

/** One selected object: its heading, a close button, and its tabs. */
export function SelectedObject(props: {
  selected: ObjectRef;
  tab: string;
  onTab: (tab: InspectorTab) => void;
  onClose: () => void;
}) {
  const { selected } = props;
  const anchor = useMemo(() => anchorOf(selected), [selected]);
  // the one mirror entry this object depends on: another object changing does not redraw it
  const entry = useCluster((s) =>
    anchor ? s.mirror.objects[anchor.kind]?.[anchor.id] : undefined,
  );
  const subject = useMemo(() => {
    const objects: ObjectsByKind = anchor && entry ? { [anchor.kind]: { [anchor.id]: entry } } : {};
    return inspectorSubject(selected, objects);
  }, [selected, anchor, entry]);
  const headingId = useId();

  const heading = subject?.heading ?? headingOf(selected);
  return (
    <div className="inspector-selected" aria-labelledby={headingId} role="group">
      <div className="inspector-head">
        <h2 id={headingId}>{heading}</h2>
        {subject?.object && <EditButton object={subject.object} />}
        <button
          type="button"
          className="inspector-close"
          aria-label="Close the Inspector"
          title="Close (Esc)"
          onClick={props.onClose}
        >
          ✕
        </button>
      </div>
      {subject?.namespace && subject.namespace !== 'default' && (
        <p className="inspector-muted">namespace {subject.namespace}</p>
      )}
      {subject ? (
        <Tabs subject={subject} entry={entry} tab={props.tab} onTab={props.onTab} />
      ) : (
        <p className="inspector-note">{heading} is gone: the cluster no longer has it.</p>
      )}
    </div>
  );
}

/**
 * `kubectl edit`: the stored object opens in the manifest editor as YAML; Apply there writes it
 * back, refused with the API server's Conflict if the object changed meanwhile.
 */
function EditButton({ object }: { object: ApiObjectRef }) {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="inspector-edit"
        title={`Open ${object.kind} ${object.name} in the editor as YAML (kubectl edit)`}
        onClick={() =>
          session
            .editLive({
              kind: object.kind,
              name: object.name,
              ...(object.namespace !== undefined && { namespace: object.namespace }),
            })
            .then(
              () => setError(null),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
        }
      >
        Edit
      </button>
      {error !== null && (
        <span className="inspector-muted" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function Tabs(props: {
  subject: InspectorSubject;
  entry: MirrorEntry | undefined;
  tab: string;
  onTab: (tab: InspectorTab) => void;
}) {
  const { subject } = props;
  const active = (subject.tabs as string[]).includes(props.tab)
    ? (props.tab as InspectorTab)
    : (subject.tabs[0] ?? 'describe');
  const containers = subject.pod?.containers ?? [];
  const [picked, setPicked] = useState(containers[0] ?? '');
  const container = containers.includes(picked) ? picked : (containers[0] ?? '');
  const needsContainer = active === 'env' || active === 'logs' || active === 'files';
  const pickerId = useId();
  return (
    <InspectorTabs
      tabs={subject.tabs}
      active={active}
      onChange={props.onTab}
      label={`${subject.heading} details`}
    >
      {needsContainer && containers.length > 1 && (
        <p className="inspector-picker">
          <label htmlFor={pickerId}>Container </label>
          <select id={pickerId} value={container} onChange={(e) => setPicked(e.target.value)}>
            {containers.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </p>
      )}
      <TabContent subject={subject} entry={props.entry} tab={active} container={container} />
    </InspectorTabs>
  );
}

function TabContent(props: {
  subject: InspectorSubject;
  entry: MirrorEntry | undefined;
  tab: InspectorTab;
  container: string;
}) {
  const { subject, entry, tab, container } = props;
  const era = useCluster(selectEra);
  const version = entry?.object;
  const object = subject.object;
  const pod = subject.pod;
  switch (tab) {
    case 'about':
      return <AboutPanel subject={subject} />;
    case 'describe':
      return object ? <DescribePanel line={describeLine(object)} version={version} /> : null;
    case 'yaml':
      return object ? <YamlPanel line={yamlLine(object)} version={version} /> : null;
    case 'events':
      return object ? (
        <EventsPanel
          object={object}
          {...(subject.kind === 'Container' ? { container: subject.name } : {})}
        />
      ) : null;
    case 'scheduler':
      return pod ? (
        <SchedulerPanel namespace={pod.namespace} pod={pod.name} version={version} />
      ) : null;
  }
  if (!pod || !container) return null;
  const target = { era, namespace: pod.namespace, pod: pod.name, container };
  switch (tab) {
    case 'env':
      return entry ? (
        <EnvPanel {...target} podObject={entry.object as Pod} version={version} />
      ) : null;
    case 'logs':
      return <LogsPanel {...target} version={version} />;
    case 'files':
      return <FilesPanel {...target} version={version} />;
  }
}

/** kubectl describe, asked again when the object changes and as time runs (its ages move). */
function DescribePanel(props: { line: string; version: unknown }) {
  const tick = useLiveTick();
  const state = useQuery({ type: 'kubectl', line: props.line }, props.version, tick);
  return <KubectlPanel line={props.line} state={state} />;
}

function YamlPanel(props: { line: string; version: unknown }) {
  const state = useQuery({ type: 'kubectl', line: props.line }, props.version);
  return <KubectlPanel line={props.line} state={state} />;
}
