/**
 * The label linter: "statically check your labels to avoid missed routes" (the seeds' question,
 * ../shared/seeds). Warnings the API server would not give, about what the documents would meet
 * in the cluster: selectors that match nothing, controllers that would fight over pods, a
 * selector a typo away from its own template, a Service port the pods do not offer.
 */
import type { ManifestDiagnostic } from '../../contract';
import type { AnyObject } from '../../types';
import type { LintDocument } from './document';
import { overlappingControllers } from './overlappingControllers';
import { buildScope } from './scope';
import { serviceSelectsNothing } from './selectsNothing';
import { targetPortNotOffered } from './targetPort';
import { templateNotSelected } from './templateLabels';

export type { LintDocument } from './document';

const RULES = [
  serviceSelectsNothing,
  overlappingControllers,
  templateNotSelected,
  targetPortNotOffered,
];

/**
 * Lint the labels of decoded documents against each other and the live objects. Pure: reads
 * only its arguments. Every result is a `warning` from `lint`, at the selector, label or
 * targetPort it is about, with quick fixes where one is obvious.
 *
 * @param docs the documents that decoded (decodeManifests' `ok` results)
 * @param live every live object (any namespace; other namespaces only feed hints)
 * @param options.namespace the request's namespace (kubectl `-n`), for documents that name none
 * @example
 * const docs = decodeManifests(text).flatMap((d) => (d.ok ? [{ ...d, document: d.index }] : []));
 * lintLabels(docs, cluster.objects, { namespace: 'default' });
 * // [{ severity: 'warning', source: 'lint', message: 'selector app=redis-mster matches no pod…',
 * //    fixes: [{ title: 'Change app to "redis-master"', edits: […] }], … }]
 */
export function lintLabels(
  docs: readonly LintDocument[],
  live: readonly AnyObject[],
  options: { namespace: string },
): ManifestDiagnostic[] {
  const scope = buildScope(docs, live, options.namespace);
  return docs.flatMap((doc) => RULES.flatMap((rule) => rule(doc, scope)));
}
