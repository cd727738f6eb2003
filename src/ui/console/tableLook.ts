/**
 * How kubectl's stdout reads in the console: table headers bold, and the word in each row's
 * STATUS column coloured as the picture colours that status. The word itself stays, so colour is
 * never the only cue. Pure: it splits text into pieces and the component draws them.
 */
import { toneOf, type Tone } from '../cluster/statusLook';

export interface Piece {
  text: string;
  look?: 'header' | Tone;
}

/** Statuses of other kinds' tables that are healthy (namespaces, volumes, jobs). */
const HEALTHY = new Set(['Active', 'Bound', 'Available', 'Complete', 'True']);

/** A table header as kubectl prints one: two or more upper-case column names. */
const HEADER = /^[A-Z][A-Z0-9()/_.%-]*(?: +[A-Z][A-Z0-9()/_.%-]*)+ *$/;

/** Commands whose stdout is a program's, not kubectl's: left as it came. */
const PLAIN = /^(?:kubectl\s+)?(?:logs|log|exec|attach)\b/;

export function statusTone(status: string): Tone {
  return HEALTHY.has(status) ? 'ok' : toneOf(status);
}

/** Each line of `stdout` as pieces; `line` is the command that printed it. */
export function tableLook(stdout: string, line: string): Piece[][] {
  const lines = stdout.split('\n');
  if (PLAIN.test(line)) return lines.map((text) => [{ text }]);
  let statusAt: number | undefined;
  return lines.map((text): Piece[] => {
    if (HEADER.test(text)) {
      const match = /(^| )STATUS( |$)/.exec(text);
      statusAt = match ? match.index + match[1]!.length : undefined;
      return [{ text, look: 'header' }];
    }
    if (text.trim() === '') statusAt = undefined;
    if (statusAt === undefined) return [{ text }];
    // the column starts where its header does (kubectl's tabwriter aligns every row)
    const at = statusAt;
    if (at > 0 && text[at - 1] !== ' ') return [{ text }];
    const word = /^\S+/.exec(text.slice(at))?.[0];
    if (word === undefined) return [{ text }];
    return [
      { text: text.slice(0, at) },
      { text: word, look: statusTone(word) },
      { text: text.slice(at + word.length) },
    ];
  });
}
