/**
 * How a kubectl STATUS string looks. Colour never travels alone (UX.md): each tone has its own
 * glyph too, so colour-blind students and grey screenshots still read it.
 */
export type Tone = 'ok' | 'wait' | 'error' | 'gone' | 'done' | 'unknown' | 'cordoned';

const WAITING = new Set(['Pending', 'ContainerCreating', 'PodInitializing', 'Waiting']);

export function toneOf(status: string | undefined): Tone {
  if (status === undefined || status === '' || status === 'Unknown') return 'unknown';
  if (status === 'Running' || status === 'Ready') return 'ok';
  if (status.startsWith('Ready,')) return 'cordoned';
  if (WAITING.has(status) || (status.startsWith('Init:') && !/Err|BackOff|Error/.test(status)))
    return 'wait';
  if (status === 'Terminating') return 'gone';
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  return 'error';
}

export const GLYPHS: Record<Tone, string> = {
  ok: '●',
  wait: '◐',
  error: '✕',
  gone: '◌',
  done: '✓',
  unknown: '?',
  cordoned: '⊘',
};
