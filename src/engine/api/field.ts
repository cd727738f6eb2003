/**
 * Validation errors in Kubernetes' own shape (apimachinery `field.Error`): a type, a field path,
 * the bad value and a detail. `errorBody` renders them exactly as the API server does
 * (k8s-reference §0.1), so a student sees the same words as on a real cluster.
 */

export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueInvalid'
  | 'FieldValueDuplicate'
  | 'FieldValueNotFound'
  | 'FieldValueNotSupported'
  | 'FieldValueTypeInvalid';

export interface FieldError {
  type: FieldErrorType;
  /** Dotted path with indexes, e.g. `spec.containers[0].ports[0].containerPort`. */
  field: string;
  badValue?: unknown;
  detail: string;
}

/**
 * A bad value Kubernetes prints as a Go struct literal (`intstr.IntOrString{Type:0, IntVal:0, StrVal:""}`),
 * already rendered; a plain object so it survives structured cloning.
 */
export interface GoSyntax {
  readonly '#go': string;
}
export const goSyntax = (text: string): GoSyntax => ({ '#go': text });
const isGoSyntax = (v: object): v is GoSyntax =>
  typeof (v as Record<string, unknown>)['#go'] === 'string' && Object.keys(v).length === 1;

/** Go's `%#v`-style rendering of a bad value (strings quoted, maps as `map[string]string{…}`). */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'object' && value !== null && isGoSyntax(value)) return value['#go'];
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string'))
      return `[]string{${value.map((v) => goQuote(v as string)).join(', ')}}`;
    return `[]interface {}{${value.map(formatValue).join(', ')}}`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    if (entries.every(([, v]) => typeof v === 'string'))
      return `map[string]string{${entries.map(([k, v]) => `${goQuote(k)}:${goQuote(v as string)}`).join(', ')}}`;
    return `map[string]interface {}{${entries.map(([k, v]) => `${goQuote(k)}:${formatValue(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** Go's strconv.Quote for the printable ASCII and common escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** The text after `<field>: ` — `Required value`, `Invalid value: "x": detail`, … */
export function errorBody(e: FieldError): string {
  switch (e.type) {
    case 'FieldValueRequired':
      return e.detail ? `Required value: ${e.detail}` : 'Required value';
    case 'FieldValueForbidden':
      return e.detail ? `Forbidden: ${e.detail}` : 'Forbidden';
    case 'FieldValueTooLong':
      return e.detail ? `Too long: ${e.detail}` : 'Too long';
    case 'FieldValueDuplicate':
      return `Duplicate value: ${formatValue(e.badValue)}${e.detail ? `: ${e.detail}` : ''}`;
    case 'FieldValueNotFound':
      return `Not found: ${formatValue(e.badValue)}${e.detail ? `: ${e.detail}` : ''}`;
    case 'FieldValueNotSupported':
      return `Unsupported value: ${formatValue(e.badValue)}${e.detail ? `: ${e.detail}` : ''}`;
    case 'FieldValueTypeInvalid':
      return `Invalid value: ${formatValue(e.badValue)}${e.detail ? `: ${e.detail}` : ''}`;
    case 'FieldValueInvalid':
      return `Invalid value: ${formatValue(e.badValue)}${e.detail ? `: ${e.detail}` : ''}`;
  }
}

/** `<field>: <body>` — one error as the API server prints it. */
export function errorText(e: FieldError): string {
  return e.field ? `${e.field}: ${errorBody(e)}` : errorBody(e);
}

// Constructors named as in apimachinery's field package.
export const required = (field: string, detail = ''): FieldError => ({
  type: 'FieldValueRequired',
  field,
  detail,
});
export const forbidden = (field: string, detail: string): FieldError => ({
  type: 'FieldValueForbidden',
  field,
  detail,
});
export const tooLong = (field: string, maxBytes: number): FieldError => ({
  type: 'FieldValueTooLong',
  field,
  detail: `must have at most ${maxBytes} bytes`,
});
export const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({
  type: 'FieldValueInvalid',
  field,
  badValue,
  detail,
});
export const duplicate = (field: string, badValue: unknown): FieldError => ({
  type: 'FieldValueDuplicate',
  field,
  badValue,
  detail: '',
});
export const notFound = (field: string, badValue: unknown): FieldError => ({
  type: 'FieldValueNotFound',
  field,
  badValue,
  detail: '',
});
/** `Unsupported value: "X": supported values: "A", "B"` */
export const notSupported = (
  field: string,
  badValue: unknown,
  supported: readonly string[],
): FieldError => ({
  type: 'FieldValueNotSupported',
  field,
  badValue,
  detail: supported.length ? `supported values: ${supported.map(goQuote).join(', ')}` : '',
});

/** Drop exact duplicates, keeping first occurrences (apimachinery ToAggregate). */
export function dedupe(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const key = errorText(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Path helpers: `child('spec', 'containers')`, `index('spec.containers', 0)`. */
export const child = (base: string, ...names: string[]): string =>
  [base, ...names].filter((s) => s !== '').join('.');
export const index = (base: string, i: number): string => `${base}[${i}]`;
export const key = (base: string, k: string): string => `${base}[${k}]`;
