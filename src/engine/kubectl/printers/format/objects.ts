/** Small readers shared by tables and describers. */
import type { AnyObject, Container, OwnerReference } from '../../../types';

/** The controller ownerReference (`metav1.GetControllerOf`). */
export function controllerOf(obj: AnyObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((ref) => ref.controller === true);
}

/** `layoutContainerCells`: names and images joined by commas. */
export function containerCells(containers: readonly Container[] | undefined): {
  names: string;
  images: string;
} {
  const list = containers ?? [];
  return { names: list.map((c) => c.name).join(','), images: list.map((c) => c.image).join(',') };
}

/** Kubernetes' group for a kind, as `-o name` and `get all` print it. */
export function groupOf(kind: AnyObject['kind']): string {
  return kind === 'Deployment' || kind === 'ReplicaSet' ? 'apps' : '';
}

/** The lowercase plural resource name, as 2015 kubectl named objects (`pods/web`). */
export function resourceOf(kind: AnyObject['kind']): string {
  switch (kind) {
    case 'Endpoints':
      return 'endpoints';
    default:
      return `${kind.toLowerCase()}s`;
  }
}

/** `strconv.Itoa`-style text for an integer that Go would print as 0 when unset. */
export const int = (n: number | undefined): string => String(n ?? 0);
