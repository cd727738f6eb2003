import { useId, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../../state/context';
import { searchForOptions } from '../../state/options';
import {
  checkSetup,
  defaultSize,
  SETUP_MAX_NODES,
  setupFromOptions,
  sizesFor,
  type SetupForm,
  type SetupProblems,
  type SizeFields,
} from '../../state/setup';
import { SizeInputs } from './SizeInputs';
import './setup.css';

/**
 * The cluster set-up: how many nodes, their size, the era and the seed. "Reset cluster" starts a
 * new cluster and writes the options into the address, so a reload (or a shared link) gives the
 * same cluster. The console history and the editor's document stay.
 */
export function SetupDialog() {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<SetupForm>(() => setupFromOptions(session.options));
  const [problems, setProblems] = useState<SetupProblems>({});
  const id = useId();
  const title = `${id}-title`;

  const open = (): void => {
    setForm(setupFromOptions(session.options));
    setProblems({});
    dialog.current?.showModal();
  };

  const change = (next: Partial<SetupForm>): void => {
    const changed = { ...form, ...next };
    setForm(changed);
    // once the messages show, they follow the typing (a fixed field loses its message at once)
    if (Object.keys(problems).length > 0) {
      const result = checkSetup(changed);
      setProblems(result.ok ? {} : result.problems);
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = checkSetup(form);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    session.reset(result.options);
    const search = searchForOptions(result.options, window.location.search);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
    dialog.current?.close();
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems[name] !== undefined,
    'aria-describedby': problems[name] !== undefined ? `${id}-${name}-problem` : undefined,
  });
  const problem = (name: string) =>
    problems[name] !== undefined && (
      <p id={`${id}-${name}-problem`} className="setup-problem">
        <span aria-hidden="true">✕ </span>
        {problems[name]}
      </p>
    );
  const placeholder = defaultSize(form.era);
  const count = Number(form.nodes);
  const rows = Number.isInteger(count) && count >= 1 && count <= SETUP_MAX_NODES ? count : 0;
  const problemCount = Object.keys(problems).length;

  return (
    <>
      <button type="button" className="control" onClick={open} aria-haspopup="dialog">
        <span aria-hidden="true">⚙</span> Cluster set-up
      </button>
      <dialog
        ref={dialog}
        className="setup"
        aria-labelledby={title}
        // the page's shortcuts (Space, s, …) stay out of the form
        onKeyDown={(event) => event.stopPropagation()}
      >
        <form onSubmit={submit} noValidate>
          <h2 id={title}>Cluster set-up</h2>
          <p className="setup-note">
            Reset starts a new cluster: every object goes, your kubectl history and the editor stay.
          </p>
          {problemCount > 0 && (
            <p className="setup-problem" role="alert">
              <span aria-hidden="true">✕ </span>
              {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} fixing:{' '}
              {Object.values(problems).join('; ')}.
            </p>
          )}
          <div className="setup-row">
            <label htmlFor={`${id}-nodes`}>Nodes</label>
            <input
              {...field('nodes')}
              inputMode="numeric"
              size={4}
              value={form.nodes}
              onChange={(e) => change({ nodes: e.target.value })}
            />
            <span className="setup-hint">1 to {SETUP_MAX_NODES}</span>
            {problem('nodes')}
          </div>
          <fieldset className="setup-row">
            <legend>Era</legend>
            {(['2015', 'modern'] as const).map((era) => (
              <label key={era} className="setup-choice">
                <input
                  type="radio"
                  name={`${id}-era`}
                  checked={form.era === era}
                  onChange={() => change({ era })}
                />
                {era === '2015' ? '2015 (kubectl v0.15, v1beta1)' : 'modern (kubectl v1.31)'}
              </label>
            ))}
          </fieldset>
          <div className="setup-row">
            <label htmlFor={`${id}-seed`}>Seed</label>
            <input
              {...field('seed')}
              inputMode="numeric"
              size={10}
              value={form.seed}
              onChange={(e) => change({ seed: e.target.value })}
            />
            <span className="setup-hint">same seed, same commands: the same cluster</span>
            {problem('seed')}
          </div>
          <fieldset className="setup-row setup-sizes">
            <legend>Node size</legend>
            <label className="setup-choice">
              <input
                type="radio"
                name={`${id}-sizing`}
                checked={form.sizing === 'same'}
                onChange={() => change({ sizing: 'same' })}
              />
              the same for every node
            </label>
            <label className="setup-choice">
              <input
                type="radio"
                name={`${id}-sizing`}
                checked={form.sizing === 'each'}
                onChange={() => change({ sizing: 'each', sizes: sizesFor(form, rows) })}
              />
              one per node
            </label>
            {form.sizing === 'same' ? (
              <SizeInputs
                prefix="size"
                value={form.size}
                placeholder={placeholder}
                field={field}
                problem={problem}
                onChange={(size) => change({ size })}
              />
            ) : (
              <ol className="setup-node-sizes">
                {sizesFor(form, rows).map((size, i) => (
                  <li key={i}>
                    <span className="setup-node-name">node-{i + 1}</span>
                    <SizeInputs
                      prefix={`sizes.${i}`}
                      node={`node-${i + 1}`}
                      value={size}
                      placeholder={placeholder}
                      field={field}
                      problem={problem}
                      onChange={(next: SizeFields) => {
                        const sizes = sizesFor(form, rows);
                        sizes[i] = next;
                        change({ sizes });
                      }}
                    />
                  </li>
                ))}
              </ol>
            )}
            <p className="setup-hint">Blank fields take the default shown.</p>
          </fieldset>
          <div className="setup-actions">
            <button type="button" className="control" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="control setup-reset">
              Reset cluster
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
