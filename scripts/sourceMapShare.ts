/**
 * How many bytes of a built chunk each original source accounts for, read from its source map:
 * every mapping segment owns the generated text from its column to the next segment's (or the
 * line's end). Approximate (unmapped glue counts as `(unmapped)`), but enough to say why a
 * chunk is big.
 */
export interface RawSourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment's fields (Base64 VLQ), each relative to the previous segment's. */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`not a source-map digit: ${c}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

export function attributeBySource(code: string, map: RawSourceMap): Map<string, number> {
  const bytes = new Map<string, number>();
  const add = (source: string, n: number): void => {
    if (n > 0) bytes.set(source, (bytes.get(source) ?? 0) + n);
  };
  const lines = code.split('\n');
  const mappedLines = map.mappings.split(';');
  let source = 0; // source index carries over lines; the generated column restarts each line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const segments = (mappedLines[i] ?? '').split(',').filter(Boolean);
    let column = 0;
    let from = 0;
    let owner = '(unmapped)';
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      add(owner, column - from);
      from = column;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        owner = map.sources[source] ?? '(unmapped)';
      } else owner = '(unmapped)';
    }
    add(owner, line.length + (i < lines.length - 1 ? 1 : 0) - from);
  }
  return bytes;
}
