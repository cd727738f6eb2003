/** `kubectl get endpoints`: up to three `ip:port`, then ` + N more...` (2015: `...`). */
import type { Endpoints } from '../../../types';
import { ageSince } from '../format/duration';
import type { Table } from './table';
import { legacyName } from './legacyTable';

const MAX_SHOWN = 3;

/** `net.JoinHostPort`: IPv6 addresses are bracketed. */
const joinHostPort = (ip: string, port: number): string =>
  ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;

/**
 * Modern `formatEndpoints`: ready addresses only, each with every port whose name is in
 * `portNames` (all ports when undefined); a subset without ports lists bare IPs (headless).
 */
export function formatEndpoints(
  ep: Endpoints | undefined,
  portNames?: ReadonlySet<string>,
): string {
  const subsets = ep?.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (text: string): void => {
    if (list.length === MAX_SHOWN) more = true;
    else list.push(text);
  };
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        add(a.ip);
        if (more) break;
      }
      continue;
    }
    for (const port of ss.ports ?? []) {
      if (portNames && !portNames.has(port.name ?? '')) continue;
      count += addresses.length;
      for (const a of addresses) {
        add(joinHostPort(a.ip, port.port));
        if (more) break;
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - MAX_SHOWN} more...` : text;
}

/** kubectl v1.0 `formatEndpoints`: stops at three and appends `...`; no headless special case. */
export function formatLegacyEndpoints(
  ep: Endpoints | undefined,
  portNames?: ReadonlySet<string>,
): string {
  const subsets = ep?.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  for (const ss of subsets) {
    for (const port of ss.ports ?? []) {
      if (portNames && !portNames.has(port.name ?? '')) continue;
      for (const a of ss.addresses ?? []) {
        if (list.length === MAX_SHOWN) return `${list.join(',')}...`;
        list.push(`${a.ip}:${port.port}`);
      }
    }
  }
  return list.join(',');
}

export function endpointsTable(endpoints: readonly Endpoints[], nowMs: number): Table {
  return {
    columns: [{ name: 'Name', isName: true }, { name: 'Endpoints' }, { name: 'Age' }],
    rows: endpoints.map((ep) => ({
      object: ep,
      cells: [
        ep.metadata.name,
        formatEndpoints(ep),
        ageSince(ep.metadata.creationTimestamp, nowMs),
      ],
    })),
  };
}

export const LEGACY_ENDPOINTS_COLUMNS = ['NAME', 'ENDPOINTS'];

export function legacyEndpointsRows(ep: Endpoints, withNamespace: boolean | undefined): string[][] {
  return [[legacyName(ep, withNamespace), formatLegacyEndpoints(ep)]];
}
