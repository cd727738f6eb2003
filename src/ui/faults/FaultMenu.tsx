/** The fault menu on any drawn object, and its shortcuts (being built: see the brief). */
export function FaultMenu() {
  return null;
}
