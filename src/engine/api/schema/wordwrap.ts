/**
 * Word wrapping as kubectl explain does it (github.com/mitchellh/go-wordwrap behind kubectl's
 * word-wrap writer): lines of at most `limit` characters, broken at white space; a word longer
 * than the limit stays whole on its own line; newlines in the text are kept; the space where a
 * line is broken is dropped.
 */
export function wrapWords(text: string, limit: number): string {
  let out = '';
  let lineLength = 0;
  let word = '';
  let spaces = '';

  const flush = (): void => {
    out += spaces + word;
    lineLength += [...spaces].length + [...word].length;
    spaces = '';
    word = '';
  };

  for (const ch of text) {
    if (ch === '\n') {
      if (word.length === 0) {
        // Trailing spaces survive only if they still fit on the line.
        if (lineLength + [...spaces].length <= limit) out += spaces;
        spaces = '';
      } else {
        flush();
      }
      out += '\n';
      lineLength = 0;
    } else if (isBreakingSpace(ch)) {
      if (spaces.length === 0 || word.length > 0) flush();
      spaces += ch;
    } else {
      word += ch;
      const wordLength = [...word].length;
      if (lineLength + [...spaces].length + wordLength > limit && wordLength < limit) {
        out += '\n';
        lineLength = 0;
        spaces = '';
      }
    }
  }
  if (word.length === 0) {
    if (lineLength + [...spaces].length <= limit) out += spaces;
  } else {
    out += spaces + word;
  }
  return out;
}

/** Go's unicode.IsSpace, except the no-break space, which go-wordwrap treats as part of a word. */
function isBreakingSpace(ch: string): boolean {
  return /^[\t\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch);
}

/** Prefix every line with `amount` spaces, the empty last line after a trailing newline too. */
export function indent(text: string, amount: number): string {
  const pad = ' '.repeat(amount);
  return pad + text.split('\n').join('\n' + pad);
}
