/**
 * Timestamps as kubectl's Go code formats them: `time.RFC1123Z`, where an unset `metav1.Time`
 * is Go's zero time and prints as year 1 rather than being skipped.
 */
import { parseRFC3339, rfc1123z } from '../../../util/time';

const GO_ZERO_TIME = 'Mon, 01 Jan 0001 00:00:00 +0000';

/** `t.Time.Format(time.RFC1123Z)` of an object's RFC 3339 timestamp. */
export function formatRFC1123Z(timestamp: string | null | undefined): string {
  const ms = timestamp ? parseRFC3339(timestamp) : undefined;
  return ms === undefined ? GO_ZERO_TIME : rfc1123z(ms);
}

/** Milliseconds of an RFC 3339 timestamp; unset times sort first, like Go's zero time. */
export function timeOf(timestamp: string | null | undefined): number {
  const ms = timestamp ? parseRFC3339(timestamp) : undefined;
  return ms ?? Number.NEGATIVE_INFINITY;
}
