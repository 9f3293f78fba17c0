/**
 * The `overrides` of a what-if run: a JSON merge patch (RFC 7386) on the base scenario.
 * Objects merge key by key, arrays and scalars replace, `null` removes the key. It recurses
 * only where both sides are objects, so its depth is the base scenario's, whatever the patch
 * (one departure from the RFC: an object put where the base has none is taken as it is, nulls
 * inside included, and validation then names them).
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function mergePatch(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const key of Object.keys(patch)) {
    // The body parser already refuses these; a patch built in code must not slip them in either.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = patch[key];
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = mergePatch(out[key], value);
    else out[key] = value;
  }
  return out;
}
