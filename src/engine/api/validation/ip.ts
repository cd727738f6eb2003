/**
 * IP and CIDR parsing as k8s.io/utils/net's "sloppy" parsers accept them (IPv4 octets may carry
 * leading zeros, kept for backwards compatibility), and the special ranges external IPs avoid.
 */
import { invalid, type FieldError } from '../field';

/** 16 bytes; IPv4 addresses are stored IPv4-mapped (::ffff:a.b.c.d), as Go's net.IP does. */
export type IPBytes = number[];

function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function parseIPv6(s: string): IPBytes | undefined {
  let tail: number[] = [];
  let text = s;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    // Drop the dotted quad, keeping a trailing '::' but not a lone separating ':'.
    text = s.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const group = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      const n = parseInt(g, 16);
      out.push(n >> 8, n & 0xff);
    }
    return out;
  };
  const head = group(halves[0] ?? '');
  const rest = halves.length === 2 ? group(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  const have = head.length + rest.length + tail.length;
  if (halves.length === 1 ? have !== 16 : have > 14) return undefined;
  return [...head, ...new Array<number>(16 - have).fill(0), ...rest, ...tail];
}

export function parseIP(s: string): IPBytes | undefined {
  if (s.includes(':')) return parseIPv6(s);
  const v4 = parseIPv4(s);
  return v4 ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4] : undefined;
}

export const isIPv4 = (ip: IPBytes): boolean =>
  ip.slice(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff;

export function parseCIDR(s: string): { ip: IPBytes; bits: number } | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(s.slice(0, slash));
  const prefix = s.slice(slash + 1);
  if (!ip || !/^[0-9]{1,3}$/.test(prefix)) return undefined;
  const bits = Number(prefix);
  return bits <= (isIPv4(ip) ? 32 : 128) ? { ip, bits } : undefined;
}

export function validateIP(value: string, path: string): FieldError[] {
  return parseIP(value)
    ? []
    : [invalid(path, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];
}

export function validateCIDR(value: string, path: string): FieldError[] {
  return parseCIDR(value)
    ? []
    : [invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')];
}

/** External IPs may not be unspecified, loopback or link-local (ValidateNonSpecialIP). */
export function validateNonSpecialIP(value: string, path: string): FieldError[] {
  const ip = parseIP(value);
  if (!ip) return [invalid(path, value, 'must be a valid IP address')];
  const v4 = isIPv4(ip);
  const b = (i: number): number => ip[i] ?? 0;
  const errs: FieldError[] = [];
  const unspecified = v4 ? ip.slice(12).every((x) => x === 0) : ip.every((x) => x === 0);
  const loopback = v4 ? b(12) === 127 : ip.slice(0, 15).every((x) => x === 0) && b(15) === 1;
  const linkLocalUnicast = v4
    ? b(12) === 169 && b(13) === 254
    : b(0) === 0xfe && (b(1) & 0xc0) === 0x80;
  const linkLocalMulticast = v4
    ? b(12) === 224 && b(13) === 0 && b(14) === 0
    : b(0) === 0xff && (b(1) & 0x0f) === 0x02;
  if (unspecified) errs.push(invalid(path, value, `may not be unspecified (${value})`));
  if (loopback)
    errs.push(invalid(path, value, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (linkLocalUnicast)
    errs.push(
      invalid(path, value, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'),
    );
  if (linkLocalMulticast)
    errs.push(
      invalid(
        path,
        value,
        'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)',
      ),
    );
  return errs;
}
