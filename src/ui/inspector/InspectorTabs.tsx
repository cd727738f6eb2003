import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { TAB_LABELS, type InspectorTab } from '../../state/inspector';

/**
 * A WAI-ARIA tablist: one tab in the Tab order, ←/→ (and Home/End) move between tabs and show
 * each at once; the panel follows in the Tab order so long output can be scrolled by keyboard.
 */
export function InspectorTabs(props: {
  tabs: readonly InspectorTab[];
  active: InspectorTab;
  onChange: (tab: InspectorTab) => void;
  label: string;
  children: ReactNode;
}) {
  const { tabs, active, onChange } = props;
  const base = useId();
  const buttons = useRef(new Map<InspectorTab, HTMLButtonElement>());
  const tabId = (tab: InspectorTab) => `${base}-tab-${tab}`;
  const panelId = `${base}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(active);
    const target =
      event.key === 'ArrowRight'
        ? tabs[(at + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(at - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onChange(target);
    buttons.current.get(target)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={props.label} className="inspector-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              if (el) buttons.current.set(tab, el);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={tab === active}
            aria-controls={panelId}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onChange(tab)}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(active)}
        className="inspector-panel"
        tabIndex={0}
      >
        {props.children}
      </div>
    </>
  );
}
