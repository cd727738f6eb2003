/**
 * The kubectl console's state: what was typed (history, for ↑/↓) and what came back. It lives
 * in the page, not the engine, so it survives a cluster host that dies and is replaced.
 */
import type { KubectlResult } from '../engine/contract';

export interface CommandEntry {
  kind: 'command';
  key: string;
  id: number;
  line: string;
  state: 'running' | 'done' | 'failed';
  stdout: string;
  stderr: string;
  exitCode?: number;
  /** Why the simulator could not answer (not kubectl's own output). */
  failure?: string;
  /** Still printing (`logs -f`) as simulated time runs. */
  streaming?: boolean;
}

/** A line from kubesim itself, e.g. that the cluster was restarted. */
export interface NoticeEntry {
  kind: 'notice';
  key: string;
  text: string;
  tone: 'info' | 'error';
}

export type ConsoleEntry = CommandEntry | NoticeEntry;

export interface ConsoleState {
  history: readonly string[];
  entries: readonly ConsoleEntry[];
  notices: number;
}

export const MAX_HISTORY = 200;
export const MAX_ENTRIES = 300;

export const emptyConsole: ConsoleState = { history: [], entries: [], notices: 0 };

export function commandSubmitted(state: ConsoleState, id: number, line: string): ConsoleState {
  // like HISTCONTROL=ignoredups: pressing Enter on a recalled line does not grow the history
  const history = state.history.at(-1) === line ? state.history : [...state.history, line];
  const entry: CommandEntry = {
    kind: 'command',
    key: `c${id}`,
    id,
    line,
    state: 'running',
    stdout: '',
    stderr: '',
  };
  return {
    ...state,
    history: history.slice(-MAX_HISTORY),
    entries: [...state.entries, entry].slice(-MAX_ENTRIES),
  };
}

export function commandAnswered(
  state: ConsoleState,
  id: number,
  result: KubectlResult,
): ConsoleState {
  return updateCommand(state, id, (entry) => ({
    ...entry,
    state: 'done',
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
  }));
}

/** More output of a streaming command (`logs -f`); `end` closes it. */
export function commandStreamed(
  state: ConsoleState,
  id: number,
  text: string,
  end: boolean,
): ConsoleState {
  const index = state.entries.findIndex((e) => e.kind === 'command' && e.id === id);
  const entry = state.entries[index];
  // only an answered command streams; a finished stream takes nothing more
  if (!entry || entry.kind !== 'command' || entry.state !== 'done' || entry.streaming === false)
    return state;
  const entries = state.entries.slice();
  entries[index] = { ...entry, stdout: entry.stdout + text, streaming: !end };
  return { ...state, entries };
}

/** The command still printing as time runs (`logs -f`, `get -w`), if any: Ctrl-C stops it. */
export function streamingCommand(state: ConsoleState): number | undefined {
  for (let i = state.entries.length - 1; i >= 0; i--) {
    const entry = state.entries[i];
    if (entry?.kind === 'command' && entry.streaming === true) return entry.id;
  }
  return undefined;
}

export function commandFailed(state: ConsoleState, id: number, failure: string): ConsoleState {
  return updateCommand(state, id, (entry) => ({ ...entry, state: 'failed', failure }));
}

/** Every command still waiting gets `failure`: its host is gone and will never answer. */
export function runningAbandoned(state: ConsoleState, failure: string): ConsoleState {
  if (!state.entries.some((e) => e.kind === 'command' && e.state === 'running')) return state;
  return {
    ...state,
    entries: state.entries.map((e) =>
      e.kind === 'command' && e.state === 'running' ? { ...e, state: 'failed', failure } : e,
    ),
  };
}

export function noticeAdded(
  state: ConsoleState,
  text: string,
  tone: NoticeEntry['tone'],
): ConsoleState {
  const notices = state.notices + 1;
  const entry: NoticeEntry = { kind: 'notice', key: `n${notices}`, text, tone };
  return { ...state, notices, entries: [...state.entries, entry].slice(-MAX_ENTRIES) };
}

function updateCommand(
  state: ConsoleState,
  id: number,
  update: (entry: CommandEntry) => CommandEntry,
): ConsoleState {
  const index = state.entries.findIndex((e) => e.kind === 'command' && e.id === id);
  const entry = state.entries[index];
  if (!entry || entry.kind !== 'command' || entry.state !== 'running') return state;
  const entries = state.entries.slice();
  entries[index] = update(entry);
  return { ...state, entries };
}

/** Where ↑/↓ stand: `index` into the history, or null while editing a fresh line (`draft`). */
export interface Recall {
  index: number | null;
  draft: string;
}

export const freshRecall: Recall = { index: null, draft: '' };

/**
 * Move through the history as a shell does: ↑ from a fresh line keeps what was typed as the
 * draft, ↓ past the newest entry brings the draft back.
 */
export function recallStep(
  history: readonly string[],
  recall: Recall,
  direction: 'older' | 'newer',
  text: string,
): { recall: Recall; text: string } {
  if (direction === 'older') {
    if (history.length === 0) return { recall, text };
    const index = recall.index === null ? history.length - 1 : Math.max(0, recall.index - 1);
    const draft = recall.index === null ? text : recall.draft;
    return { recall: { index, draft }, text: history[index] ?? text };
  }
  if (recall.index === null) return { recall, text };
  const index = recall.index + 1;
  if (index >= history.length) return { recall: { index: null, draft: '' }, text: recall.draft };
  return { recall: { index, draft: recall.draft }, text: history[index] ?? text };
}
