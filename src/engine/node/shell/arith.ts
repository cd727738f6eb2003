/**
 * Integer arithmetic for `$((…))`, after parameter expansion: + - * / % ( ), comparisons,
 * && || !, unary minus, and bare variable names (read as numbers, empty = 0).
 */

export class ArithError extends Error {}

type Lookup = (name: string) => string | undefined;

const TOKEN = /\s*(0x[0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!])/y;

export function evalArith(expr: string, lookup: Lookup): number {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) throw new ArithError(`arithmetic syntax error`);
    tokens.push(m[1] ?? '');
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const value = (name: string): number => {
    const v = lookup(name) ?? '';
    if (v.trim() === '') return 0;
    const n = Number(v.trim());
    if (!Number.isInteger(n)) throw new ArithError(`arithmetic syntax error`);
    return n;
  };
  const binary =
    (ops: string[], next: () => number, apply: (op: string, a: number, b: number) => number) =>
    (): number => {
      let left = next();
      while (ops.includes(peek() ?? '')) {
        const op = tokens[i++] ?? '';
        left = apply(op, left, next());
      }
      return left;
    };
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw new ArithError('arithmetic syntax error');
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') throw new ArithError('arithmetic syntax error');
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return value(t);
    throw new ArithError('arithmetic syntax error');
  };
  const mul = binary(['*', '/', '%'], primary, (op, a, b) => {
    if (op === '*') return a * b;
    if (b === 0) throw new ArithError('divide by zero');
    return op === '/' ? Math.trunc(a / b) : a % b;
  });
  const add = binary(['+', '-'], mul, (op, a, b) => (op === '+' ? a + b : a - b));
  const cmp = binary(['<', '>', '<=', '>='], add, (op, a, b) =>
    Number(op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b),
  );
  const eq = binary(['==', '!='], cmp, (op, a, b) => Number(op === '==' ? a === b : a !== b));
  const and = binary(['&&'], eq, (_op, a, b) => Number(a !== 0 && b !== 0));
  const or = binary(['||'], and, (_op, a, b) => Number(a !== 0 || b !== 0));
  if (tokens.length === 0) return 0;
  const result = or();
  if (i < tokens.length) throw new ArithError('arithmetic syntax error');
  return result;
}
