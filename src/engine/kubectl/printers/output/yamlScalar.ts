/**
 * How go-yaml v2 (what sigs.k8s.io/yaml, and so `kubectl -o yaml`, is built on) decides a
 * string's style. A string that would read back as something else — `true`, `yes`, `123`,
 * `1e3`, `0x1F`, `12:30`, `2015-08-04T21:03:36Z`, `""` — is double-quoted; a string a plain
 * scalar cannot hold (`: `, ` #`, a leading `-`, `*`, `{`…) is single-quoted; one with a line
 * break is a `|` block; unprintable characters force double quotes with escapes.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** The YAML 1.1 words go-yaml v2 resolves to booleans, null, NaN and infinities. */
const RESERVED = new Set([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'],
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'],
  ...['', '~', 'null', 'Null', 'NULL'],
  ...[
    '.nan',
    '.NaN',
    '.NAN',
    '.inf',
    '.Inf',
    '.INF',
    '+.inf',
    '+.Inf',
    '+.INF',
    '-.inf',
    '-.Inf',
    '-.INF',
  ],
  // `<<` (merge) is in go-yaml's table too, but `<` is not a hint character, so it is never looked up.
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** `strconv.ParseInt(s, 0, 64)` syntax: optional sign, then hex, octal, binary or decimal digits. */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** go-yaml's allowed timestamp layouts: `2006-1-2T15:4:5.999999999Z07:00`, with `t` or ` `, or a date. */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/;

function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const [, , mo, d, h1, mi1, s1, h2, mi2, s2] = m;
  const inRange = (v: string | undefined, max: number, min = 0): boolean =>
    v === undefined || (Number(v) >= min && Number(v) <= max);
  return (
    inRange(mo, 12, 1) &&
    inRange(d, 31, 1) &&
    inRange(h1 ?? h2, 23) &&
    inRange(mi1 ?? mi2, 59) &&
    inRange(s1 ?? s2, 59)
  );
}

/** True when go-yaml's `resolve` would read the text as something other than a string. */
export function resolvesToNonString(s: string): boolean {
  if (RESERVED.has(s)) return true;
  const first = s[0] ?? '';
  if (first === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (!/[-+0-9]/.test(first)) return false;
  if (isTimestamp(s)) return true;
  const plain = s.replaceAll('_', '');
  return GO_INT.test(plain) || YAML_STYLE_FLOAT.test(plain) || /^-?0b[01]+$/.test(plain);
}

const isBase60Float = (s: string): boolean =>
  /^[-+0-9]/.test(s) && s.includes(':') && BASE60_FLOAT.test(s);

const isBreak = (c: string): boolean =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** libyaml's `is_printable`, by code point. */
export function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

export interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** libyaml's `yaml_emitter_analyze_scalar`, for block context (kubectl never emits flow collections with content). */
export function analyzeScalar(value: string): ScalarAnalysis {
  const chars = [...value];
  if (chars.length === 0)
    return {
      multiline: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    };
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;

  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlank(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace)
        blockIndicators = true;
    } else if (c === ':' && followedByWhitespace) blockIndicators = true;
    else if (c === '#' && precededByWhitespace) blockIndicators = true;

    if (!isPrintable(c)) special = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c);
  });

  let blockPlainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleQuotedAllowed = true;
  let blockAllowed = !trailingSpace;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks || blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/**
 * The style go-yaml v2 emits a string in: the encoder's choice (`stringv`) narrowed by the
 * emitter's (`select_scalar_style`). `simpleKey` is a mapping key.
 */
export function selectStringStyle(
  s: string,
  simpleKey: boolean,
): { style: ScalarStyle; analysis: ScalarAnalysis } {
  const analysis = analyzeScalar(s);
  const canUsePlain = !resolvesToNonString(s) && !isBase60Float(s);
  let style: ScalarStyle = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
  if (simpleKey && analysis.multiline) style = 'double';
  if (style === 'plain') {
    if (!analysis.blockPlainAllowed) style = 'single';
    if (s === '' && simpleKey) style = 'single';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!analysis.blockAllowed || simpleKey)) style = 'double';
  return { style, analysis };
}
