import { GLYPHS, toneOf } from './statusLook';

/** kubectl's STATUS text with its glyph; the colour comes from the enclosing `data-tone`. */
export function StatusBadge(props: { status: string | undefined }) {
  const tone = toneOf(props.status);
  return (
    <span className="status">
      <span className="glyph" aria-hidden="true">
        {GLYPHS[tone]}
      </span>
      {props.status ?? 'Unknown'}
    </span>
  );
}
