/**
 * Kubernetes resource quantities, read and written the way kubectl shows them, for the node's
 * cAdvisor bars ("CPU 120m / 2", "Memory 310Mi / 4Gi").
 */

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** A quantity's value in base units (cores, bytes); undefined when it does not parse. */
export function parseQuantity(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const suffix = match[2] ?? '';
  const factor = BINARY[suffix] ?? DECIMAL[suffix];
  return factor === undefined ? undefined : value * factor;
}

/** CPU as kubectl top prints it: millicores below one core ("120m"), else cores ("2", "1.5"). */
export function cpuText(milli: number): string {
  if (milli < 1000) return `${Math.round(milli)}m`;
  const cores = milli / 1000;
  return Number.isInteger(cores) ? String(cores) : `${Math.round(cores * 10) / 10}`;
}

/** Bytes in the largest binary unit that keeps a whole number ("310Mi", "4Gi"). */
export function bytesText(bytes: number): string {
  const units: [string, number][] = [
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10}${unit}`;
    }
  }
  return `${Math.round(bytes)}`;
}

/** How full a bar is, 0–1 (0 when the capacity is unknown). */
export function share(used: number, capacity: number | undefined): number {
  if (!capacity || capacity <= 0) return 0;
  return Math.min(1, Math.max(0, used / capacity));
}
