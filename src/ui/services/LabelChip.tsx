import { useMemo, type FocusEvent, type MouseEvent } from 'react';
import { useSession } from '../../state/context';
import type { HoverTarget } from '../../state/store';
import './labels.css';

/**
 * A `key=value` label as a chip. Hovering or focusing it highlights every object that carries
 * the label (pods, services, controllers, nodes). Reusable wherever labels are listed.
 */
export function LabelChip(props: { labelKey: string; value: string }) {
  const { labelKey, value } = props;
  const session = useSession();
  // one target per chip, so the store sees the same hover while it lasts
  const target = useMemo<HoverTarget>(
    () => ({ type: 'label', key: labelKey, value }),
    [labelKey, value],
  );
  const text = `${labelKey}=${value}`;
  // the chip's hover wins over the box it sits in: stop the box from taking it back
  const point = (event: MouseEvent | FocusEvent): void => {
    event.stopPropagation();
    session.hover(target);
  };
  return (
    <span
      className="label-chip"
      tabIndex={0}
      title={`Label ${text}: highlights every object that has it`}
      data-label-key={labelKey}
      data-label-value={value}
      onMouseOver={point}
      onFocus={point}
      onMouseLeave={() => session.hover(null)}
    >
      {text}
    </span>
  );
}

/** A selector requirement that is not a plain pair (`tier in (fe,be)`), shown as kubectl prints it. */
function ExpressionChip(props: { expression: string }) {
  return (
    <span className="label-chip" title={`Selector requirement ${props.expression}`}>
      {props.expression}
    </span>
  );
}

/** A selector's chips in a row, or `<none>` (kubectl's word for no selector). */
export function SelectorChips(props: {
  pairs: readonly { key: string; value: string }[];
  expressions?: readonly string[];
}) {
  const { pairs, expressions = [] } = props;
  if (pairs.length === 0 && expressions.length === 0)
    return <span className="label-none">&lt;none&gt;</span>;
  return (
    <span className="label-chips">
      {pairs.map((p) => (
        <LabelChip key={`${p.key}=${p.value}`} labelKey={p.key} value={p.value} />
      ))}
      {expressions.map((e) => (
        <ExpressionChip key={e} expression={e} />
      ))}
    </span>
  );
}
