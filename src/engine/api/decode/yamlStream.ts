/**
 * YAML manifests as kubectl reads them: split into documents at lines starting with `---`
 * (kubectl's own splitter, not the YAML parser's), each document parsed and converted to JSON
 * with go-yaml v2's rules (YAML 1.1 scalars, `<<` merge keys, aliases expanded, duplicate keys
 * collapsed). Positions stay those of the whole text; the line in a syntax message is counted
 * from the start of the document, as kubectl counts it.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { goNumberText, objectNode, toPlain, type Entry, type Node, type Span } from './node';
import { keyText, resolvePlain, type Scalar } from './yamlScalars';

/** go-yaml v2 stops at 10000 levels; kubesim at 500 (see MAX_DEPTH in jsonStream.ts). */
const MAX_DEPTH = 500;
const TOO_DEEP = `yaml: exceeded max depth of ${MAX_DEPTH}`;

export interface YamlChunk {
  /** Offsets of the document's text in the whole input. */
  start: number;
  end: number;
}

export type YamlDocument =
  { ok: true; node: Node | null } | { ok: false; message: string; index: number };

/**
 * kubectl's YAMLReader: a line beginning with `---` ends a document; anything after the dashes
 * other than spaces or a comment is an error (`invalid Yaml document separator: <rest>`).
 */
export function splitYamlDocuments(text: string): {
  chunks: YamlChunk[];
  error?: { message: string; index: number };
} {
  const chunks: YamlChunk[] = [];
  let docStart = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest.length > 0 && !rest.startsWith('#')) {
        if (docStart < lineStart) chunks.push({ start: docStart, end: lineStart });
        return {
          chunks,
          error: { message: `invalid Yaml document separator: ${rest}`, index: lineStart + 3 },
        };
      }
      if (docStart < lineStart) chunks.push({ start: docStart, end: lineStart });
      docStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (docStart < text.length) chunks.push({ start: docStart, end: text.length });
  return { chunks };
}

/**
 * Parse one document and convert it to the JSON kubectl would send. Error messages are what
 * follows kubectl's `error converting YAML to JSON: `.
 */
export function readYamlDocument(text: string, chunk: YamlChunk): YamlDocument {
  const src = text.slice(chunk.start, chunk.end);
  const control = findControlCharacter(src);
  if (control !== -1) {
    return {
      ok: false,
      message: 'yaml: control characters are not allowed',
      index: chunk.start + control,
    };
  }
  const doc = parseDocument(src, {
    schema: 'failsafe',
    uniqueKeys: false,
    prettyErrors: false,
    strict: false,
  });
  const err = doc.errors[0];
  // The parser itself gives up on very deep nesting with a stack overflow of its own.
  if (err && /call stack/i.test(err.message))
    return { ok: false, message: TOO_DEEP, index: chunk.start + err.pos[0] };
  if (err) {
    const at = err.pos[0];
    const line = src.slice(0, at).split('\n').length;
    return { ok: false, message: `yaml: line ${line}: ${err.message}`, index: chunk.start + at };
  }
  try {
    const conv = new Converter(doc, chunk.start, text);
    return { ok: true, node: doc.contents ? conv.root(doc.contents as YamlNode) : null };
  } catch (e) {
    if (e instanceof ConversionError) return { ok: false, message: e.message, index: e.index };
    throw e;
  }
}

/**
 * go-yaml's reader refuses characters outside YAML's printable set: C0 controls other than tab,
 * newline and carriage return, DEL, C1 controls other than NEL, and U+FFFE/U+FFFF.
 */
function findControlCharacter(src: string): number {
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const printable =
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x20 && c <= 0x7e) ||
      c === 0x85 ||
      (c >= 0xa0 && c <= 0xfffd);
    if (!printable) return i;
  }
  return -1;
}

class ConversionError {
  constructor(
    readonly message: string,
    readonly index: number,
  ) {}
}

/** go-yaml v2's alias budget: the share of decoded nodes that may come from aliases. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

/** A converted node with its size once aliases are expanded, as go-yaml v2 would decode it. */
interface Sized {
  node: Node;
  nodes: number;
  aliases: number;
}

