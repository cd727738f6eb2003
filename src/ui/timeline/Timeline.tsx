/** Events and the replicas chart over simulated time (being built: see the brief). */
export function Timeline() {
  return null;
}
