/** `test` and `[`: string, integer and file tests, `!`, `-a`, `-o`. Exit 0 true, 1 false, 2 error. */
import type { CommandEnv, CommandFn } from './command';
import { fail } from './command';

class TestError extends Error {}

const INT = /^\s*[-+]?\d+\s*$/;

function evaluate(args: string[], env: CommandEnv): boolean {
  let i = 0;
  const integer = (s: string): number => {
    if (!INT.test(s)) throw new TestError(`invalid number '${s}'`);
    return Number(s);
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '!') {
      i++;
      return !primary();
    }
    if (a === '(') {
      i++;
      const v = or();
      if (args[i++] !== ')') throw new TestError("')' expected");
      return v;
    }
    const op = args[i + 1];
    const b = args[i + 2];
    if (op !== undefined && b !== undefined && /^(=|==|!=|-eq|-ne|-lt|-le|-gt|-ge)$/.test(op)) {
      i += 3;
      switch (op) {
        case '=':
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '-eq':
          return integer(a) === integer(b);
        case '-ne':
          return integer(a) !== integer(b);
        case '-lt':
          return integer(a) < integer(b);
        case '-le':
          return integer(a) <= integer(b);
        case '-gt':
          return integer(a) > integer(b);
        default:
          return integer(a) >= integer(b);
      }
    }
    if (/^-[zndefsrwx]$/.test(a) && op !== undefined) {
      i += 2;
      const path = env.resolve(op);
      switch (a) {
        case '-z':
          return op === '';
        case '-n':
          return op !== '';
        case '-d':
          return env.fs.isDir(path);
        case '-f':
          return env.fs.exists(path) && !env.fs.isDir(path);
        case '-s':
          return (env.fs.read(path) ?? '').length > 0 || env.fs.isDir(path);
        default:
          return env.fs.exists(path);
      }
    }
    i++;
    return a !== '';
  };
  const and = (): boolean => {
    let v = primary();
    while (args[i] === '-a') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (args[i] === '-o') {
      i++;
      v = and() || v;
    }
    return v;
  };
  if (args.length === 0) return false;
  const v = or();
  if (i < args.length) throw new TestError(`${args[i]}: unknown operand`);
  return v;
}

export const test: CommandFn = function* (args, env) {
  try {
    return evaluate(args, env) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    yield* fail(env, 'sh', e.message);
    return 2;
  }
};

export const bracket: CommandFn = function* (args, env) {
  if (args[args.length - 1] !== ']') {
    yield* fail(env, 'sh', 'missing ]');
    return 2;
  }
  return yield* test(args.slice(0, -1), env);
};
