/** Overlay lines from each service through the node proxies to its endpoints (being built: see the brief). */
export function ServiceLinks() {
  return null;
}
