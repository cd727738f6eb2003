/** Services and their Endpoints from the mirror, for the band and the overlay. */
import type { Endpoints, Service } from '../../engine/types';
import type { MirrorEntry } from '../../state/mirror';
import type { ClusterState } from '../../state/store';

type Entries = Readonly<Record<string, MirrorEntry>>;

const idsCache = new WeakMap<Entries, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

/** Service ids in arrival order, so a new service never moves an old one. */
export function selectServiceIds(s: ClusterState): readonly string[] {
  const record = s.mirror.objects.Service;
  if (!record) return NONE;
  let ids = idsCache.get(record);
  if (!ids) {
    ids = Object.values(record)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => e.id);
    idsCache.set(record, ids);
  }
  return ids;
}

export const selectService =
  (id: string) =>
  (s: ClusterState): Service | undefined =>
    s.mirror.objects.Service?.[id]?.object as Service | undefined;

/** The Endpoints object of the same namespace/name as the service (the endpoints controller's). */
export const selectEndpoints =
  (id: string) =>
  (s: ClusterState): Endpoints | undefined =>
    s.mirror.objects.Endpoints?.[id]?.object as Endpoints | undefined;

export const selectServiceRecord = (s: ClusterState): Entries | undefined =>
  s.mirror.objects.Service;
export const selectEndpointsRecord = (s: ClusterState): Entries | undefined =>
  s.mirror.objects.Endpoints;
