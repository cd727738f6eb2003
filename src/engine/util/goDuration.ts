/** Go's `time.Duration.String()`, as kubelet and kubectl messages print durations. */

/** `int` nanoseconds with `digits` of fraction, trailing zeros and a bare point dropped. */
function withFraction(value: number, digits: number): string {
  const unit = 10 ** digits;
  const fraction = String(value % unit)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return `${Math.floor(value / unit)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Go's `time.Duration.String()` for a duration in (simulated) milliseconds: `1.2s`, `40s`, `5m0s`,
 * `1h0m0s`, `500ms`, `0s`. Precise to the nanosecond, like Go.
 */
export function goDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  let wholeMs = Math.floor(abs);
  let nanos = Math.round((abs - wholeMs) * 1e6);
  if (nanos === 1e6) {
    wholeMs++;
    nanos = 0;
  }
  if (wholeMs === 0 && nanos === 0) return '0s';
  if (wholeMs < 1000) {
    const ns = wholeMs * 1e6 + nanos;
    if (ns < 1e3) return `${sign}${ns}ns`;
    if (ns < 1e6) return `${sign}${withFraction(ns, 3)}µs`;
    return `${sign}${withFraction(ns, 6)}ms`;
  }
  const totalSeconds = Math.floor(wholeMs / 1000);
  const seconds = withFraction((totalSeconds % 60) * 1e9 + (wholeMs % 1000) * 1e6 + nanos, 9);
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes === 0) return `${sign}${seconds}s`;
  const hours = Math.floor(totalMinutes / 60);
  return `${sign}${hours > 0 ? `${hours}h` : ''}${totalMinutes % 60}m${seconds}s`;
}
