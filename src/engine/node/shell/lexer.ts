/**
 * Turns script text into tokens on demand. Shell lexing depends on context only for reserved
 * words, which the parser recognises itself, so the lexer is context free; the one exception,
 * `$(…)`, is handed back to the parser (it ends at the `)` that closes its command list).
 */
import type { List, ParamOp, Word, WordPart } from './ast';
import { ShellSyntaxError } from './errors';

export type Op = ';' | '&' | '&&' | '||' | '|' | '(' | ')' | ';;' | '\n';

export type Token =
  | { t: 'word'; word: Word }
  | { t: 'op'; op: Op }
  | { t: 'redir'; op: '>' | '>>' | '<' | '>&' | '<&' | '<<'; fd?: number }
  | { t: 'eof' };

/** Parses a command substitution starting at `pos`; returns its list and the index after `)`. */
export type SubParser = (source: string, pos: number) => { list: List; end: number };

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0']);

export class Lexer {
  pos: number;

  constructor(
    readonly source: string,
    private readonly parseSub: SubParser,
    start = 0,
    private readonly parseAll: (source: string) => List = (src) => parseSub(`${src})`, 0).list,
  ) {
    this.pos = start;
  }

  next(): Token {
    const s = this.source;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      else break;
    }
    const c = s[this.pos];
    if (c === undefined) return { t: 'eof' };
    const two = s.slice(this.pos, this.pos + 2);
    for (const op of ['&&', '||', ';;'] as const) {
      if (two === op) {
        this.pos += 2;
        return { t: 'op', op };
      }
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '\n') {
      this.pos++;
      return { t: 'op', op: c };
    }
    const redir = this.redirect(undefined);
    if (redir) return redir;
    const digits = /^\d+/.exec(s.slice(this.pos))?.[0];
    if (
      digits !== undefined &&
      (s[this.pos + digits.length] === '>' || s[this.pos + digits.length] === '<')
    ) {
      const at = this.pos;
      this.pos += digits.length;
      const r = this.redirect(Number(digits));
      if (r) return r;
      this.pos = at;
    }
    return { t: 'word', word: this.word() };
  }

  private redirect(fd: number | undefined): Token | undefined {
    const s = this.source;
    const three = s.slice(this.pos, this.pos + 2);
    const ops = ['>>', '>&', '<&', '<<', '>|', '>', '<'] as const;
    for (const op of ops) {
      if (three.startsWith(op)) {
        this.pos += op.length;
        const kind = op === '>|' ? '>' : op;
        return fd === undefined ? { t: 'redir', op: kind } : { t: 'redir', op: kind, fd };
      }
    }
    return undefined;
  }

  /** An unquoted word: stops at whitespace or an operator character. */
  private word(): Word {
    const s = this.source;
    const parts: WordPart[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit) parts.push({ kind: 'lit', text: lit, quoted: false });
      lit = '';
    };
    while (this.pos < s.length) {
      const c = s[this.pos] ?? '';
      if (META.has(c)) break;
      if (c === '\\') {
        const n = s[this.pos + 1];
        this.pos += 2;
        if (n === undefined || n === '\n') continue;
        flush();
        parts.push({ kind: 'lit', text: n, quoted: true });
      } else if (c === "'") {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
        flush();
        parts.push({ kind: 'lit', text: s.slice(this.pos + 1, end), quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.doubleQuoted());
      } else if (c === '$' || c === '`') {
        const part = this.dollar(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          lit += c;
          this.pos++;
        }
      } else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  /** The inside of `"…"`, up to and including the closing quote. */
  private doubleQuoted(): WordPart[] {
    const s = this.source;
    const parts: WordPart[] = [{ kind: 'lit', text: '', quoted: true }];
    let lit = '';
    const flush = (): void => {
      if (lit) parts.push({ kind: 'lit', text: lit, quoted: true });
      lit = '';
    };
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) throw new ShellSyntaxError('unterminated quoted string');
      if (c === '"') {
        this.pos++;
        flush();
        return parts;
      }
      if (c === '\\') {
        const n = s[this.pos + 1] ?? '';
        if (n === '\n') lit += '';
        else if ('$`"\\'.includes(n) && n !== '') lit += n;
        else lit += c + n;
        this.pos += 2;
      } else if (c === '$' || c === '`') {
        const part = this.dollar(true);
        if (part) {
          flush();
          parts.push(part);
        } else {
          lit += c;
          this.pos++;
        }
      } else {
        lit += c;
        this.pos++;
      }
    }
  }

  /** `$name`, `${…}`, `$(…)`, `$((…))` or a backquoted command; undefined for a lone `$`. */
  private dollar(quoted: boolean): WordPart | undefined {
    const s = this.source;
    if (s[this.pos] === '`') {
      let body = '';
      let i = this.pos + 1;
      for (; i < s.length && s[i] !== '`'; i++) {
        if (s[i] === '\\' && '`$\\'.includes(s[i + 1] ?? 'x')) i++;
        body += s[i];
      }
      if (i >= s.length) throw new ShellSyntaxError('unterminated quoted string');
      this.pos = i + 1;
      return { kind: 'cmdsub', list: this.parseAll(body), quoted };
    }
    const n = s[this.pos + 1] ?? '';
    if (n === '(' && s[this.pos + 2] === '(') {
      const end = matchingArith(s, this.pos + 3);
      const inner = s.slice(this.pos + 3, end);
      this.pos = end + 2;
      return { kind: 'arith', expr: new Lexer(inner + '"', this.parseSub).quotedRest(), quoted };
    }
    if (n === '(') {
      const { list, end } = this.parseSub(s, this.pos + 2);
      this.pos = end;
      return { kind: 'cmdsub', list, quoted };
    }
    if (n === '{') return this.braced(quoted);
    if (SPECIAL_PARAMS.has(n) || /\d/.test(n)) {
      this.pos += 2;
      return { kind: 'param', name: n, quoted };
    }
    if (NAME_START.test(n)) {
      let i = this.pos + 1;
      while (i < s.length && NAME_CHAR.test(s[i] ?? '')) i++;
      const name = s.slice(this.pos + 1, i);
      this.pos = i;
      return { kind: 'param', name, quoted };
    }
    return undefined;
  }

  /** The rest of the source read as the inside of double quotes (for `$((…))`). */
  quotedRest(): Word {
    return this.doubleQuoted();
  }

  private braced(quoted: boolean): WordPart {
    const s = this.source;
    let depth = 0;
    let end = this.pos + 2;
    for (; end < s.length; end++) {
      const c = s[end];
      if (c === '\\') end++;
      else if (c === '{') depth++;
      else if (c === '}' && depth-- === 0) break;
    }
    if (end >= s.length) throw new ShellSyntaxError("missing '}'");
    const inner = s.slice(this.pos + 2, end);
    this.pos = end + 1;
    const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(:?[-=+]|[#%])?([\s\S]*)$/.exec(inner);
    if (!m || (m[1] && (m[3] || m[4])) || (!m[3] && m[4]))
      throw new ShellSyntaxError(`\${${inner}}: bad substitution`, true);
    const name = m[2] ?? '';
    if (m[1]) return { kind: 'param', name, quoted, op: { op: 'length', word: [] } };
    if (!m[3]) return { kind: 'param', name, quoted };
    const word = new Lexer((m[4] ?? '') + '"', this.parseSub).quotedRest();
    return { kind: 'param', name, quoted, op: { op: m[3] as ParamOp['op'], word } };
  }
}

function matchingArith(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') {
      if (depth === 0 && s[i + 1] === ')') return i;
      depth--;
    }
  }
  throw new ShellSyntaxError('unexpected end of file (expecting "))")', true);
}
