/**
 * Go values as the template engine sees them. Helm decodes values through JSON, so every number from a values file is
 * a float64 (a JS number); Go integers (template literals, `int`, `len`, Sprig arithmetic) are bigints, so that
 * printing, `typeOf` and `%d` tell them apart as Go does. Maps are plain objects, slices arrays, nil is null.
 * Helm's built-in objects (.Release, .Chart, .Files …) are structs: `GoStruct`, whose function fields are methods.
 */
export type GoMap = { [key: string]: unknown };

export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Record<string, unknown>,
    /** For a map type with methods (Helm's `Files`): what `range`, `len` and `index` see. */
    readonly entries?: GoMap,
  ) {}
}

/** A function value (a method taken without calling it, or what `call` calls). */
export type GoFunc = (...args: unknown[]) => unknown;

/** An error raised while executing a template: helm aborts the render with it. The innermost action sets where. */
export class TemplateError extends Error {
  file?: string;
  pos?: number;
}

export const isMap = (v: unknown): v is GoMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoStruct) && !(v instanceof Uint8Array);

export const isInt = (v: unknown): v is bigint => typeof v === 'bigint';

export function newMap(): GoMap {
  return {};
}

export const hasOwn = (m: GoMap, k: string): boolean => Object.prototype.hasOwnProperty.call(m, k);

/** The map's keys in Go's sorted order (byte order, as `range` and fmt use). */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareStrings);
}

/** Go compares strings by bytes; UTF-16 code units give the same order outside the astral planes. */
export function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Go's type name of a value, as `typeOf` and fmt's `%!v(T=…)` show it. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func';
  }
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof Uint8Array) return '[]uint8';
  return 'map[string]interface {}';
}

/** Go's reflect kind name (`kindOf`, `kindIs`). */
export function goKindName(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoStruct) return v.typeName.startsWith('*') ? 'ptr' : 'struct';
  if (typeof v === 'function') return 'func';
  if (isMap(v)) return 'map';
  return goTypeName(v);
}

/** text/template's truth: the zero value of its type is false. */
export function truth(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'function':
      return true;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof GoStruct) return true;
  return Object.keys(v as object).length > 0;
}

/** Sprig's `empty`: the same zero values. */
export const empty = (v: unknown): boolean => !truth(v);

/** A copy of a map or list, all the way down (Sprig's deepCopy, and what a values merge starts from). */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (isMap(v)) {
    const out: GoMap = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out as T;
  }
  return v;
}
