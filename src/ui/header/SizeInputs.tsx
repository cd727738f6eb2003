import { Fragment, type ReactNode } from 'react';
import type { SizeFields } from '../../state/setup';

interface FieldProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

const PARTS = [
  { key: 'cpu', label: 'CPU', size: 6 },
  { key: 'memory', label: 'Memory', size: 7 },
  { key: 'pods', label: 'Max pods', size: 5 },
] as const;

/** One node size's three fields (CPU, memory, max pods), each with its own message. */
export function SizeInputs(props: {
  /** The form path of this size, for messages: `size` or `sizes.2`. */
  prefix: string;
  /** The node these fields size, for their names when there is one row per node. */
  node?: string;
  value: SizeFields;
  placeholder: SizeFields;
  field(name: string): FieldProps;
  problem(name: string): ReactNode;
  onChange(value: SizeFields): void;
}) {
  return (
    <div className="setup-size">
      {PARTS.map((part) => {
        const name = `${props.prefix}.${part.key}`;
        const attrs = props.field(name);
        return (
          <div key={part.key} className="setup-size-part">
            <label htmlFor={attrs.id}>
              {props.node !== undefined ? (
                <span className="setup-sr-only">{props.node} </span>
              ) : null}
              {part.label}
            </label>
            <input
              {...attrs}
              size={part.size}
              placeholder={props.placeholder[part.key]}
              value={props.value[part.key]}
              onChange={(e) => props.onChange({ ...props.value, [part.key]: e.target.value })}
            />
          </div>
        );
      })}
      {/* after the three fields, so a message never pushes a field out of line */}
      {PARTS.map((part) => (
        <Fragment key={part.key}>{props.problem(`${props.prefix}.${part.key}`)}</Fragment>
      ))}
    </div>
  );
}
