/**
 * Recursive-descent parser for the POSIX shell subset containers use. Like busybox ash, a
 * script is parsed one complete command (one line at top level) at a time, so a syntax error
 * on line 3 comes after lines 1 and 2 have run.
 */
import type { AndOr, Command, List, Pipeline, Redirect, Word } from './ast';
import { ShellSyntaxError } from './errors';
import { Lexer, type Token } from './lexer';

const RESERVED = new Set([
  '!',
  'case',
  'do',
  'done',
  'elif',
  'else',
  'esac',
  'fi',
  'for',
  'if',
  'in',
  'then',
  'until',
  'while',
  '{',
  '}',
]);
/** Reserved words that end a compound list rather than start a command. */
const LIST_END = new Set(['do', 'done', 'elif', 'else', 'esac', 'fi', 'then', '}']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export class Parser {
  private readonly lexer: Lexer;
  private peeked: Token | undefined;

  constructor(source: string, start = 0) {
    this.lexer = new Lexer(source, (src, pos) => new Parser(src, pos).substitution(), start);
  }

  /** The next top-level command (up to a newline), or undefined at the end of the script. */
  nextCommand(): List | undefined {
    while (this.isOp('\n')) this.take();
    if (this.peek().t === 'eof') return undefined;
    const list: List = [];
    for (;;) {
      list.push(this.andOr());
      if (this.isOp(';') || this.isOp('&')) {
        this.take();
        const p = this.peek();
        if (p.t === 'eof' || (p.t === 'op' && p.op === '\n')) break;
        continue;
      }
      break;
    }
    const end = this.peek();
    if (end.t !== 'eof' && !(end.t === 'op' && end.op === '\n')) this.unexpected();
    return list;
  }

  /** The list inside `$(…)`: parse up to the `)` that closes it. */
  substitution(): { list: List; end: number } {
    const list = this.compoundList();
    this.expectOp(')');
    return { list, end: this.lexer.pos };
  }

  private compoundList(): List {
    const list: List = [];
    for (;;) {
      while (this.isOp('\n')) this.take();
      const p = this.peek();
      if (p.t === 'eof' || (p.t === 'op' && p.op === ')') || LIST_END.has(this.keyword() ?? ''))
        break;
      list.push(this.andOr());
      if (this.isOp(';') || this.isOp('&') || this.isOp('\n')) this.take();
      else break;
    }
    return list;
  }

  /** A compound list that must not be empty (`if then` is an error at `then`). */
  private body(): List {
    const list = this.compoundList();
    if (list.length === 0) this.unexpected();
    return list;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const p = this.peek();
      if (p.t !== 'op' || (p.op !== '&&' && p.op !== '||')) return { first, rest };
      this.take();
      while (this.isOp('\n')) this.take();
      rest.push({ op: p.op, pipeline: this.pipeline() });
    }
  }

  private pipeline(): Pipeline {
    let bang = false;
    if (this.keyword() === '!') {
      this.take();
      bang = true;
    }
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.take();
      while (this.isOp('\n')) this.take();
      commands.push(this.command());
    }
    return { bang, commands };
  }

  private command(): Command {
    const kw = this.keyword();
    const p = this.peek();
    let cmd: Command;
    if (kw === 'if') cmd = this.ifClause();
    else if (kw === 'while' || kw === 'until') cmd = this.loop(kw === 'until');
    else if (kw === 'for') cmd = this.forClause();
    else if (kw === '{') {
      this.take();
      const body = this.body();
      this.expectKeyword('}');
      cmd = { type: 'group', body, subshell: false, redirs: [] };
    } else if (p.t === 'op' && p.op === '(') {
      this.take();
      const body = this.body();
      this.expectOp(')');
      cmd = { type: 'group', body, subshell: true, redirs: [] };
    } else if (kw !== undefined && RESERVED.has(kw)) {
      return this.unexpected();
    } else {
      return this.simple();
    }
    while (this.peek().t === 'redir') cmd.redirs.push(this.redirect());
    return cmd;
  }

  private ifClause(): Command {
    this.take();
    const clauses: { cond: List; body: List }[] = [];
    let otherwise: List | undefined;
    for (;;) {
      const cond = this.body();
      this.expectKeyword('then');
      clauses.push({ cond, body: this.body() });
      const kw = this.keyword();
      if (kw === 'elif') {
        this.take();
        continue;
      }
      if (kw === 'else') {
        this.take();
        otherwise = this.body();
      }
      this.expectKeyword('fi');
      break;
    }
    return otherwise
      ? { type: 'if', clauses, otherwise, redirs: [] }
      : { type: 'if', clauses, redirs: [] };
  }

  private loop(until: boolean): Command {
    this.take();
    const cond = this.body();
    this.expectKeyword('do');
    const body = this.body();
    this.expectKeyword('done');
    return { type: 'loop', until, cond, body, redirs: [] };
  }

  private forClause(): Command {
    this.take();
    const nameTok = this.take();
    const name = nameTok.t === 'word' ? literal(nameTok.word) : undefined;
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new ShellSyntaxError(`bad for loop variable`, true);
    }
    while (this.isOp('\n')) this.take();
    let items: Word[] | undefined;
    if (this.keyword() === 'in') {
      this.take();
      items = [];
      for (let t = this.peek(); t.t === 'word'; t = this.peek()) {
        items.push(t.word);
        this.take();
      }
      if (this.isOp(';') || this.isOp('\n')) this.take();
      else this.unexpected();
    } else if (this.isOp(';')) this.take();
    while (this.isOp('\n')) this.take();
    this.expectKeyword('do');
    const body = this.body();
    this.expectKeyword('done');
    return items
      ? { type: 'for', name, items, body, redirs: [] }
      : { type: 'for', name, body, redirs: [] };
  }

  private simple(): Command {
    const cmd = {
      type: 'simple' as const,
      assigns: [] as { name: string; value: Word }[],
      words: [] as Word[],
      redirs: [] as Redirect[],
    };
    for (;;) {
      const t = this.peek();
      if (t.t === 'redir') cmd.redirs.push(this.redirect());
      else if (t.t === 'word') {
        this.take();
        const first = t.word[0];
        const m = first?.kind === 'lit' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
        if (cmd.words.length === 0 && m && first?.kind === 'lit') {
          const rest = first.text.slice(m[0].length);
          const value: Word = rest
            ? [{ kind: 'lit', text: rest, quoted: false }, ...t.word.slice(1)]
            : t.word.slice(1);
          cmd.assigns.push({ name: m[1] ?? '', value });
        } else cmd.words.push(t.word);
      } else break;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0)
      this.unexpected();
    return cmd;
  }

  private redirect(): Redirect {
    const t = this.take();
    if (t.t !== 'redir') return this.unexpected();
    if (t.op === '<<') throw new ShellSyntaxError('here-documents are not simulated', true);
    const target = this.take();
    if (target.t !== 'word') {
      this.peeked = target;
      return this.unexpected();
    }
    return { fd: t.fd ?? (t.op === '<' || t.op === '<&' ? 0 : 1), op: t.op, target: target.word };
  }

  private peek(): Token {
    this.peeked ??= this.lexer.next();
    return this.peeked;
  }

  private take(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.op === op;
  }

  /** The next token as a reserved word, if it is a plain unquoted word. */
  private keyword(): string | undefined {
    const t = this.peek();
    if (t.t !== 'word') return undefined;
    const text = literal(t.word);
    return text !== undefined && RESERVED.has(text) ? text : undefined;
  }

  private expectKeyword(kw: string): void {
    if (this.keyword() !== kw) this.unexpected(`"${kw}"`);
    this.take();
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) this.unexpected(`"${op}"`);
    this.take();
  }

  /** busybox ash: `unexpected "fi"`, `unexpected end of file (expecting "done")`. */
  private unexpected(expecting?: string): never {
    const t = this.peek();
    const kw = this.keyword();
    let name: string;
    if (t.t === 'eof') name = 'end of file';
    else if (t.t === 'op') name = t.op === '\n' ? 'newline' : `"${t.op}"`;
    else if (t.t === 'redir') name = 'redirection';
    else name = kw !== undefined ? `"${kw}"` : 'word';
    throw new ShellSyntaxError(`unexpected ${name}${expecting ? ` (expecting ${expecting})` : ''}`);
  }
}

/** The text of a word made only of unquoted literal characters. */
function literal(word: Word): string | undefined {
  const [only] = word;
  return word.length === 1 && only?.kind === 'lit' && !only.quoted ? only.text : undefined;
}
