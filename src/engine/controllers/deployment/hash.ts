/**
 * The pod-template-hash (`controller.ComputeHash`): an FNV-32a hash of the Deployment's pod
 * template (and its collision count), written as `rand.SafeEncodeString` of the decimal number.
 * Kubernetes hashes Go's printed form of the template, which TypeScript cannot reproduce; kubesim
 * hashes the template's canonical JSON instead, so the value is stable and in the same alphabet
 * (`7d4b9c8f5`, `5d59d67564`: each decimal digit maps to one of `4 5 6 7 8 9 b c d f`) but not
 * bit-for-bit the hash a real cluster would print.
 */
import { MODERN_NAME_ALPHABET } from '../../rand';
import type { PodTemplateSpec } from '../../types';
import { stableJson } from '../../util/json';

/** The label that ties a ReplicaSet and its pods to one template (`DefaultDeploymentUniqueLabelKey`). */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv32a(bytes: Iterable<number>, seed = FNV32_OFFSET): number {
  let hash = seed >>> 0;
  for (const b of bytes) {
    hash ^= b & 0xff;
    hash = Math.imul(hash, FNV32_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/**
 * `rand.SafeEncodeString`: every character mapped into the vowel-free alphabet, so a hash can
 * never spell a word (and can never look like a number to YAML).
 */
export function safeEncodeString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += MODERN_NAME_ALPHABET[text.charCodeAt(i) % MODERN_NAME_ALPHABET.length] ?? '';
  return out;
}

/**
 * `controller.ComputeHash`. A collision count (set when a ReplicaSet of that name already holds
 * another template) is mixed in as 8 little-endian bytes, which moves the name elsewhere.
 *
 * @example
 * computeHash(deployment.spec.template) // '7d4b9c8f5'-like: 1–10 chars of 4 5 6 7 8 9 b c d f
 */
export function computeHash(
  template: PodTemplateSpec | undefined,
  collisionCount?: number,
): string {
  let hash = fnv32a(utf8(stableJson(template ?? {})));
  if (collisionCount !== undefined) {
    const n = collisionCount >>> 0;
    hash = fnv32a([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24, 0, 0, 0, 0], hash);
  }
  return safeEncodeString(String(hash));
}
