/**
 * Parse kubectl's `-l` / the API's `labelSelector=` syntax exactly as apimachinery's lexer and
 * parser do, with their error texts: `app=web,tier!=fe`, `env in (prod, qa)`, `!canary`,
 * `partition`, `replicas>2`. Whitespace around tokens is allowed.
 */
import { errorText, invalid, type FieldError } from '../api/field';
import {
  isQualifiedName as labelKeyErrors,
  isValidLabelValue as labelValueErrors,
} from '../api/validation/labels';
import { Selector, type Operator, type Requirement } from './selector';

type Token =
  'error' | 'end' | ')' | ',' | '!' | '==' | '=' | '>' | '<' | 'id' | 'in' | '!=' | 'notin' | '(';

interface Item {
  tok: Token;
  lit: string;
}

const SYMBOLS: Record<string, Token> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  '<': '<',
  '!=': '!=',
  '(': '(',
};
const KEYWORDS: Record<string, Token> = { in: 'in', notin: 'notin' };

const isWhitespace = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecial = (ch: string): boolean => '=!(),><'.includes(ch);

function lex(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos] as string)) pos++;
    if (pos >= s.length) {
      items.push({ tok: 'end', lit: '' });
      return items;
    }
    const ch = s[pos] as string;
    if (isSpecial(ch)) {
      // longest run of special characters that still forms a known symbol
      let buffer = '';
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos] as string)) {
        buffer += s[pos];
        const tok = SYMBOLS[buffer];
        if (tok) {
          last = { tok, lit: buffer };
          pos++;
        } else if (last) {
          break;
        } else {
          pos++;
        }
      }
      items.push(last ?? { tok: 'error', lit: `error expected: keyword found '${buffer}'` });
    } else {
      let buffer = '';
      while (pos < s.length && !isSpecial(s[pos] as string) && !isWhitespace(s[pos] as string))
        buffer += s[pos++];
      items.push({ tok: KEYWORDS[buffer] ?? 'id', lit: buffer });
    }
  }
}

export class SelectorParseError extends Error {}

const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

class Parser {
  private position = 0;
  constructor(private readonly items: Item[]) {}

