/**
 * Manifest text → decoded documents, the way `kubectl create -f` and the API server between
 * them treat it. kubectl reads the stream (JSON if it starts with `{`, else YAML documents),
 * checks each document has an apiVersion and a kind, expands Lists and maps kinds to
 * resources; the server then decodes each object strictly (v1) or leniently (2015 versions).
 *
 * Like kubectl, reading stops at a syntax error or a document without kind/apiVersion (the
 * documents before it are kept); a kind the server does not know, or an object the server
 * rejects, fails alone and the rest go on.
 */
import { readJsonStream } from './jsonStream';
import { isListKind, servedKind } from './kinds';
import { LineIndex } from './locate';
import { entry, toGoJson, type Node, type ObjectNode } from './node';
import { serverDecode } from './serverDecode';
import type { DecodedDocument, DecodeError } from './types';
import { foldName } from './unmarshal';
import { readYamlDocument, splitYamlDocuments } from './yamlStream';

const STOP_VALIDATE =
  'if you choose to ignore these errors, turn validation off with --validate=false';

/**
 * Decode every document of a manifest. Never throws.
 * @param opts.source the file name kubectl would print (`-` or omitted means stdin, `STDIN`)
 * @example decodeManifests('apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n…')[0].object.metadata.name // 'web'
 */
export function decodeManifests(text: string, opts: { source?: string } = {}): DecodedDocument[] {
  const source = opts.source === undefined || opts.source === '-' ? 'STDIN' : opts.source;
  const decoder = new ManifestDecoder(text, source);
  try {
    decoder.run();
    return decoder.out;
  } catch (e) {
    // A failure of kubesim itself (deep recursion on hostile input): report it, never throw.
    const reason = e instanceof Error ? e.message : String(e);
    return [
      ...decoder.out,
      {
        ok: false,
        index: decoder.out.length,
        error: { message: `error parsing ${source}: ${reason}` },
      },
    ];
  }
}

