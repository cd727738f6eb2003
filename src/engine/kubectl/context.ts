/** What every kubectl command gets: the API server, the clock, the era, and its IO. */
import type { ApiClient } from '../api/client';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { EraProfile } from '../era';
import type { KubeletApi } from '../node/kubeletApi';
import type { ParsedCommand } from './cli';
import type { Output } from './output';

export interface KubectlContext {
  /** kubectl's client: every request it sends is recorded as a message. */
  api: ApiClient;
  clock: SimClock;
  era: Era;
  profile: EraProfile;
  /** The kubelets behind the API server's node proxy (`logs`, `exec`, `top`). */
  kubelets?: KubeletApi;
}

export interface Invocation {
  ctx: KubectlContext;
  cmd: ParsedCommand;
  out: Output;
  /** Text for `-f -` (and for a named `-f` file when the host supplies its contents). */
  stdin: string | undefined;
}

export type CommandHandler = (inv: Invocation) => void;

/** `-n` or the default namespace. */
export function requestNamespace(inv: Invocation): string {
  const ns = inv.cmd.flags.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : 'default';
}

export function flagString(inv: Invocation, name: string): string {
  const v = inv.cmd.flags[name];
  return typeof v === 'string' ? v : v === undefined ? '' : String(v);
}

export function flagBool(inv: Invocation, name: string): boolean {
  return inv.cmd.flags[name] === true || inv.cmd.flags[name] === 'true';
}

export function flagList(inv: Invocation, name: string): string[] {
  const v = inv.cmd.flags[name];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string' && v !== '') return [v];
  return [];
}

export function allNamespaces(inv: Invocation): boolean {
  return flagBool(inv, 'all-namespaces');
}
