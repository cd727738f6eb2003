/**
 * API errors as Kubernetes `Status` objects, and the exception that carries one. Every failure
 * the API server reports is one of these: kubectl renders them in kubectl's own words.
 */
import { dedupe, errorBody, errorText, type FieldError } from './field';

export type StatusReason =
  | 'Invalid'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'Forbidden'
  | 'ServiceUnavailable'
  | 'InternalError'
  | 'Gone';

export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: StatusReason;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
  code: number;
}

export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'StatusError';
  }
  get reason(): StatusReason {
    return this.status.reason;
  }
  get code(): number {
    return this.status.code;
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

function status(
  reason: StatusReason,
  code: number,
  message: string,
  details?: Status['details'],
): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

/** What a resource is called in messages: `pods`, `deployments.apps`. */
export interface QualifiedResource {
  resource: string;
  group: string;
}
const qualified = (r: QualifiedResource): string =>
  r.group ? `${r.resource}.${r.group}` : r.resource;

/** `pods "web" not found` */
export function newNotFound(r: QualifiedResource, name: string): StatusError {
  return status('NotFound', 404, `${qualified(r)} "${name}" not found`, {
    name,
    group: r.group,
    kind: r.resource,
  });
}

/** `pods "web" already exists` */
export function newAlreadyExists(r: QualifiedResource, name: string): StatusError {
  return status('AlreadyExists', 409, `${qualified(r)} "${name}" already exists`, {
    name,
    group: r.group,
    kind: r.resource,
  });
}

/** `Operation cannot be fulfilled on pods "web": <detail>` */
export function newConflict(r: QualifiedResource, name: string, detail: string): StatusError {
  return status(
    'Conflict',
    409,
    `Operation cannot be fulfilled on ${qualified(r)} "${name}": ${detail}`,
    {
      name,
      group: r.group,
      kind: r.resource,
    },
  );
}

export const OPTIMISTIC_LOCK_MESSAGE =
  'the object has been modified; please apply your changes to the latest version and try again';

export function newBadRequest(message: string): StatusError {
  return status('BadRequest', 400, message);
}

export function newMethodNotAllowed(message: string): StatusError {
  return status('MethodNotAllowed', 405, message);
}

export function newForbidden(r: QualifiedResource, name: string, reason: string): StatusError {
  return status('Forbidden', 403, `${qualified(r)} "${name}" is forbidden: ${reason}`, {
    name,
    group: r.group,
    kind: r.resource,
  });
}

export function newServiceUnavailable(message: string): StatusError {
  return status('ServiceUnavailable', 503, message);
}

export function newInternalError(message: string): StatusError {
  return status('InternalError', 500, `Internal error occurred: ${message}`);
}

/**
 * `Pod "web" is invalid: <aggregate>` where the aggregate is the single error, or
 * `[e1, e2]` for several (duplicates removed), with one cause per field error.
 */
export function newInvalid(
  kind: string,
  group: string,
  name: string,
  errors: readonly FieldError[],
): StatusError {
  const unique = dedupe(errors);
  const texts = unique.map(errorText);
  const aggregate = texts.length === 1 ? (texts[0] ?? '') : `[${texts.join(', ')}]`;
  return status('Invalid', 422, `${kind} "${name}" is invalid: ${aggregate}`, {
    name,
    group,
    kind,
    causes: unique.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field })),
  });
}
