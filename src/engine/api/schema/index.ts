/**
 * The API schema: the v1 and apps/v1 structs kubesim stores, in Go struct order, with
 * descriptions; `kubectl explain`; and key ordering for typed output.
 */
export type { FieldSchema, SchemaType, StructSchema } from './model';
export {
  RESOURCES,
  apiVersionOf,
  resolveResource,
  schemaFor,
  structSchema,
  typeDescription,
} from './registry';
export type { ResourceInfo } from './registry';
export { compareGoStrings, orderLikeGo, sortKeys } from './order';
export { explain, typeGuess } from './explain';
export type { ExplainOptions, ExplainResult } from './explain';
