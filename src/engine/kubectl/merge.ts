/**
 * The three-way merge behind `kubectl apply` (a strategic merge patch, simplified to the lists
 * kubesim's kinds have): what the user applied last time, what they apply now, and the live
 * object. Fields they set are set; fields they set last time and dropped now are removed;
 * fields they never set (defaults, status, what controllers wrote) are kept. Lists of named
 * things (containers, ports, env, volumes, mounts) merge item by item on their key.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** Merge keys of Kubernetes' strategic-merge lists, by field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  imagePullSecrets: 'name',
  tolerations: 'key',
};

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeKeyFor(field: string, list: Json[], parentKind: string): string | undefined {
  if (field === 'ports') {
    // container ports merge on containerPort, service ports on port
    const first = list.find(isObject);
    if (first && 'containerPort' in first) return 'containerPort';
    if (first && 'port' in first) return parentKind === 'Service' ? 'port' : 'port';
    return undefined;
  }
  return MERGE_KEYS[field];
}

export function threeWayMerge(live: unknown, last: unknown, desired: unknown, kind = ''): unknown {
  return mergeValue(live as Json, (last ?? null) as Json, desired as Json, '', kind);
}

function mergeValue(live: Json, last: Json, desired: Json, field: string, kind: string): Json {
  if (isObject(desired)) {
    const base = isObject(live) ? { ...live } : {};
    const lastObj = isObject(last) ? last : {};
    for (const [k, v] of Object.entries(desired))
      base[k] = mergeValue(base[k] ?? null, lastObj[k] ?? null, v, k, kind);
    for (const k of Object.keys(lastObj)) if (!(k in desired)) delete base[k];
    return base;
  }
  if (Array.isArray(desired) && Array.isArray(live)) {
    const key = mergeKeyFor(field, desired.length ? desired : live, kind);
    if (!key) return desired;
    const lastList = Array.isArray(last) ? last : [];
    const keyOf = (item: Json): string =>
      isObject(item) ? JSON.stringify(item[key] ?? null) : JSON.stringify(item);
    const liveByKey = new Map(live.map((item) => [keyOf(item), item]));
    const lastByKey = new Map(lastList.map((item) => [keyOf(item), item]));
    const desiredKeys = new Set(desired.map(keyOf));
    const merged: Json[] = desired.map((item) =>
      mergeValue(
        liveByKey.get(keyOf(item)) ?? null,
        lastByKey.get(keyOf(item)) ?? null,
        item,
        '',
        kind,
      ),
    );
    // items someone else added (never in last-applied) stay
    for (const item of live) {
      const k = keyOf(item);
      if (!desiredKeys.has(k) && !lastByKey.has(k)) merged.push(item);
    }
    return merged;
  }
  return desired;
}
