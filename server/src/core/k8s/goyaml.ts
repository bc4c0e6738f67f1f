/**
 * What the Kubernetes toolchain sees in a YAML scalar. kubectl turns YAML into JSON with sigs.k8s.io/yaml, whose
 * resolver is go-yaml v2 (YAML 1.1 flavoured), not YAML 1.2 core as our parser reads it. The differences matter for
 * numbers and booleans: `0x50` and `080` are 80, `010` is 8 (octal), `1_000` is 1000, `yes`/`on` are true. A float
 * with an integral value (`80.0`) is marshalled to JSON as `80` and so decodes into an integer field.
 */
import type { YNode } from '../syntax/nodes';
import { asScalar } from '../syntax/nodes';

export type GoValue =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'null' };

const BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = new Map<string, number>([
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN] as const),
]);
/** Go's strconv.ParseInt with base 0: 0x hex, 0o or leading-0 octal, 0b binary, else decimal. */
const GO_INT = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[0-7]*|0[bB][01]+|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function goInt(text: string): number | null {
  const m = GO_INT.exec(text);
  if (!m) return null;
  const body = m[2];
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8);
  else n = Number(body);
  return m[1] === '-' ? -n : n;
}

/** Resolves a plain (unquoted, untagged) scalar the way go-yaml v2 does. */
export function resolvePlain(text: string): GoValue {
  if (NULLS.has(text)) return { type: 'null' };
  const b = BOOLS.get(text);
  if (b !== undefined) return { type: 'bool', value: b };
  const special = SPECIAL_FLOATS.get(text);
  if (special !== undefined) return { type: 'number', value: special };
  if (/^[-+0-9.]/.test(text)) {
    const plain = text.replace(/_/g, '');
    const i = goInt(plain);
    if (i !== null) return { type: 'number', value: i };
    if (YAML_STYLE_FLOAT.test(plain)) return { type: 'number', value: Number(plain) };
  }
  return { type: 'string', value: text };
}

/** The value Go would decode from this node, or null when the node is not a scalar (a map, a list, or absent). */
export function goValue(node: YNode | null | undefined): GoValue | null {
  const s = asScalar(node);
  if (!s) return null;
  if (s.tag === '!!str' || s.tag === 'tag:yaml.org,2002:str') return { type: 'string', value: s.value === null ? '' : String(s.value) };
  if (s.style !== 'plain') return { type: 'string', value: String(s.value ?? '') };
  return resolvePlain(s.raw.trim());
}

/** Integer fields: a number with an integral value, as JSON would carry it to an int32. */
export type IntReading =
  | { ok: true; value: number }
  | { ok: false; quoted: number | null; problem: string };

/**
 * Reads an int32 field (a port number, a timeout). A quoted number is a string to Go and fails decoding: `quoted`
 * then holds the number, so that a quick fix can unquote it.
 */
export function readInt(node: YNode | null | undefined): IntReading | null {
  const v = goValue(node);
  if (!v || v.type === 'null') return null;
  if (v.type === 'number') {
    if (Number.isInteger(v.value)) return { ok: true, value: v.value };
    return { ok: false, quoted: null, problem: `'${asScalar(node)!.raw}' is not an integer` };
  }
  if (v.type === 'bool') return { ok: false, quoted: null, problem: `YAML reads '${asScalar(node)!.raw}' as the boolean ${v.value}, not a number` };
  const quoted = /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : null;
  return { ok: false, quoted, problem: quoted === null ? `'${v.value}' is a string, not a number` : `"${v.value}" is a quoted string, not a number` };
}

/** Reads a string field; a number or boolean where Kubernetes wants a string fails decoding. */
export type StringReading = { ok: true; value: string } | { ok: false; problem: string };

export function readString(node: YNode | null | undefined): StringReading | null {
  const v = goValue(node);
  if (!v || v.type === 'null') return null;
  if (v.type === 'string') return { ok: true, value: v.value };
  return { ok: false, problem: `YAML reads '${asScalar(node)!.raw}' as a ${v.type === 'bool' ? 'boolean' : 'number'}, not a string; quote it` };
}
