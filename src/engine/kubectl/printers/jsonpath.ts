/**
 * kubectl's JSONPath templates (`-o jsonpath='{.items[*].metadata.name}'`), as client-go's
 * util/jsonpath reads them: text outside braces is printed as written; inside, a path from the
 * root (`.`, `$`) or the current item (`@`) with fields, `['quoted']` names, indexes and
 * slices (`[0]`, `[-1]`, `[1:3]`, `[*]`), recursive descent (`..name`), filters
 * (`[?(@.type=="Ready")]`), `{range …}…{end}` and string literals (`{"\n"}`). Several results
 * are joined by spaces; maps and lists print as JSON. Missing fields print nothing, as with
 * kubectl's default `--allow-missing-template-keys=true`.
 */

type Value = unknown;

interface TextNode {
  type: 'text';
  text: string;
}
interface PathNode {
  type: 'path';
  steps: Step[];
  fromCurrent: boolean;
}
interface RangeNode {
  type: 'range';
  path: PathNode;
  body: TemplateNode[];
}
type TemplateNode = TextNode | PathNode | RangeNode;

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'recursive'; name: string | null }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number; step?: number }
  | { kind: 'wildcard' }
  | { kind: 'filter'; left: PathNode; op: string; right: PathNode | { literal: Value } };

export class JsonPathError extends Error {}

/** Parse a template, or throw JsonPathError in client-go's words. */
export function parseJsonPath(template: string): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  const stack: { body: TemplateNode[] }[] = [{ body: nodes }];
  let i = 0;
  const top = (): TemplateNode[] => (stack[stack.length - 1] as { body: TemplateNode[] }).body;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      top().push({ type: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) top().push({ type: 'text', text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close === -1) throw new JsonPathError(`unclosed action`);
    const inside = template.slice(open + 1, close).trim();
    i = close + 1;
    if (inside === 'end') {
      if (stack.length === 1) throw new JsonPathError('not in range, nothing to end');
      stack.pop();
      continue;
    }
    if (inside.startsWith('range ')) {
      const node: RangeNode = { type: 'range', path: parsePath(inside.slice(6).trim()), body: [] };
      top().push(node);
      stack.push(node);
      continue;
    }
    if (/^"([^"\\]|\\.)*"$/.test(inside)) {
      top().push({ type: 'text', text: JSON.parse(inside) as string });
      continue;
    }
    top().push(parsePath(inside));
  }
  if (stack.length > 1) throw new JsonPathError('unclosed range');
  return nodes;
}

function findClose(s: string, open: number): number {
  let quote: string | null = null;
  for (let j = open + 1; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return j;
  }
  return -1;
}

function parsePath(text: string): PathNode {
  let s = text;
  // `$` is the root; `.` and `@` are the current item (the root, or a range's item)
  let fromCurrent = true;
  if (s.startsWith('$')) {
    fromCurrent = false;
    s = s.slice(1);
  } else if (s.startsWith('@')) s = s.slice(1);
  const steps: Step[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (s.startsWith('..', i)) {
      i += 2;
      const m = /^[A-Za-z0-9_\-*]+/.exec(s.slice(i));
      const name = m ? m[0] : null;
      if (name) i += name.length;
      steps.push({ kind: 'recursive', name: name === '*' ? null : name });
    } else if (c === '.') {
      i++;
      const m = /^[A-Za-z0-9_\-$*]+/.exec(s.slice(i));
      if (!m) continue; // `.` alone: the root
      i += m[0].length;
      steps.push(m[0] === '*' ? { kind: 'wildcard' } : { kind: 'field', name: m[0] });
    } else if (c === '[') {
      const close = matchingBracket(s, i);
      if (close === -1) throw new JsonPathError(`unterminated array`);
      steps.push(parseBracket(s.slice(i + 1, close).trim()));
      i = close + 1;
    } else if (c === ' ' || c === '\t') i++;
    else {
      const m = /^[A-Za-z0-9_-]+/.exec(s.slice(i));
      if (!m)
        throw new JsonPathError(
          `unrecognized character in action: U+${(c ?? '').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`,
        );
      i += m[0].length;
      steps.push({ kind: 'field', name: m[0] });
    }
  }
  return { type: 'path', steps, fromCurrent };
}