  /** In a value context `in`/`notin` are plain identifiers (`value in (in)`). */
  private look(values: boolean): Item {
    const item = this.items[this.position] ?? { tok: 'end', lit: '' };
    return values && (item.tok === 'in' || item.tok === 'notin')
      ? { tok: 'id', lit: item.lit }
      : item;
  }
  private next(values: boolean): Item {
    const item = this.look(values);
    this.position++;
    return item;
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.look(true);
      if (tok === 'end') return reqs;
      if (tok !== 'id' && tok !== '!')
        throw new SelectorParseError(`found '${lit}', expected: !, identifier, or 'end of string'`);
      reqs.push(this.requirement());
      const after = this.next(true);
      if (after.tok === 'end') return reqs;
      if (after.tok !== ',')
        throw new SelectorParseError(`found '${after.lit}', expected: ',' or 'end of string'`);
      const following = this.look(true);
      if (following.tok !== 'id' && following.tok !== '!')
        throw new SelectorParseError(`found '${following.lit}', expected: identifier after ','`);
    }
  }

  private requirement(): Requirement {
    let operator: Operator | undefined;
    let { tok, lit } = this.next(true);
    if (tok === '!') {
      operator = '!';
      ({ tok, lit } = this.next(true));
    }
    if (tok !== 'id') throw wrap(`found '${lit}', expected: identifier`);
    const key = lit;
    const ahead = this.look(true).tok;
    if (ahead === 'end' || ahead === ',') return newRequirement(key, operator ?? 'exists', []);
    if (operator === '!')
      throw wrap(`found '${this.look(true).lit}', expected: ',' or 'end of string'`, false);
    const op = this.next(false);
    switch (op.tok) {
      case 'in':
      case 'notin':
        return newRequirement(key, op.tok, this.valueSet());
      case '=':
      case '==':
      case '!=':
      case '>':
      case '<': {
        const values = this.look(true).tok === '(' ? this.valueSet() : [this.exactValue()];
        const mapped: Operator = op.tok === '>' ? 'gt' : op.tok === '<' ? 'lt' : op.tok;
        return newRequirement(key, mapped, values);
      }
      default:
        throw wrap(`found '${op.lit}', expected: ${BINARY_OPERATORS}`);
    }
  }

  private valueSet(): string[] {
    const open = this.next(true);
    if (open.tok !== '(') throw wrap(`found '${open.lit}' expected: '('`);
    const first = this.look(true);
    if (first.tok === ')') {
      this.next(true);
      return [''];
    }
    if (first.tok !== 'id' && first.tok !== ',')
      throw wrap(`found '${first.lit}', expected: ',', ')' or identifier`);
    const values = this.identifiersList();
    if (this.next(true).tok !== ')') throw wrap(`found '${first.lit}', expected: ')'`);
    return [...values].sort();
  }

  /** `a,b`, `(,`, `,,` and `,)` forms, where a missing value is the empty string. */
  private identifiersList(): Set<string> {
    const values = new Set<string>();
    for (;;) {
      const item = this.next(true);
      if (item.tok === 'id') {
        values.add(item.lit);
        const sep = this.look(true);
        if (sep.tok === ',') continue;
        if (sep.tok === ')') return values;
        throw wrap(`found '${sep.lit}', expected: ',' or ')'`);
      } else if (item.tok === ',') {
        if (values.size === 0) values.add('');
        const sep = this.look(true);
        if (sep.tok === ')') {
          values.add('');
          return values;
        }
        if (sep.tok === ',') {
          this.next(true);
          values.add('');
        }
      } else {
        throw wrap(`found '${item.lit}', expected: ',', or identifier`);
      }
    }
  }

  private exactValue(): string {
    const ahead = this.look(true);
    if (ahead.tok === 'end' || ahead.tok === ',') return '';
    const item = this.next(true);
    if (item.tok === 'id') return item.lit;
    throw wrap(`found '${item.lit}', expected: identifier`);
  }
}

/** Errors inside one requirement are reported as `unable to parse requirement: …`. */
function wrap(message: string, inRequirement = true): SelectorParseError {
  return new SelectorParseError(
    inRequirement ? `unable to parse requirement: ${message}` : message,
  );
}

/** NewRequirement's checks, reported in its field-error form. */
function newRequirement(key: string, operator: Operator, values: string[]): Requirement {
  const errors: FieldError[] = [];
  const keyErrors = labelKeyErrors(key);
  if (keyErrors.length) errors.push(invalid('key', key, keyErrors.join('; ')));
  switch (operator) {
    case 'in':
    case 'notin':
      if (values.length === 0)
        errors.push(
          invalid('values', values, "for 'in', 'notin' operators, values set can't be empty"),
        );
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1)
        errors.push(
          invalid('values', values, 'exact-match compatibility requires one single value'),
        );
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1)
        errors.push(
          invalid('values', values, "for 'Gt', 'Lt' operators, exactly one value is required"),
        );
      values.forEach((v, i) => {
        if (!/^[+-]?\d+$/.test(v))
          errors.push(
            invalid(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"),
          );
      });
      break;
    case 'exists':
    case '!':
      break;
  }
  values.forEach((v, i) => {
    const valueErrors = labelValueErrors(v);
    if (valueErrors.length) errors.push(invalid(`values[${i}][${key}]`, v, valueErrors.join('; ')));
  });
  if (errors.length === 1) throw wrap(errorText(errors[0] as FieldError));
  if (errors.length > 1) throw wrap(`[${errors.map(errorText).join(', ')}]`);
  return { key, operator, values };
}

/**
 * Parse a selector string. Throws SelectorParseError with Kubernetes' message on bad input.
 * The empty string is the Everything selector.
 */
export function parseSelector(text: string): Selector {
  return Selector.of(new Parser(lex(text)).parse());
}
