/**
 * Rule 4 — a Service port whose target the selected pods do not offer.
 *
 * A named targetPort is looked up in each pod's container ports (same name and protocol, as the
 * endpoints controller does): a pod without it gets no endpoint for that port, so traffic
 * silently skips it. That is a real missed route: always a warning.
 *
 * A numeric targetPort (or the port itself, when targetPort is left out) needs no declaration:
 * Kubernetes says "not specifying a port here DOES NOT prevent that port from being exposed".
 * So the linter only speaks when every selected pod declares its ports and none declares this
 * one — the likeliest sign of a wrong number (say a v1beta1 Service `port: 8888` that leaves out
 * `containerPort`, so it targets 8888, in front of redis pods declaring 6379) — as a hint.
 */
import type { ManifestDiagnostic, ManifestFix } from '../../contract';
import type { ContainerPort, Service } from '../../types';
import { literal, valueRange, warning, type LintDocument } from './document';
import { describePods, listOf, type PodSet, type Scope } from './scope';
import { selectorOfService } from './selectors';

const portsOf = (p: PodSet): ContainerPort[] => (p.containers ?? []).flatMap((c) => c.ports ?? []);

export function targetPortNotOffered(doc: LintDocument, scope: Scope): ManifestDiagnostic[] {
  if (doc.object.kind !== 'Service') return [];
  const svc = doc.object as Service;
  const sel = selectorOfService(svc);
  if (!sel) return [];
  const namespace = scope.namespaceOf(doc);
  const selected = scope.podSets.filter(
    (p) => p.namespace === namespace && p.containers && sel.selector.matches(p.labels),
  );
  if (selected.length === 0) return []; // rule 1's business
  const out: ManifestDiagnostic[] = [];
  (svc.spec.ports ?? []).forEach((sp, i) => {
    const protocol = sp.protocol ?? 'TCP';
    const sameProtocol = (cp: ContainerPort): boolean => (cp.protocol ?? 'TCP') === protocol;
    const path = `spec.ports[${i}].targetPort`;
    // Left out, targetPort is the port (legacy documents convert it so and map it onto `port`):
    // only a targetPort really written in the text may be edited.
    const range = valueRange(doc, path, [`spec.ports[${i}]`, `spec.ports[${i}].port`]);
    const explicit = range !== undefined;
    const target = sp.targetPort || sp.port;
    const field = explicit ? path : `spec.ports[${i}].port`;
    const fixWith = (value: string | number, title: string): ManifestFix[] =>
      range ? [{ title, edits: [{ range, text: literal(value) }] }] : [];

    if (typeof target === 'string' && !/^\d+$/.test(target)) {
      const without = selected.filter(
        (p) => !portsOf(p).some((cp) => cp.name === target && sameProtocol(cp)),
      );
      if (without.length === 0) return;
      const otherProtocol = selected.some((p) =>
        portsOf(p).some((cp) => cp.name === target && !sameProtocol(cp)),
      );
      const namesIn = (sets: readonly PodSet[]): string[] => [
        ...new Set(
          sets.flatMap((p) =>
            portsOf(p)
              .filter(sameProtocol)
              .flatMap((cp) => (cp.name ? [cp.name] : [])),
          ),
        ),
      ];
      const all = without.length === selected.length;
      const declared = namesIn(without);
      // Renaming the targetPort moves every selected pod: obvious only when none has it.
      const [only, ...more] = namesIn(selected);
      out.push(
        warning(
          doc,
          field,
          `targetPort ${target} names no ${protocol} container port of ` +
            (all ? 'the pods it selects' : listOf(without.map(describePods))) +
            (otherProtocol ? ` (a port of that name is not ${protocol})` : '') +
            (declared.length
              ? ` (${all ? 'they declare' : 'ports declared there:'} ${listOf(declared.map((n) => literal(n)))})`
              : '') +
            `: those pods get no endpoint for port ${sp.port} of Service ${svc.metadata.name}`,
          all && only !== undefined && more.length === 0
            ? fixWith(only, `Use port name ${literal(only)}`)
            : [],
          range,
        ),
      );
      return;
    }

    const number = Number(target);
    if (!selected.every((p) => portsOf(p).some(sameProtocol))) return;
    if (
      selected.some((p) => portsOf(p).some((cp) => cp.containerPort === number && sameProtocol(cp)))
    )
      return;
    const declared = [
      ...new Set(
        selected.flatMap((p) =>
          portsOf(p)
            .filter(sameProtocol)
            .map((cp) => cp.containerPort),
        ),
      ),
    ];
    const [only] = declared;
    const subject = explicit
      ? `targetPort ${number} is`
      : `targetPort is left out, so it is the port itself, ${number}, which is`;
    out.push(
      warning(
        doc,
        field,
        `${subject} not a containerPort of the pods it selects (they declare ` +
          `${listOf(declared.map(String))}). Declaring ports is optional, so this works if the ` +
          `container listens on ${number} anyway; if not, connections to port ${sp.port} of ` +
          `Service ${svc.metadata.name} are refused`,
        declared.length === 1 && only !== undefined
          ? fixWith(only, `Use containerPort ${only}`)
          : [],
        range,
      ),
    );
  });
  return out;
}
