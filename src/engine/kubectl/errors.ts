/**
 * How kubectl words API errors (k8s-reference §0.1): `Error from server (NotFound): …`,
 * `The Pod "web" is invalid: …` with one or several causes, and the 2015 forms.
 */
import type { Era } from '../contract';
import { isStatusError, type StatusError } from '../api/status';

/** The stderr text (without trailing newline) for an API error, as `kubectl` prints it. */
export function formatStatusError(
  err: StatusError,
  era: Era,
  source?: { verb: string; file: string },
): string {
  const s = err.status;
  if (s.reason === 'Invalid' && s.details?.kind) {
    const causes = s.details.causes ?? [];
    const kind = s.details.kind;
    const name = s.details.name ?? '';
    if (era === '2015') {
      return [
        `The ${kind} "${name}" is invalid.`,
        ...causes.map((c) => `${c.field ?? ''}: ${c.message}`),
      ].join('\n');
    }
    if (causes.length === 1) {
      const c = causes[0] as { field?: string; message: string };
      return `The ${kind} "${name}" is invalid: ${c.field ? `${c.field}: ` : ''}${c.message}`;
    }
    if (causes.length > 1)
      return [
        `The ${kind} "${name}" is invalid: `,
        ...causes.map((c) => `* ${c.field ? `${c.field}: ` : ''}${c.message}`),
      ].join('\n');
    return `The ${kind} "${name}" is invalid: ${s.message}`;
  }
  const message = source ? `error when ${source.verb} "${source.file}": ${s.message}` : s.message;
  return era === '2015'
    ? `Error from server: ${message}`
    : `Error from server (${s.reason}): ${message}`;
}

export function describeError(
  e: unknown,
  era: Era,
  source?: { verb: string; file: string },
): string {
  if (isStatusError(e)) return formatStatusError(e, era, source);
  const message = e instanceof Error ? e.message : String(e);
  return `error: ${message}`;
}
