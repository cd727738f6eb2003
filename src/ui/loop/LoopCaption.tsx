/** One sentence on the last control-loop step, and step mode (being built: see the brief). */
export function LoopCaption() {
  return null;
}
