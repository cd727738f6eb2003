/**
 * `kubectl create -f`: each document is created on its own; one that fails is reported and the
 * others still go through, as kubectl does.
 */
import type { AnyObject } from '../../types';
import { kindPrefix, resourceFor } from '../../api/resources';
import { isStatusError } from '../../api/status';
import { flagList, flagString, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { manifestObjects } from '../manifests';
import { printJson, printYaml } from '../printers';
import { orderLikeGo } from '../../api/schema';

/** `pod/web` (modern) or `pods/web` (2015) — how mutation commands name an object. */
export function objectRef(obj: AnyObject, era: 'modern' | '2015'): string {
  const info = resourceFor(obj.kind);
  return era === '2015'
    ? `${info.resource}/${obj.metadata.name}`
    : `${kindPrefix(info)}/${obj.metadata.name}`;
}

/** `--dry-run`, `--dry-run=client|server|none` (and 2015's boolean). */
export function dryRunMode(inv: Invocation): 'none' | 'client' | 'server' {
  const v = inv.cmd.flags['dry-run'];
  if (v === true || v === 'true' || v === 'client') return 'client';
  if (v === 'server') return 'server';
  return 'none';
}

export function create(inv: Invocation): void {
  const { ctx, out } = inv;
  if (flagList(inv, 'filename').length === 0) {
    out.fail(
      'error: must specify one of -f and -k\n\nerror: unknown command ""\nSee \'kubectl create -h\' for help and examples',
    );
    return;
  }
  const objects = manifestObjects(inv, 'creating');
  if (!objects) return;
  const dryRun = dryRunMode(inv);
  const format = flagString(inv, 'output');
  for (const m of objects) {
    try {
      const obj = ctx.api.create(m.object, {
        namespace: m.namespace,
        legacy: m.legacy,
        dryRun: dryRun !== 'none',
      });
      if (format === 'yaml') out.print(printYaml(orderLikeGo(obj)));
      else if (format === 'json') out.print(printJson(orderLikeGo(obj)));
      else if (format === 'name') out.println(objectRef(obj, 'modern'));
      else
        out.println(
          ctx.era === '2015'
            ? objectRef(obj, '2015')
            : `${objectRef(obj, 'modern')} created${dryRunSuffix(dryRun)}`,
        );
    } catch (e) {
      if (!isStatusError(e)) throw e;
      out.fail(formatStatusError(e, ctx.era, { verb: 'creating', file: m.source }));
    }
  }
  if (objects.length === 0 && out.exitCode === 0) out.fail('error: no objects passed to create');
}

export function dryRunSuffix(mode: 'none' | 'client' | 'server'): string {
  return mode === 'none' ? '' : ` (${mode === 'server' ? 'server ' : ''}dry run)`;
}
