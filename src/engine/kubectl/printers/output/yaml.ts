/**
 * `kubectl -o yaml`: sigs.k8s.io/yaml marshals to JSON, reads that back into plain maps and
 * writes it with go-yaml v2. So keys are sorted at every level (go-yaml's order, which compares
 * digit runs as numbers), sequences under a key are not indented, empty maps and lists are `{}`
 * and `[]`, and long strings fold at spaces past column 80, as libyaml's emitter does. This is a
 * port of the parts of that emitter kubectl output can reach.
 */
import { isPrintable, selectStringStyle, type ScalarStyle } from './yamlScalar';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;
/** libyaml writes a key longer than this (in bytes) as a `? key` complex key. */
const MAX_SIMPLE_KEY_BYTES = 128;

const isBreak = (c: string | undefined): boolean =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';

const utf8Length = (s: string): number => {
  let n = 0;
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
};

/** go-yaml v2's `keyList.Less` for string keys: letters after other characters, digit runs numerically. */
export function compareYamlKeys(a: string, b: string): number {
  const ar = [...a];
  const br = [...b];
  const isLetter = (c: string): boolean => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i] as string;
    const bc = br[i] as string;
    if (ac === bc) continue;
    const al = isLetter(ac);
    const bl = isLetter(bc);
    if (al && bl) return ac < bc ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (ac === '0' || bc === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ac < bc ? -1 : 1;
  }
  return ar.length - br.length;
}

/**
 * Go's `strconv.FormatFloat(f, 'g', -1, 64)`, how go-yaml prints a float: shortest digits, and an
 * exponent when it is below -4 or at least 6 (`1.5`, `1.2345675e+06`, `1e-05`, `.inf`).
 */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (f === 0) return '0';
  const [mantissa = '0', exponent = '0'] = f.toExponential().split('e');
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6)
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

class Emitter {
  out = '';
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;

  private put(c: string): void {
    this.out += c;
    this.column++;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** libyaml `write_break`: `\n` is a newline, other break characters are copied as is. */
  private writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
      this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const c of indicator) this.put(c);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(value: unknown, ctx: { mapping: boolean; simpleKey: boolean }): void {
    if (Array.isArray(value)) {
      if (value.length === 0) this.emptyFlow('[', ']');
      else this.blockSequence(value, ctx.mapping);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (entries.length === 0) this.emptyFlow('{', '}');
      else this.blockMapping(entries);
    } else if (typeof value === 'string') {
      const { style } = selectStringStyle(value, ctx.simpleKey);
      this.scalar(value, style, ctx.simpleKey);
    } else if (typeof value === 'number') {
      this.scalar(
        Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : goFloat(value),
        'plain',
        ctx.simpleKey,
      );
    } else if (typeof value === 'boolean') {
      this.scalar(String(value), 'plain', ctx.simpleKey);
    } else {
      this.scalar('null', 'plain', ctx.simpleKey);
    }
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private blockSequence(items: readonly unknown[], inMapping: boolean): void {
    // A sequence right after `key:` stays at the key's indentation.
    this.increaseIndent(false, inMapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, { mapping: false, simpleKey: false });
    }
    this.popIndent();
  }

  private blockMapping(entries: [string, unknown][]): void {
    this.increaseIndent(false, false);
    entries.sort(([a], [b]) => compareYamlKeys(a, b));
    for (const [key, value] of entries) {
      this.writeIndent();
      const simple =
        !selectStringStyle(key, true).analysis.multiline && utf8Length(key) <= MAX_SIMPLE_KEY_BYTES;
      if (simple) {
        this.node(key, { mapping: true, simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, { mapping: true, simpleKey: false });
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(value, { mapping: true, simpleKey: false });
    }
    this.popIndent();
  }

  private scalar(text: string, style: ScalarStyle, simpleKey: boolean): void {
    this.increaseIndent(true, false);
    const allowBreaks = !simpleKey;
    if (style === 'plain') this.plain(text, allowBreaks);
    else if (style === 'single') this.singleQuoted(text, allowBreaks);
    else if (style === 'double') this.doubleQuoted(text, allowBreaks);
    else this.literal(text);
    this.popIndent();
  }

  private plain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    this.folded(value, allowBreaks, false);
    this.whitespace = false;
    this.indention = false;
  }

  private singleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    this.folded(value, allowBreaks, true);
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** The shared body of plain and single-quoted scalars: fold at a space past the width. */
  private folded(value: string, allowBreaks: boolean, quoted: boolean): void {
    const chars = [...value];
    let spaces = false;
    let breaks = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        const inside = !quoted || (i > 0 && i < chars.length - 1);
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && inside && chars[i + 1] !== ' ')
          this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (quoted && c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
  }

  private doubleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = [...value];
    const startsWithBom = value.startsWith('\uFEFF');
    let spaces = false;
    chars.forEach((c, i) => {
      if (!isPrintable(c) || startsWithBom || isBreak(c) || c === '"' || c === '\\') {
        this.put('\\');
        for (const e of escapeFor(c)) this.put(e);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(value: string): void {
    this.writeIndicator('|', true, false, false);
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0]))
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = chars[chars.length - 1];
    const beforeLast = chars[chars.length - 2];
    // Chomping: `-` strips a missing final newline, `+` keeps more than one.
    if (!isBreak(last)) this.writeIndicator('-', false, false, false);
    else if (chars.length === 1 || isBreak(beforeLast))
      this.writeIndicator('+', false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/** The escape after `\` for a character in a double-quoted scalar. */
function escapeFor(c: string): string {
  const named: Record<string, string> = {
    '\0': '0',
    '\x07': 'a',
    '\b': 'b',
    '\t': 't',
    '\n': 'n',
    '\x0b': 'v',
    '\f': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\u0085': 'N',
    '\u00a0': '_',
    '\u2028': 'L',
    '\u2029': 'P',
  };
  const short = named[c];
  if (short !== undefined) return short;
  const cp = c.codePointAt(0) ?? 0;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `u${hex.padStart(4, '0')}`;
  return `U${hex.padStart(8, '0')}`;
}

/**
 * kubectl `-o yaml` of a value (the caller has already put the object in its API version).
 * @example printYaml({ kind: 'Pod', metadata: { name: 'web' } }) // 'kind: Pod\nmetadata:\n  name: web\n'
 */
export function printYaml(value: unknown): string {
  // Through JSON first, as sigs.k8s.io/yaml does: functions vanish, dates become strings.
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value) ?? 'null');
  const emitter = new Emitter();
  emitter.node(plain, { mapping: false, simpleKey: false });
  emitter.writeIndent();
  return emitter.out;
}
