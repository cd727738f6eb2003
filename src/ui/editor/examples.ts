/** The editor's examples live with its state (`src/state/examples.ts`), where they are tested. */
export { EXAMPLES, type ManifestExample } from '../../state/examples';
