/** The manifest editor (Monaco comes with issue 5) (being built: see the brief). */
export function EditorPanel() {
  return null;
}