class Converter {
  /** Converted anchors, shared (not copied) by every alias: expansion is counted, not built. */
  private readonly memo = new Map<YamlNode, Sized>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly doc: ReturnType<typeof parseDocument>,
    private readonly offset: number,
    private readonly text: string,
  ) {}

  private span(n: YamlNode): Span {
    const r = n.range ?? [0, 0, 0];
    let end = this.offset + r[1];
    const start = this.offset + r[0];
    while (end > start && /\s/.test(this.text[end - 1] ?? '')) end--;
    return { start, end };
  }

  private fail(message: string, n: YamlNode): never {
    throw new ConversionError(message, this.span(n).start);
  }

  /** Convert the document's root, refusing documents whose aliases expand far beyond their text. */
  root(n: YamlNode): Node {
    const { node, nodes, aliases } = this.node(n, 0);
    const excessive =
      (aliases > 100 && nodes > 1000 && aliases / nodes > allowedAliasRatio(nodes)) ||
      nodes > 10_000_000;
    if (excessive)
      throw new ConversionError('yaml: document contains excessive aliasing', node.start);
    return node;
  }

  private node(n: YamlNode, depth: number): Sized {
    if (depth > MAX_DEPTH) this.fail(TOO_DEEP, n);
    const done = this.memo.get(n);
    if (done) return done;
    if (this.inProgress.has(n))
      this.fail(`yaml: anchor '${n.anchor ?? ''}' value contains itself`, n);
    this.inProgress.add(n);
    const out = this.convert(n, depth);
    this.inProgress.delete(n);
    if (n.anchor) this.memo.set(n, out);
    return out;
  }

  private convert(n: YamlNode, depth: number): Sized {
    const span = this.span(n);
    if (isAlias(n)) {
      const target = n.resolve(this.doc);
      if (!target) this.fail(`yaml: unknown anchor '${n.source}' referenced`, n);
      const s = this.node(target as YamlNode, depth);
      return { ...s, aliases: s.aliases + 1 };
    }
    if (isScalar(n))
      return { node: this.scalarNode(this.scalar(n), span, n), nodes: 1, aliases: 0 };
    if (isSeq(n)) {
      const items = n.items.map((item) => this.node(item as YamlNode, depth + 1));
      return sized({ kind: 'array', items: items.map((i) => i.node), ...span }, items);
    }
    if (isMap(n)) {
      const entries: Entry[] = [];
      const parts: Sized[] = [];
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null;
        const v = (pair.value ?? null) as YamlNode | null;
        if (k && isScalar(k) && k.value === '<<' && k.type === 'PLAIN' && !k.tag) {
          parts.push(...this.merge(entries, v, depth, k));
          continue;
        }
        const keySpan = k ? this.span(k) : span;
        const key = k ? this.key(k) : undefined;
        if (key === undefined) {
          const shown = v ? goSyntax(toPlain(this.node(v, depth + 1).node)) : '<nil>';
          this.fail(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${shown}`, k ?? n);
        }
        const value: Sized = v
          ? this.node(v, depth + 1)
          : { node: { kind: 'null', start: keySpan.end, end: keySpan.end }, nodes: 1, aliases: 0 };
        parts.push(value);
        entries.push({ key, keySpan, value: value.node });
      }
      return sized(objectNode(entries, span), parts);
    }
    return this.fail('yaml: unsupported node', n);
  }

  /** `<<: *base` or `<<: [*a, *b]`: go-yaml v2 copies the keys in at this point of the map. */
  private merge(entries: Entry[], v: YamlNode | null, depth: number, at: YamlNode): Sized[] {
    const sources = v && isSeq(v) ? v.items.map((x) => x as YamlNode) : v ? [v] : [];
    const merged = sources.map((s) => this.node(s, depth + 1));
    if (!v || merged.some((m) => m.node.kind !== 'object')) {
      this.fail('yaml: map merge requires map or sequence of maps as the value', v ?? at);
    }
    for (const m of merged) if (m.node.kind === 'object') entries.push(...m.node.entries);
    return merged;
  }

  private key(k: YamlNode): string | undefined {
    if (isScalar(k)) return keyText(this.scalar(k));
    if (isAlias(k)) {
      const target = k.resolve(this.doc);
      if (target && isScalar(target)) return keyText(this.scalar(target as YamlNode));
    }
    return this.fail('yaml: invalid map key: a mapping or sequence cannot be a key', k);
  }

  /** A scalar's meaning: quoted text is a string; plain text follows YAML 1.1; tags are obeyed. */
  private scalar(n: YamlNode): Scalar {
    if (!isScalar(n)) return { kind: 'string', value: '' };
    const value = String(n.value ?? '');
    const tag = n.tag?.startsWith('tag:yaml.org,2002:')
      ? n.tag.slice('tag:yaml.org,2002:'.length)
      : undefined;
    if (n.tag && !tag) return { kind: 'string', value };
    if (tag === 'str' || tag === 'binary' || tag === 'timestamp') return { kind: 'string', value };
    if (tag === undefined && n.type !== 'PLAIN') return { kind: 'string', value };
    const resolved = resolvePlain(value);
    if (tag === undefined) return resolved;
    const want =
      tag === 'int'
        ? 'int'
        : tag === 'float'
          ? 'float'
          : tag === 'bool'
            ? 'bool'
            : tag === 'null'
              ? 'null'
              : undefined;
    if (want === undefined) return resolved;
    if (want === 'float' && resolved.kind === 'int')
      return { kind: 'float', value: Number(resolved.text) };
    if (resolved.kind !== want) {
      const short = resolved.kind === 'string' ? 'str' : resolved.kind;
      this.fail(`yaml: cannot decode !!${short} \`${value}\` as a !!${tag}`, n);
    }
    return resolved;
  }

  private scalarNode(s: Scalar, span: Span, n: YamlNode): Node {
    let node: Node;
    switch (s.kind) {
      case 'null':
        node = { kind: 'null', ...span };
        break;
      case 'bool':
        node = { kind: 'bool', value: s.value, ...span };
        break;
      case 'string':
        node = { kind: 'string', value: s.value, ...span };
        break;
      case 'int':
      case 'float': {
        const literal = s.kind === 'int' ? s.text : String(s.value);
        const text =
          s.kind === 'float' && !Number.isFinite(s.value) ? undefined : goNumberText(literal);
        if (text === undefined) {
          const shown = Number.isNaN(s.kind === 'float' ? s.value : 0)
            ? 'NaN'
            : s.kind === 'float' && s.value < 0
              ? '-Inf'
              : '+Inf';
          this.fail(`json: unsupported value: ${shown}`, n);
        }
        node = { kind: 'number', text, ...span };
        break;
      }
    }
    return node;
  }
}

function sized(node: Node, parts: readonly Sized[]): Sized {
  let nodes = 1;
  let aliases = 0;
  for (const p of parts) {
    nodes += p.nodes;
    aliases += p.aliases;
  }
  return { node, nodes, aliases };
}

/** Go's %#v of a value decoded from YAML into interface{}, for sigs.k8s.io/yaml's key error. */
function goSyntax(v: unknown): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(
      ([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`,
    );
    return `map[interface {}]interface {}{${parts.join(', ')}}`;
  }
  return String(v);
}