class ManifestDecoder {
  readonly out: DecodedDocument[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {
    this.lines = new LineIndex(text);
  }

  run(): void {
    // kubectl's GuessJSONStream: JSON when the first non-space character (Go's unicode.IsSpace) is `{`.
    if (
      /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*\{/.test(
        this.text,
      )
    ) {
      const { values, error } = readJsonStream(this.text);
      for (const v of values) if (!this.document(v)) return;
      if (error) this.fail(`error parsing ${this.source}: ${error.message}`, error.index);
      return;
    }
    const { chunks, error } = splitYamlDocuments(this.text);
    for (const chunk of chunks) {
      const doc = readYamlDocument(this.text, chunk);
      if (!doc.ok)
        return this.fail(
          `error parsing ${this.source}: error converting YAML to JSON: ${doc.message}`,
          doc.index,
        );
      if (doc.node && !this.document(doc.node)) return;
    }
    if (error) this.fail(`error parsing ${this.source}: ${error.message}`, error.index);
  }

  private fail(
    message: string,
    at: number,
    extra: Partial<Extract<DecodedDocument, { ok: false }>> = {},
  ): void {
    const error: DecodeError = { message, ...this.lines.position(at) };
    this.out.push({ ok: false, index: this.out.length, error, ...extra });
  }

  /** kubectl's client-side steps for one document; false when kubectl would stop reading. */
  private document(node: Node): boolean {
    if (node.kind === 'null') return true;
    const overflow = findOverflow(node);
    if (overflow) {
      const why = `json: cannot unmarshal number ${overflow.text} into Go value of type float64`;
      this.fail(
        `error validating "${this.source}": error validating data: ${why}; ${STOP_VALIDATE}`,
        overflow.start,
      );
      return false;
    }
    const problems = objectKindProblems(node);
    if (problems.length > 0 || node.kind !== 'object') {
      const why = problems.length === 1 ? problems[0] : `[${problems.join(', ')}]`;
      this.fail(
        `error validating "${this.source}": error validating data: ${why}; ${STOP_VALIDATE}`,
        node.start,
      );
      return false;
    }
    const apiVersion = stringField(node, 'apiVersion') ?? '';
    const kind = stringField(node, 'kind') ?? '';
    if (kind === '') {
      this.fail(
        `unable to decode "${this.source}": Object 'Kind' is missing in '${toGoJson(node)}'`,
        node.start,
      );
      return true;
    }
    this.resolve(node, apiVersion, kind, false);
    return true;
  }

  /** Map the kind to a resource (expanding Lists), then let the server decode it. */
  private resolve(node: ObjectNode, apiVersion: string, kind: string, listItem: boolean): void {
    if (isListKind(apiVersion, kind)) return this.expandList(node, apiVersion, kind);
    const canonical = servedKind(apiVersion, kind);
    const name = objectName(node, apiVersion);
    const kindAt = entry(node, 'kind')?.value.start ?? node.start;
    if (!canonical) {
      const version = apiVersion === '' ? `in group ""` : `in version "${apiVersion}"`;
      const noMatch = `no matches for kind "${kind}" ${version}`;
      const meta = objectOr(entry(node, 'metadata')?.value);
      const [metaName, ns] = [
        stringField(meta, 'name') ?? '',
        stringField(meta, 'namespace') ?? '',
      ];
      const message = listItem
        ? `unable to recognize ${noMatch}`
        : `resource mapping not found for name: "${metaName}" namespace: "${ns}" from "${this.source}": ${noMatch}\nensure CRDs are installed first`;
      return this.fail(message, kindAt, { apiVersion, kind, name });
    }
    this.out.push(
      serverDecode({
        node,
        apiVersion,
        kind,
        canonical,
        name,
        index: this.out.length,
        lines: this.lines,
      }),
    );
  }

  /**
   * A List's items are handled one by one. Items of a typed list (`PodList`) that name neither
   * kind nor apiVersion take the list's, as kubectl's unstructured decoder fills them in.
   */
  private expandList(list: ObjectNode, apiVersion: string, kind: string): void {
    const items = entry(list, 'items')?.value;
    if (!items || items.kind === 'null') return;
    if (items.kind !== 'array') {
      const why = `json: cannot unmarshal ${items.kind} into Go value of type []interface {}`;
      return this.fail(`unable to decode "${this.source}": ${why}`, items.start);
    }
    const bad = items.items.find((i) => i.kind !== 'object');
    if (bad) {
      const why = `json: cannot unmarshal ${bad.kind} into Go value of type map[string]interface {}`;
      return this.fail(`unable to decode "${this.source}": ${why}`, bad.start);
    }
    for (const item of items.items) {
      if (item.kind !== 'object') continue;
      let itemVersion = stringField(item, 'apiVersion') ?? '';
      let itemKind = stringField(item, 'kind') ?? '';
      if (itemVersion === '' && itemKind === '')
        [itemVersion, itemKind] = [apiVersion, kind.slice(0, -'List'.length)];
      const typeInfo = 'unable to get type info from the object "*unstructured.Unstructured": ';
      if (itemKind === '')
        this.fail(`${typeInfo}Object 'Kind' is missing in 'object has no kind field '`, item.start);
      else if (itemVersion === '')
        this.fail(
          `${typeInfo}Object 'apiVersion' is missing in 'object has no apiVersion field'`,
          item.start,
        );
      else this.resolve(item, itemVersion, itemKind, true);
    }
  }
}

/** kubectl's getObjectKind checks, in its words. */
function objectKindProblems(node: Node): string[] {
  if (node.kind !== 'object') return ['invalid object to validate'];
  const problems: string[] = [];
  const apiVersion = entry(node, 'apiVersion')?.value;
  if (!apiVersion || apiVersion.kind === 'null') problems.push('apiVersion not set');
  else if (apiVersion.kind !== 'string') problems.push("apiVersion isn't string type");
  else if ((apiVersion.value.match(/\//g) ?? []).length > 1) {
    problems.push(`unexpected GroupVersion string: ${apiVersion.value}`);
  }
  const kind = entry(node, 'kind')?.value;
  if (!kind || kind.kind === 'null') problems.push('kind not set');
  else if (kind.kind !== 'string') problems.push("kind isn't string type");
  return problems;
}

function stringField(node: ObjectNode | undefined, key: string): string | undefined {
  const v = node ? entry(node, key)?.value : undefined;
  return v?.kind === 'string' ? v.value : undefined;
}

function objectOr(n: Node | undefined): ObjectNode | undefined {
  return n?.kind === 'object' ? n : undefined;
}

/** The object's name as kubectl reads it (`metadata.name`; a v1beta1 object's `id`). */
function objectName(node: ObjectNode, apiVersion: string): string {
  const fromMeta = stringField(objectOr(entry(node, 'metadata')?.value), 'name');
  if (fromMeta !== undefined || apiVersion !== 'v1beta1') return fromMeta ?? '';
  const id = node.entries.filter((e) => foldName(e.key) === 'id').pop()?.value;
  return id?.kind === 'string' ? id.value : '';
}

/** A JSON number too large for a float64, which kubectl cannot read. */
function findOverflow(node: Node): Extract<Node, { kind: 'number' }> | undefined {
  if (node.kind === 'number') return node.overflow ? node : undefined;
  const children =
    node.kind === 'object'
      ? node.entries.map((e) => e.value)
      : node.kind === 'array'
        ? node.items
        : [];
  for (const c of children) {
    const hit = findOverflow(c);
    if (hit) return hit;
  }
  return undefined;
}
