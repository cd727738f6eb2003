/**
 * JSON merge patch (RFC 7386), what `kubectl run --overrides` applies by default
 * (`--override-type=merge`): objects merge key by key, `null` deletes a key, anything else —
 * lists included — replaces what was there.
 */
export function jsonMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = jsonMergePatch(out[key], value);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `--overrides` text as kubectl reads it: JSON, or the error Go's encoding/json gives for it
 * (kubectl prints that error as it is).
 */
export function parseOverrides(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const first = text.trim()[0];
    if (first === undefined) return { ok: false, error: 'unexpected end of JSON input' };
    if (!'{["-0123456789tfn'.includes(first))
      return { ok: false, error: `invalid character '${first}' looking for beginning of value` };
    return { ok: false, error: 'unexpected end of JSON input' };
  }
}
