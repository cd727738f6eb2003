/** Overlay: control-loop messages as packets between components (being built: see the brief). */
export function LoopLayer() {
  return null;
}
