/**
 * The console's shell: it splits one command line into words the way a POSIX shell would,
 * so `kubectl exec web -- sh -c 'echo "$HOME"'` reaches kubectl exactly as in a terminal.
 * kubesim runs one kubectl command per line; pipes, redirects and command lists would need a
 * whole shell, so they are refused in plain words rather than half-imitated.
 */

export type TokenizeResult = { ok: true; argv: string[] } | { ok: false; error: string };

const ONE_COMMAND =
  "kubesim's console runs one kubectl command: shell pipes (|), redirects (>, <) and command lists (;, &&, ||, &) are not supported";

/** Characters that end a word and start shell syntax kubesim does not run. */
const OPERATORS = new Set(['|', '>', '<', ';', '&']);

const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`']);

/**
 * Split a command line like a POSIX shell: single and double quotes, backslash escapes, `--`,
 * and `#` comments. A leading `kubectl` word is removed.
 *
 * @example
 * tokenize(`kubectl label pod web 'tier=front end'`) // { ok: true, argv: ['label', 'pod', 'web', 'tier=front end'] }
 */
export function tokenize(line: string): TokenizeResult {
  const argv: string[] = [];
  let word = '';
  // A word exists once anything, even an empty pair of quotes, was written to it.
  let inWord = false;
  let i = 0;
  const n = line.length;
  const endWord = (): void => {
    if (inWord) argv.push(word);
    word = '';
    inWord = false;
  };

  while (i < n) {
    const ch = line.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      endWord();
      i++;
    } else if (ch === '#' && !inWord) {
      break;
    } else if (OPERATORS.has(ch)) {
      return { ok: false, error: ONE_COMMAND };
    } else if (ch === '(' || ch === ')') {
      // bash refuses these unquoted too: `-l 'env in (a,b)'` needs its quotes.
      return { ok: false, error: `syntax error near unexpected token \`${ch}'` };
    } else if (ch === '\\') {
      // A trailing backslash would ask for a continuation line; a console line has none.
      if (i + 1 >= n) return { ok: false, error: 'unexpected EOF after a trailing backslash' };
      const next = line.charAt(i + 1);
      if (next !== '\n') word += next;
      inWord = true;
      i += 2;
    } else if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (ch === '"') {
      const end = readDoubleQuoted(line, i + 1);
      if (end === null)
        return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      word += end.text;
      inWord = true;
      i = end.next;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  endWord();
  if (argv[0] === 'kubectl') argv.shift();
  return { ok: true, argv };
}

/** Inside double quotes a backslash only escapes `"`, `\`, `$`, `` ` `` and a newline. */
function readDoubleQuoted(line: string, start: number): { text: string; next: number } | null {
  let text = '';
  let i = start;
  while (i < line.length) {
    const ch = line.charAt(i);
    if (ch === '"') return { text, next: i + 1 };
    if (ch === '\\' && i + 1 < line.length) {
      const next = line.charAt(i + 1);
      if (DOUBLE_QUOTE_ESCAPES.has(next)) text += next;
      else if (next !== '\n') text += ch + next;
      i += 2;
      continue;
    }
    text += ch;
    i++;
  }
  return null;
}
