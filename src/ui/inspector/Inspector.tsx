/** The selected object's describe, YAML, events, logs, files and trace (being built: see the brief). */
export function Inspector() {
  return null;
}
