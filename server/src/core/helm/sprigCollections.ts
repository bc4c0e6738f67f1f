/** Sprig's list and dict functions. Lists are copied, never changed in place, except where Sprig changes them (set, unset, merge). */
import type { TemplateFunc } from './exec';
import { int, strval } from './convert';
import { deepEqual } from './equal';
import { TemplateError, deepCopy, goTypeName, hasOwn, isMap, type GoMap } from './value';

function list(v: unknown, fn: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  throw new TemplateError(`Cannot ${fn} on type ${goTypeName(v)}`);
}

function dict(v: unknown): GoMap {
  if (isMap(v)) return v;
  throw new TemplateError(`wrong type for value; expected map[string]interface {}; got ${goTypeName(v)}`);
}

/**
 * mergo.Merge as Sprig calls it (merge, mergeOverwrite): nested maps are merged in place; without overwrite a key is
 * taken from `src` only when `dst` lacks it or holds an empty value; with overwrite any non-nil value replaces, except
 * that a map never replaces a non-empty non-map (mergo's quirk).
 */
export function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): GoMap {
  for (const k of Object.keys(src)) {
    const s = src[k];
    const d = dst[k];
    if (s === null || s === undefined) continue;
    if (isMap(d) && isMap(s)) {
      mergeInto(d, s, overwrite);
      continue;
    }
    const missing = !hasOwn(dst, k) || isEmptyValue(d);
    if (Array.isArray(s)) {
      if (overwrite || missing) dst[k] = s;
      continue;
    }
    if (isMap(s) && !missing) continue;
    if (overwrite || missing) dst[k] = s;
  }
  return dst;
}

/** mergo's isEmptyValue: zero values, but a non-nil empty map or list is only empty when it has no items. */
function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v === '';
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'bigint') return v === 0n;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return v.length === 0;
  if (isMap(v)) return Object.keys(v).length === 0;
  return false;
}

function uniq(l: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of l) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

function untilStep(start: number, stop: number, step: number): bigint[] {
  const out: bigint[] = [];
  if (step === 0) return out;
  if (step > 0) for (let i = start; i < stop && out.length < 1e6; i += step) out.push(BigInt(i));
  else for (let i = start; i > stop && out.length < 1e6; i += step) out.push(BigInt(i));
  return out;
}

function dig(args: unknown[]): unknown {
  if (args.length < 3) throw new TemplateError('dig needs at least three arguments');
  const m = dict(args[args.length - 1]);
  const def = args[args.length - 2];
  let cur: unknown = m;
  for (const k of args.slice(0, -2)) {
    if (!isMap(cur) || !hasOwn(cur, strval(k))) return def;
    cur = cur[strval(k)];
  }
  return cur;
}

export const COLLECTION_FUNCS: Record<string, TemplateFunc> = {
  list: (a) => [...a],
  tuple: (a) => [...a],
  append: ([l, v]) => [...list(l, 'append'), v],
  push: ([l, v]) => [...list(l, 'push'), v],
  mustAppend: ([l, v]) => [...list(l, 'append'), v],
  prepend: ([l, v]) => [v, ...list(l, 'prepend')],
  first: ([l]) => list(l, 'first')[0] ?? null,
  mustFirst: ([l]) => list(l, 'first')[0] ?? null,
  last: ([l]) => {
    const x = list(l, 'last');
    return x.length ? x[x.length - 1] : null;
  },
  rest: ([l]) => list(l, 'rest').slice(1),
  initial: ([l]) => list(l, 'initial').slice(0, -1),
  reverse: ([l]) => [...list(l, 'reverse')].reverse(),
  uniq: ([l]) => uniq(list(l, 'uniq')),
  mustUniq: ([l]) => uniq(list(l, 'uniq')),
  without: ([l, ...omit]) => list(l, 'without').filter((x) => !omit.some((o) => deepEqual(o, x))),
  has: ([needle, l]) => list(l, 'has').some((x) => deepEqual(x, needle)),
  mustHas: ([needle, l]) => list(l, 'has').some((x) => deepEqual(x, needle)),
  compact: ([l]) => list(l, 'compact').filter((x) => x !== null && x !== undefined && x !== '' && x !== 0 && x !== 0n && x !== false),
  concat: (ls) => ls.flatMap((l) => (Array.isArray(l) ? l : l === null || l === undefined ? [] : [l])),
  chunk: ([n, l]) => {
    const size = int(n);
    const items = list(l, 'chunk');
    const out: unknown[][] = [];
    for (let i = 0; size > 0 && i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  until: ([n]) => untilStep(0, int(n), int(n) >= 0 ? 1 : -1),
  untilStep: ([a, b, s]) => untilStep(int(a), int(b), int(s)),
  seq: (a) => {
    const n = a.map(int);
    if (n.length === 1) return untilStep(1, n[0] + 1, 1).map(String).join(' ');
    if (n.length === 2) return untilStep(n[0], n[1] + (n[1] >= n[0] ? 1 : -1), n[1] >= n[0] ? 1 : -1).map(String).join(' ');
    return untilStep(n[0], n[2] + Math.sign(n[1]), n[1]).map(String).join(' ');
  },
  dict: (a) => {
    const out: GoMap = {};
    for (let i = 0; i < a.length; i += 2) out[strval(a[i])] = i + 1 < a.length ? a[i + 1] : '';
    return out;
  },
  get: ([m, k]) => {
    const d = dict(m);
    return hasOwn(d, strval(k)) ? d[strval(k)] : '';
  },
  set: ([m, k, v]) => {
    dict(m)[strval(k)] = v;
    return m;
  },
  unset: ([m, k]) => {
    delete dict(m)[strval(k)];
    return m;
  },
  hasKey: ([m, k]) => hasOwn(dict(m), strval(k)),
  pluck: ([k, ...ms]) => ms.filter(isMap).filter((m) => hasOwn(m, strval(k))).map((m) => m[strval(k)]),
  keys: (ms) => ms.flatMap((m) => Object.keys(dict(m))),
  values: ([m]) => Object.values(dict(m)),
  pick: ([m, ...ks]) => {
    const d = dict(m);
    const out: GoMap = {};
    for (const k of ks.map(strval)) if (hasOwn(d, k)) out[k] = d[k];
    return out;
  },
  omit: ([m, ...ks]) => {
    const d = dict(m);
    const drop = new Set(ks.map(strval));
    const out: GoMap = {};
    for (const k of Object.keys(d)) if (!drop.has(k)) out[k] = d[k];
    return out;
  },
  merge: ([dst, ...srcs]) => srcs.reduce<GoMap>((d, s) => (isMap(s) ? mergeInto(d, s, false) : d), dict(dst)),
  mustMerge: ([dst, ...srcs]) => srcs.reduce<GoMap>((d, s) => (isMap(s) ? mergeInto(d, s, false) : d), dict(dst)),
  mergeOverwrite: ([dst, ...srcs]) => srcs.reduce<GoMap>((d, s) => (isMap(s) ? mergeInto(d, s, true) : d), dict(dst)),
  mustMergeOverwrite: ([dst, ...srcs]) => srcs.reduce<GoMap>((d, s) => (isMap(s) ? mergeInto(d, s, true) : d), dict(dst)),
  deepCopy: ([v]) => deepCopy(v),
  mustDeepCopy: ([v]) => deepCopy(v),
  dig: (a) => dig(a),
};
