/** Sprig's conversions (spf13/cast underneath): how a function that wants an int, a float or a string reads any value. */
import { formatValue } from './goPrint';
import { goTypeName } from './value';

/** cast.ToInt64: strings with base prefixes (`0755` is 493, `0x1F` 31), floats truncated, anything else 0. */
export function toInt64(v: unknown): bigint {
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case 'boolean':
      return v ? 1n : 0n;
    case 'string':
      return parseGoInt(v.replace(/\.0*$/, '')) ?? 0n;
  }
  return 0n;
}

/** strconv.ParseInt(s, 0, 64). */
export function parseGoInt(s: string): bigint | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (!m) return null;
  const body = m[2].replace(/_/g, '');
  let n: bigint;
  if (/^0[xXbBoO]/.test(body)) n = BigInt(body[1] === 'o' || body[1] === 'O' ? '0o' + body.slice(2) : body);
  else if (body.length > 1 && body.startsWith('0')) n = BigInt('0o' + body.slice(1));
  else n = BigInt(body);
  return m[1] === '-' ? -n : n;
}

/** cast.ToFloat64. */
export function toFloat64(v: unknown): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const n = Number(v.trim());
      return v.trim() !== '' && Number.isFinite(n) ? n : 0;
    }
  }
  return 0;
}

/** Sprig's strval: a string as is, anything else through fmt's %v. */
export function strval(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return formatValue(v);
}

/** A string parameter: Go refuses a non-string, but a nil reads as "" only through strval; keep Go's refusal message. */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return strval(v);
}

/** Sprig's strslice: a list's items as strings (nil items dropped), a single value as one string. */
export function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

/** An int parameter (a count or an index). */
export function int(v: unknown): number {
  return Number(toInt64(v));
}

export function describe(v: unknown): string {
  return goTypeName(v);
}
