/** expr: integer arithmetic, comparisons, `|` and `&`, `length`. Exit 1 when the result is 0 or empty. */
import { type CommandFn, fail, out } from './command';

class ExprError extends Error {}

function evaluate(args: string[]): string {
  let i = 0;
  const int = (v: string): number => {
    if (!/^[-+]?\d+$/.test(v)) throw new ExprError('non-numeric argument');
    return Number(v);
  };
  const isNull = (v: string): boolean => v === '' || v === '0';
  const primary = (): string => {
    const t = args[i++];
    if (t === undefined) throw new ExprError('syntax error');
    if (t === '(') {
      const v = or();
      if (args[i++] !== ')') throw new ExprError('syntax error');
      return v;
    }
    if (t === 'length') return String((args[i++] ?? '').length);
    return t;
  };
  const level =
    (ops: string[], next: () => string, apply: (op: string, a: string, b: string) => string) =>
    (): string => {
      let left = next();
      while (ops.includes(args[i] ?? '')) {
        const op = args[i++] ?? '';
        left = apply(op, left, next());
      }
      return left;
    };
  const mul = level(['*', '/', '%'], primary, (op, a, b) => {
    const x = int(a);
    const y = int(b);
    if (op !== '*' && y === 0) throw new ExprError('division by zero');
    return String(op === '*' ? x * y : op === '/' ? Math.trunc(x / y) : x % y);
  });
  const add = level(['+', '-'], mul, (op, a, b) =>
    String(op === '+' ? int(a) + int(b) : int(a) - int(b)),
  );
  const cmp = level(['=', '!=', '<', '<=', '>', '>='], add, (op, a, b) => {
    const numeric = /^[-+]?\d+$/.test(a) && /^[-+]?\d+$/.test(b);
    const x: number | string = numeric ? Number(a) : a;
    const y: number | string = numeric ? Number(b) : b;
    const r =
      op === '='
        ? x === y
        : op === '!='
          ? x !== y
          : op === '<'
            ? x < y
            : op === '<='
              ? x <= y
              : op === '>'
                ? x > y
                : x >= y;
    return r ? '1' : '0';
  });
  const and = level(['&'], cmp, (_op, a, b) => (isNull(a) || isNull(b) ? '0' : a));
  const or = level(['|'], and, (_op, a, b) => (isNull(a) ? (isNull(b) ? '0' : b) : a));
  const result = or();
  if (i < args.length) throw new ExprError('syntax error');
  return result;
}

export const expr: CommandFn = function* (args, env) {
  try {
    const v = evaluate(args);
    yield* out(env, `${v}\n`);
    return v === '' || v === '0' ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    yield* fail(env, 'expr', e.message);
    return 2;
  }
};
