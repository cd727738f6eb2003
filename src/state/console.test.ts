import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRIES,
  commandAnswered,
  commandStreamed,
  commandSubmitted,
  emptyConsole,
  freshRecall,
  recallStep,
  type Recall,
} from './console';

describe('the console history', () => {
  it('records each submitted line once, skipping an immediate repeat', () => {
    let state = commandSubmitted(emptyConsole, 1, 'get pods');
    state = commandSubmitted(state, 2, 'get pods');
    state = commandSubmitted(state, 3, 'get nodes');
    expect(state.history).toEqual(['get pods', 'get nodes']);
    expect(state.entries).toHaveLength(3);
  });

  it('answers only the command with that id, and only once', () => {
    let state = commandSubmitted(emptyConsole, 1, 'get pods');
    state = commandSubmitted(state, 2, 'get nodes');
    state = commandAnswered(state, 2, { stdout: '', stderr: 'No resources found\n', exitCode: 0 });
    const again = commandAnswered(state, 2, { stdout: 'late', stderr: '', exitCode: 0 });
    expect(again).toBe(state);
    expect(state.entries.map((e) => (e.kind === 'command' ? e.state : ''))).toEqual([
      'running',
      'done',
    ]);
  });

  it('keeps a bounded scrollback', () => {
    let state = emptyConsole;
    for (let id = 1; id <= MAX_ENTRIES + 5; id++)
      state = commandSubmitted(state, id, `get pods ${id}`);
    expect(state.entries).toHaveLength(MAX_ENTRIES);
    expect(state.entries[0]).toMatchObject({ id: 6 });
  });
});

describe('↑ and ↓ through the history', () => {
  const history = ['get nodes', 'run web --image=nginx', 'get pods'];
  type Key = 'older' | 'newer';
  const press = (keys: Key[], typed: string) => {
    let recall: Recall = freshRecall;
    let text = typed;
    for (const key of keys) ({ recall, text } = recallStep(history, recall, key, text));
    return text;
  };

  it.each<[Key[], string, string]>([
    [['older'], 'get p', 'get pods'],
    [['older', 'older'], '', 'run web --image=nginx'],
    [['older', 'older', 'older', 'older'], '', 'get nodes'],
    [['older', 'newer'], 'half typed', 'half typed'],
    [['older', 'older', 'newer'], '', 'get pods'],
    [['newer'], 'still here', 'still here'],
  ])('%j from %j shows %j', (keys, typed, shown) => {
    expect(press(keys, typed)).toBe(shown);
  });

  it('does nothing with an empty history', () => {
    expect(recallStep([], freshRecall, 'older', 'x')).toEqual({ recall: freshRecall, text: 'x' });
  });
});

describe('a streaming command (logs -f)', () => {
  it('appends what comes after its answer, until the stream ends', () => {
    let state = commandSubmitted(emptyConsole, 1, 'logs -f web');
    expect(commandStreamed(state, 1, 'early\n', false)).toBe(state);
    state = commandAnswered(state, 1, { stdout: 'a\n', stderr: '', exitCode: 0 });
    state = commandStreamed(state, 1, 'b\n', false);
    state = commandStreamed(state, 1, '', true);
    const after = commandStreamed(state, 1, 'c\n', false);
    expect(after).toBe(state);
    const entry = state.entries[0];
    expect(entry?.kind === 'command' && entry.stdout).toBe('a\nb\n');
    expect(entry?.kind === 'command' && entry.streaming).toBe(false);
  });
});
