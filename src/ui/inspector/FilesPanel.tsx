import { useMemo, useState } from 'react';
import type { FileEntry } from '../../worker/protocol';
import type { ContainerTarget } from './ContainerPanels';
import { useLiveTick, useQuery } from './useQuery';

/** Where an entry comes from, in words and a glyph (colour is never the only cue). */
function sourceText(source: FileEntry['source']): string {
  switch (source.kind) {
    case 'image':
      return 'image';
    case 'layer':
      return '✎ container layer';
    case 'volume':
      return `⛁ volume ${source.volume}`;
  }
}

const depthOf = (path: string): number => path.split('/').length - 2;

/**
 * The container's filesystem as `docker export | tar -tvf -` lists it (mode, size, path), with
 * directories that fold and each mounted volume marked where it is mounted. The listing is
 * asked again about once a second while the clock runs, so files a container writes appear.
 */
export function FilesPanel(props: ContainerTarget & { version: unknown }) {
  const tick = useLiveTick();
  const state = useQuery(
    { type: 'files', namespace: props.namespace, pod: props.pod, container: props.container },
    props.version,
    tick,
  );
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const entries = state.phase === 'answered' ? state.value : undefined;
  const visible = useMemo(
    () => (entries ?? []).filter((e) => ![...folded].some((dir) => e.path.startsWith(`${dir}/`))),
    [entries, folded],
  );
  if (state.phase === 'loading') return <p className="inspector-note">Asking the kubelet…</p>;
  if (state.phase === 'failed') return <p className="inspector-error">{state.error}</p>;
  const toggle = (path: string) =>
    setFolded((before) => {
      const next = new Set(before);
      if (!next.delete(path)) next.add(path);
      return next;
    });
  return (
    <div className="inspector-files">
      <p className="inspector-note">
        Simulated: the image&apos;s files are a small part of the real image, and binaries are
        empty. Volumes are shown where they are mounted; <code>docker export</code> would leave them
        out.
      </p>
      <table className="inspector-table">
        <caption className="inspector-sr">
          Files of container {props.container} in pod {props.pod}
        </caption>
        <thead>
          <tr>
            <th scope="col">MODE</th>
            <th scope="col" className="inspector-number">
              SIZE
            </th>
            <th scope="col">PATH</th>
            <th scope="col">FROM</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((entry) => {
            const mountPoint =
              entry.source.kind === 'volume' && entry.source.mountPath === entry.path;
            return (
              <tr
                key={entry.path}
                data-source={entry.source.kind}
                className={mountPoint ? 'inspector-mount' : undefined}
              >
                <td>
                  <code>{entry.mode}</code>
                </td>
                <td className="inspector-number">{entry.size}</td>
                <td style={{ paddingInlineStart: `${0.4 + depthOf(entry.path) * 0.9}rem` }}>
                  {entry.type === 'dir' ? (
                    <button
                      type="button"
                      className="inspector-fold"
                      aria-expanded={!folded.has(entry.path)}
                      onClick={() => toggle(entry.path)}
                    >
                      <span aria-hidden="true">{folded.has(entry.path) ? '▸' : '▾'} </span>
                      <code>{entry.path}/</code>
                    </button>
                  ) : (
                    <code>{entry.path}</code>
                  )}
                </td>
                <td>
                  {sourceText(entry.source)}
                  {mountPoint ? ' mounted here' : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
