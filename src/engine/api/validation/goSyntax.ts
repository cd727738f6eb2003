/**
 * Some bad values reach the user as Go's `%#v` of an internal struct — the message students
 * see for a bad maxSurge is `Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"x"}`.
 * These render kubesim's values the way Go would print the matching Kubernetes types.
 */
import type { IntOrString, LabelSelector, Taint, Toleration } from '../../types';
import { goQuote, goSyntax, type GoSyntax } from '../field';

export const goStrings = (xs: readonly string[] | undefined): string =>
  xs === undefined ? '[]string(nil)' : `[]string{${xs.map(goQuote).join(', ')}}`;

export function goStringMap(m: Record<string, string> | undefined): string {
  if (m === undefined) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(m[k] ?? '')}`).join(', ')}}`;
}

/** A nil pointer prints with its type; a set one as an address Go happens to choose. */
const goPointer = (type: string, set: boolean): string =>
  `(${type})(${set ? '0xc000123450' : 'nil'})`;

export function intOrStringText(v: IntOrString | undefined): string {
  return typeof v === 'string'
    ? `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`
    : `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}

export const goIntOrString = (v: IntOrString | undefined): GoSyntax => goSyntax(intOrStringText(v));

export function goLabelSelector(sel: LabelSelector): GoSyntax {
  const exprs = sel.matchExpressions;
  const exprText =
    exprs === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${exprs
          .map(
            (e) =>
              `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? '')}, Operator:${goQuote(e.operator ?? '')}, Values:${goStrings(e.values)}}`,
          )
          .join(', ')}}`;
  return goSyntax(
    `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprText}}`,
  );
}

export function goToleration(t: Toleration): GoSyntax {
  return goSyntax(
    `core.Toleration{Key:${goQuote(t.key ?? '')}, Operator:${goQuote(t.operator ?? '')}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect ?? '')}, TolerationSeconds:${goPointer('*int64', t.tolerationSeconds !== undefined)}}`,
  );
}

export function goTaint(t: Taint): GoSyntax {
  return goSyntax(
    `core.Taint{Key:${goQuote(t.key ?? '')}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect ?? '')}, TimeAdded:${goPointer('*v1.Time', t.timeAdded !== undefined)}}`,
  );
}

/** The (protocol, port) key Kubernetes uses to find duplicate Service ports. */
export function goServicePortKey(protocol: string, port: number): GoSyntax {
  return goSyntax(
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:${intOrStringText(undefined)}, NodePort:0}`,
  );
}
