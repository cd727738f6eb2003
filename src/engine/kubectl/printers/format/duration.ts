/**
 * How kubectl turns elapsed time into words. Modern kubectl uses apimachinery's
 * `duration.HumanDuration` (AGE, event ages, RESTARTS); kubectl v0.x–1.0 used Docker's
 * `units.HumanDuration` for its CREATED column. Go converts with truncation toward zero, so do we.
 */
import { parseRFC3339 } from '../../../util/time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * apimachinery `HumanDuration`: about two significant figures.
 * @example humanDuration(150_000) // '2m30s'
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  // Up to a second into the future counts as now (clock skew between machines).
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/**
 * Docker's 2015 `units.HumanDuration`, which kubectl v0.x printed in CREATED.
 * @example dockerHumanDuration(75_000) // 'About a minute'
 */
export function dockerHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 3) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  // Go's %f: six decimals.
  return `${(ms / HOUR / 24 / 365).toFixed(6)} years`;
}

/**
 * Go's `time.Since` of a zero `time.Time` saturates at the largest Duration (~292 years); kubectl
 * v0.x printed that for a timestamp that was never set.
 */
const MAX_GO_DURATION_MS = 9_223_372_036_854.775;

/** kubectl's `translateTimestampSince`: `<unknown>` for an unset time. */
export function ageSince(timestamp: string | undefined, nowMs: number): string {
  const t = timestamp === undefined ? undefined : parseRFC3339(timestamp);
  if (t === undefined) return '<unknown>';
  return humanDuration(nowMs - t);
}

/** kubectl v0.x `translateTimestamp`: Docker words, saturating for unset times like Go does. */
export function legacyAgeSince(timestamp: string | undefined, nowMs: number): string {
  const t = timestamp === undefined ? undefined : parseRFC3339(timestamp);
  return dockerHumanDuration(t === undefined ? MAX_GO_DURATION_MS : nowMs - t);
}
