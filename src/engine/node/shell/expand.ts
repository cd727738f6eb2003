/**
 * Word expansion in POSIX order: parameters, command substitution and arithmetic, then field
 * splitting of what was unquoted. Pathname expansion (globbing) applies afterwards in the
 * interpreter, where the filesystem is known.
 */
import { ArithError, evalArith } from './arith';
import type { List, ParamOp, Word, WordPart } from './ast';
import type { ShellRun } from './types';

export interface ExpandHost {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  positional(): string[];
  substitute(list: List): ShellRun<string>;
}

/** An expansion the shell refuses (`${x:?}`, bad arithmetic); the command does not run. */
export class ExpansionError extends Error {}

/** A piece of expanded text; `glob` is true where `*` and `?` may match files. */
export interface Field {
  text: string;
  glob: boolean;
}

/** Expands a word into fields (zero, one or many). */
export function* expandFields(word: Word, host: ExpandHost): ShellRun<Field[]> {
  const fields: Field[] = [];
  let cur = '';
  let has = false;
  let glob = false;
  const push = (): void => {
    if (has) fields.push({ text: cur, glob });
    cur = '';
    has = false;
    glob = false;
  };
  for (const part of word) {
    if (part.kind === 'lit') {
      cur += part.text;
      if (!part.quoted && /[*?]/.test(part.text)) glob = true;
      has ||= part.quoted || part.text !== '';
      continue;
    }
    if (part.kind === 'param' && part.name === '@' && part.quoted && !part.op) {
      host.positional().forEach((arg, i) => {
        if (i > 0) push();
        cur += arg;
        has = true;
      });
      continue;
    }
    const value = yield* expandPart(part, host);
    if (part.quoted) {
      cur += value;
      has = true;
      continue;
    }
    const segs = value.split(/[ \t\n]+/);
    segs.forEach((seg, i) => {
      if (i > 0) push();
      if (seg) {
        cur += seg;
        has = true;
      }
    });
  }
  push();
  return fields;
}

/** Expands a word into one string, without splitting (assignments, redirection targets). */
export function* expandString(word: Word, host: ExpandHost): ShellRun<string> {
  let out = '';
  for (const part of word) out += part.kind === 'lit' ? part.text : yield* expandPart(part, host);
  return out;
}

function* expandPart(part: Exclude<WordPart, { kind: 'lit' }>, host: ExpandHost): ShellRun<string> {
  if (part.kind === 'cmdsub') return (yield* host.substitute(part.list)).replace(/\n+$/, '');
  if (part.kind === 'arith') {
    const expr = yield* expandString(part.expr, host);
    try {
      return String(evalArith(expr, (name) => host.get(name)));
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError(`arithmetic syntax error`);
      throw e;
    }
  }
  const value =
    part.name === '@' || part.name === '*' ? host.positional().join(' ') : host.get(part.name);
  return part.op ? yield* applyOp(part.name, value, part.op, host) : (value ?? '');
}

function* applyOp(
  name: string,
  value: string | undefined,
  op: ParamOp,
  host: ExpandHost,
): ShellRun<string> {
  const unsetOrNull = value === undefined || (op.op.startsWith(':') && value === '');
  switch (op.op) {
    case 'length':
      return String((value ?? '').length);
    case ':-':
    case '-':
      return unsetOrNull ? yield* expandString(op.word, host) : (value ?? '');
    case ':=':
    case '=':
      if (!unsetOrNull) return value ?? '';
      host.set(name, yield* expandString(op.word, host));
      return host.get(name) ?? '';
    case ':+':
    case '+':
      return unsetOrNull ? '' : yield* expandString(op.word, host);
    case '#':
    case '%': {
      const v = value ?? '';
      const re = patternSource(yield* expandString(op.word, host));
      // shortest match: try prefixes (or suffixes) in order of length
      for (let n = 0; n <= v.length; n++) {
        const piece = op.op === '#' ? v.slice(0, n) : v.slice(v.length - n);
        if (new RegExp(`^${re}$`).test(piece))
          return op.op === '#' ? v.slice(n) : v.slice(0, v.length - n);
      }
      return v;
    }
  }
}

/** A shell pattern (`*`, `?`) as a regular expression source. */
export function patternSource(pattern: string): string {
  return pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
}
