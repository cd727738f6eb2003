/**
 * The manifest JSON Schema the editor uses for completion, hover and schema errors, generated
 * from the API schema (placeholder until it lands, issue 5).
 */
export type JsonSchema = Record<string, unknown>;

export function manifestJsonSchema(): JsonSchema {
  return {};
}
