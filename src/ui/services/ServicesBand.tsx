/** Services above the minions, with their ClusterIP and ports (being built: see the brief). */
export function ServicesBand() {
  return null;
}
