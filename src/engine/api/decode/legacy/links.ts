/**
 * Where each part of a converted object came from in a v1beta1/v1beta3 document, so that an
 * error about `spec.containers[0].image` can point at `desiredState.manifest.containers[0].image`.
 * Conversions record a link for every subtree they move or rename; a path is mapped through its
 * longest linked prefix, and the rest of it is assumed to keep its shape.
 */
export class Links {
  private readonly map = new Map<string, string>();

  /** `internal` (e.g. `spec.containers[0].command`) came from `legacy` (`…containers[0].entrypoint`). */
  link(internal: string, legacy: string): void {
    this.map.set(internal, legacy);
  }

  /** The legacy path of an internal path; unlinked paths map to themselves. */
  resolve(path: string): string {
    for (let cut = path.length; cut >= 0; cut = previousBoundary(path, cut)) {
      const prefix = path.slice(0, cut);
      const target = this.map.get(prefix);
      if (target !== undefined) return join(target, path.slice(cut));
      if (cut === 0) break;
    }
    return path;
  }
}

/** The end of the previous path segment (before a `.` or a `[`), or 0. */
function previousBoundary(path: string, cut: number): number {
  for (let i = cut - 1; i > 0; i--) {
    const c = path[i];
    if (c === '.' || c === '[') return i;
  }
  return 0;
}

/** `a` + `.b` or `[0]`, without a leading dot when `a` is the root. */
export function join(base: string, rest: string): string {
  if (base === '') return rest.startsWith('.') ? rest.slice(1) : rest;
  if (rest === '' || rest.startsWith('.') || rest.startsWith('[')) return base + rest;
  return `${base}.${rest}`;
}
