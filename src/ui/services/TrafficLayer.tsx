/** Overlay: requests travelling from a proxy to the pod that answers (being built: see the brief). */
export function TrafficLayer() {
  return null;
}
