/**
 * `kubectl create -f`: each document is created on its own; one that fails is reported and the
 * others still go through, as kubectl does.
 */
import type { AnyObject } from '../../types';
import { kindPrefix, resourceFor } from '../../api/resources';
import { isStatusError } from '../../api/status';
import { flagString, requestNamespace, type Invocation } from '../context';
import { formatStatusError } from '../errors';
import { decodeErrorText, readManifests } from '../manifests';
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

/** The namespace a document goes to, or kubectl's error when `-n` disagrees with the document. */
export function documentNamespace(
  inv: Invocation,
  obj: AnyObject,
): { ok: true; namespace: string } | { ok: false; error: string } {
  const requested = requestNamespace(inv);
  const own = obj.metadata.namespace;
  const explicit = inv.cmd.set.has('namespace');
  if (own && explicit && own !== requested)
    return {
      ok: false,
      error: `error: the namespace from the provided object "${own}" does not match the namespace "${requested}". You must pass '--namespace=${own}' to perform this operation.`,
    };
  return { ok: true, namespace: own || requested };
}

export function create(inv: Invocation): void {
  const { ctx, out } = inv;
  const read = readManifests(inv);
  if (!read.ok) return out.fail(read.error);
  if (read.sources.length === 0) {
    out.fail(
      'error: must specify one of -f and -k\n\nerror: unknown command ""\nSee \'kubectl create -h\' for help and examples',
    );
    return;
  }
  const dryRun = dryRunMode(inv);
  const format = flagString(inv, 'output');
  let created = 0;
  for (const source of read.sources) {
    for (const doc of source.documents) {
      if (!doc.ok) {
        out.fail(decodeErrorText(doc, source.name, 'creating', ctx.era === 'modern'));
        continue;
      }
      const ns = documentNamespace(inv, doc.object);
      if (!ns.ok) {
        out.fail(ns.error);
        continue;
      }
      try {
        const obj = ctx.api.create(doc.object, {
          namespace: ns.namespace,
          legacy: doc.legacy,
          dryRun: dryRun !== 'none',
        });
        created++;
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
        out.fail(formatStatusError(e, ctx.era, { verb: 'creating', file: source.name }));
      }
    }
  }
  if (created === 0 && out.exitCode === 0 && read.sources.every((s) => s.documents.length === 0))
    out.fail('error: no objects passed to create');
}

export function dryRunSuffix(mode: 'none' | 'client' | 'server'): string {
  return mode === 'none' ? '' : ` (${mode === 'server' ? 'server ' : ''}dry run)`;
}
