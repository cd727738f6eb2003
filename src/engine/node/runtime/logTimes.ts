/** The clock formats programs print in their own logs (nginx, its access log, Redis). */
import { civilFromMs } from '../../util/time';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** nginx's error log: `2026/01/05 09:00:03`. */
export function nginxLogTime(ms: number): string {
  const t = civilFromMs(ms);
  return `${t.year}/${p2(t.month)}/${p2(t.day)} ${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`;
}

/** nginx's access log: `05/Jan/2026:09:00:03 +0000`. */
export function accessLogTime(ms: number): string {
  const t = civilFromMs(ms);
  return `${p2(t.day)}/${MONTHS[t.month - 1]}/${t.year}:${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)} +0000`;
}

/** Redis: `05 Jan 2026 09:00:03.123` (7.x) or `04 Aug 21:00:03.123` (2.8, no year). */
export function redisLogTime(ms: number, legacy: boolean): string {
  const t = civilFromMs(ms);
  const millis = String(Math.floor(((ms % 1000) + 1000) % 1000)).padStart(3, '0');
  const day = `${p2(t.day)} ${MONTHS[t.month - 1]}`;
  return `${legacy ? day : `${day} ${t.year}`} ${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}.${millis}`;
}
