/**
 * Helm's values: `-f` files merged over one another (later wins, maps deep), then coalesced with the chart's
 * values.yaml (the user's value wins; a user's `null` deletes the key), and each subchart's block coalesced with its
 * own defaults, with the parent's `global:` copied in (the parent's globals win).
 */
import { deepCopy, hasOwn, isMap, type GoMap } from './value';

/** helm's mergeMaps for `-f` files: b over a, maps deep. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out: GoMap = { ...a };
  for (const k of Object.keys(b)) {
    const v = b[k];
    if (isMap(v) && isMap(out[k])) out[k] = mergeMaps(out[k] as GoMap, v);
    else out[k] = v;
  }
  return out;
}

/**
 * Fills `dst` with what `defaults` has and `dst` lacks, maps deep; a nil in `dst` deletes its key. coalesceValues
 * (a chart's values.yaml under the given values) stops there; coalesceTablesFullKey (the maps below it) also drops
 * every other nil that `dst` holds.
 */
function coalesce(dst: GoMap, defaults: GoMap, dropNulls: boolean): GoMap {
  for (const k of Object.keys(defaults)) {
    const dv = defaults[k];
    if (!hasOwn(dst, k)) dst[k] = deepCopy(dv);
    else if (dst[k] === null || dst[k] === undefined) delete dst[k];
    else if (isMap(dst[k]) && isMap(dv)) coalesce(dst[k] as GoMap, dv, true);
  }
  if (dropNulls) for (const k of Object.keys(dst)) if (dst[k] === null) delete dst[k];
  return dst;
}

export const coalesceTables = (dst: GoMap, src: GoMap): GoMap => coalesce(dst, src, true);
export const coalesceValues = (dst: GoMap, defaults: GoMap): GoMap => coalesce(dst, defaults, false);

/** coalesceGlobals: the parent's `global:` copied into a subchart's values; the parent's keys win. */
export function coalesceGlobals(sub: GoMap, parent: GoMap): void {
  const dg: GoMap = isMap(sub.global) ? (sub.global as GoMap) : {};
  const sg: GoMap = isMap(parent.global) ? (parent.global as GoMap) : {};
  if (hasOwn(sub, 'global') && !isMap(sub.global)) return;
  for (const k of Object.keys(sg)) {
    const v = sg[k];
    if (isMap(v)) {
      const vv = deepCopy(v);
      if (!hasOwn(dg, k)) dg[k] = vv;
      else if (isMap(dg[k])) dg[k] = coalesceTables(vv, dg[k] as GoMap);
    } else if (!isMap(dg[k])) dg[k] = v;
  }
  sub.global = dg;
}

/** Values.PathValue: `a.b.c` in a map; undefined when a part is missing. */
export function pathValue(v: GoMap, path: string): unknown {
  let cur: unknown = v;
  for (const p of path.split('.')) {
    if (!isMap(cur) || !hasOwn(cur, p)) return undefined;
    cur = cur[p];
  }
  return cur;
}
