/**
 * The parsed form of a script. Words keep their parts apart until run time because quoting
 * decides what expansion may split (`$X` is split on spaces, `"$X"` is not).
 */

export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; op?: ParamOp }
  | { kind: 'cmdsub'; list: List; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean };

/** `${X:-word}` and friends; `length` is `${#X}`. */
export interface ParamOp {
  op: ':-' | '-' | ':=' | '=' | ':+' | '+' | '#' | '%' | 'length';
  word: Word;
}

export type Word = WordPart[];

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&';
  target: Word;
}

export interface Assignment {
  name: string;
  value: Word;
}

export type Command =
  | { type: 'simple'; assigns: Assignment[]; words: Word[]; redirs: Redirect[] }
  | { type: 'if'; clauses: { cond: List; body: List }[]; otherwise?: List; redirs: Redirect[] }
  | { type: 'loop'; until: boolean; cond: List; body: List; redirs: Redirect[] }
  | { type: 'for'; name: string; items?: Word[]; body: List; redirs: Redirect[] }
  | { type: 'group'; body: List; subshell: boolean; redirs: Redirect[] };

export interface Pipeline {
  bang: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type List = AndOr[];
