/** `00:03:21`: simulated time since the cluster started, as the header clock shows it. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':');
}

/** `2026-01-05 09:03:21 UTC`: the wall-clock moment the simulated cluster is at. */
export function formatWallClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The console echoes every command with its `kubectl`, whether or not it was typed. */
export function echoLine(line: string): string {
  return /^kubectl(\s|$)/.test(line) ? line : `kubectl ${line}`;
}
