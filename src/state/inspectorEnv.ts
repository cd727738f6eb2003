/**
 * The env tab: what `env` printed in a container, each variable with where it came from — the
 * pod spec's `env`, the Service variables the kubelet injects (docker-link style, for the
 * Services that existed when the container started), the hostname the runtime sets, or the
 * image's own `ENV` lines.
 */
import type { Container, Service } from '../engine/types';

export type EnvOrigin = 'spec' | 'service' | 'runtime' | 'image';

export interface EnvRow {
  name: string;
  value: string;
  origin: EnvOrigin;
}

/** Words for each origin, as the tab shows them. */
export const ENV_ORIGIN_TEXT: Record<EnvOrigin, string> = {
  spec: 'pod spec',
  service: 'service (kubelet)',
  runtime: 'container runtime',
  image: 'image ENV',
};

/** What a Service's variables start with: `REDIS_MASTER` for `redis-master`. */
const servicePrefix = (name: string): string =>
  name.replaceAll('.', '_').replaceAll('-', '_').toUpperCase();

const SERVICE_SUFFIX =
  /^(SERVICE_HOST|SERVICE_PORT(_\w+)?|PORT|PORT_\d+_(TCP|UDP|SCTP)(_PROTO|_PORT|_ADDR)?)$/;

/**
 * `env`'s output as rows, in the order it printed them.
 * @param services the Services the container could have been told about (its namespace's, and
 *   `default`'s master services).
 */
export function envRows(
  stdout: string,
  container: Container | undefined,
  services: readonly Service[],
): EnvRow[] {
  const own = new Set((container?.env ?? []).map((e) => e.name));
  const prefixes = services.map((s) => `${servicePrefix(s.metadata.name)}_`);
  const rows: EnvRow[] = [];
  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
      // a value with a newline in it: the rest of the previous variable
      const last = rows[rows.length - 1];
      if (last && line !== '') last.value += `\n${line}`;
      continue;
    }
    const name = line.slice(0, eq);
    const value = line.slice(eq + 1);
    const origin: EnvOrigin = own.has(name)
      ? 'spec'
      : prefixes.some((p) => name.startsWith(p) && SERVICE_SUFFIX.test(name.slice(p.length)))
        ? 'service'
        : name === 'HOSTNAME'
          ? 'runtime'
          : 'image';
    rows.push({ name, value, origin });
  }
  return rows;
}