function matchingBracket(s: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let j = open; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

function parseBracket(inner: string): Step {
  if (inner === '*') return { kind: 'wildcard' };
  if (inner.startsWith('?(') && inner.endsWith(')')) return parseFilter(inner.slice(2, -1));
  const quoted = /^(['"])(.*)\1$/.exec(inner);
  if (quoted) return { kind: 'field', name: quoted[2] ?? '' };
  if (inner.includes(':')) {
    const [a, b, c] = inner.split(':').map((x) => x.trim());
    const num = (x: string | undefined): number | undefined =>
      x === undefined || x === '' ? undefined : Number(x);
    const slice: Step = { kind: 'slice' };
    const start = num(a);
    const end = num(b);
    const step = num(c);
    if (start !== undefined) slice.start = start;
    if (end !== undefined) slice.end = end;
    if (step !== undefined) slice.step = step;
    return slice;
  }
  const indexes = inner.split(',').map((x) => Number(x.trim()));
  if (indexes.every((n) => Number.isInteger(n))) return { kind: 'index', indexes };
  return { kind: 'field', name: inner };
}

function parseFilter(expr: string): Step {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(expr.trim());
  if (!m)
    return { kind: 'filter', left: parsePath(expr.trim()), op: 'exists', right: { literal: null } };
  const [, left = '', op = '==', right = ''] = m;
  const literal = /^(['"])(.*)\1$/.exec(right);
  return {
    kind: 'filter',
    left: parsePath(left.trim()),
    op,
    right: literal
      ? { literal: literal[2] }
      : /^-?\d+(\.\d+)?$/.test(right)
        ? { literal: Number(right) }
        : right === 'true' || right === 'false'
          ? { literal: right === 'true' }
          : parsePath(right.trim()),
  };
}

/** Evaluate a parsed template against `root`, as kubectl prints it. */
export function executeJsonPath(nodes: readonly TemplateNode[], root: Value): string {
  let out = '';
  const run = (list: readonly TemplateNode[], current: Value): void => {
    for (const node of list) {
      if (node.type === 'text') out += node.text;
      else if (node.type === 'path') out += evaluate(node, root, current).map(text).join(' ');
      else for (const item of rangeItems(evaluate(node.path, root, current))) run(node.body, item);
    }
  };
  run(nodes, root);
  return out;
}

/** The values one template yields, each as its own result (custom columns join them). */
export function jsonPathValues(nodes: readonly TemplateNode[], root: Value): Value[] {
  return nodes.flatMap((node) => (node.type === 'path' ? evaluate(node, root, root) : []));
}

/** A value as a column cell: strings as they are, the rest as Go's `%v` would roughly print. */
export function jsonPathText(v: Value): string {
  return text(v);
}

/** `{range .items[*]}`: each item of the results (a single list result ranges over its items). */
function rangeItems(values: Value[]): Value[] {
  if (values.length === 1 && Array.isArray(values[0])) return values[0] as Value[];
  return values;
}

function evaluate(path: PathNode, root: Value, current: Value): Value[] {
  let values: Value[] = [path.fromCurrent ? current : root];
  for (const step of path.steps) values = values.flatMap((v) => apply(step, v, root));
  return values;
}

function apply(step: Step, value: Value, root: Value): Value[] {
  switch (step.kind) {
    case 'field':
      return isObject(value) && step.name in value ? [value[step.name]] : [];
    case 'wildcard':
      return Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
    case 'index': {
      if (!Array.isArray(value)) return [];
      return step.indexes.flatMap((n) => {
        const at = n < 0 ? value.length + n : n;
        return at >= 0 && at < value.length ? [value[at]] : [];
      });
    }
    case 'slice': {
      if (!Array.isArray(value)) return [];
      const len = value.length;
      const clamp = (n: number): number => Math.min(len, Math.max(0, n < 0 ? len + n : n));
      const start = clamp(step.start ?? 0);
      const end = clamp(step.end ?? len);
      const by = step.step && step.step > 0 ? step.step : 1;
      const out: Value[] = [];
      for (let k = start; k < end; k += by) out.push(value[k]);
      return out;
    }
    case 'recursive': {
      const out: Value[] = [];
      const walk = (v: Value): void => {
        if (step.name === null) {
          if (Array.isArray(v)) out.push(...v);
          else if (isObject(v)) out.push(...Object.values(v));
        } else if (isObject(v) && step.name in v) out.push(v[step.name]);
        if (Array.isArray(v)) v.forEach(walk);
        else if (isObject(v)) Object.values(v).forEach(walk);
      };
      walk(value);
      return out;
    }
    case 'filter': {
      const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
      return items.filter((item) => {
        const left = evaluate(step.left, root, item);
        if (step.op === 'exists') return left.length > 0;
        const right =
          'literal' in step.right ? [step.right.literal] : evaluate(step.right, root, item);
        return left.some((l) => right.some((r) => compare(l, step.op, r)));
      });
    }
  }
}

function compare(a: Value, op: string, b: Value): boolean {
  switch (op) {
    case '==':
      return a === b || String(a) === String(b);
    case '!=':
      return !(a === b || String(a) === String(b));
    case '<':
      return Number(a) < Number(b);
    case '>':
      return Number(a) > Number(b);
    case '<=':
      return Number(a) <= Number(b);
    case '>=':
      return Number(a) >= Number(b);
  }
  return false;
}

function isObject(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: Value): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(sorted(v));
  return String(v);
}

/** Go's encoding/json writes a map's keys in sorted order. */
function sorted(v: Value): Value {
  if (Array.isArray(v)) return v.map(sorted);
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sorted(v[k])]),
  );
}
