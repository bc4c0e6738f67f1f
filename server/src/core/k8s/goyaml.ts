/**
 * How the API server's client path reads a YAML scalar. kubectl and the API server decode YAML with sigs.k8s.io/yaml,
 * which resolves plain scalars with goyaml v2 (YAML 1.1 rules) and hands the result to encoding/json. So `0x50`,
 * `+80` and `8_0` are the integer 80, `010` is 8 (octal), `080` is the float 80, and `yes` is a boolean; a quoted
 * scalar is always a string. Our parser reads YAML 1.2, so fields that Kubernetes decodes as numbers are re-read here.
 */
import type { YNode } from '../syntax/nodes';
import { asMap, asScalar, asSeq } from '../syntax/nodes';

export type GoValue =
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'string'; value: string; quoted: boolean }
  | { type: 'bool'; value: boolean }
  | { type: 'null' }
  | { type: 'map' }
  | { type: 'seq' };

const TRUE = ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'];
const FALSE = ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'];
const NULL = ['', '~', 'null', 'Null', 'NULL'];
const SPECIAL_FLOATS: Record<string, number> = {
  '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity, '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
  '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity, '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
};
/** goyaml v2's `yamlStyleFloat`. */
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's `strconv.ParseInt(s, 0, 64)` after goyaml removed underscores: sign, then 0x / 0o / 0b / leading-0 octal. */
function parseGoInt(s: string): number | null {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  const body = m[2];
  let n: number;
  if (/^0[xXoObB]/.test(body)) n = Number(body.toLowerCase());
  else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8);
  else n = Number(body);
  return m[1] === '-' ? -n : n;
}

/** The value Go's decoder sees for this node, following goyaml v2's resolution of plain scalars. */
export function goValue(node: YNode | null | undefined): GoValue | null {
  if (asMap(node)) return { type: 'map' };
  if (asSeq(node)) return { type: 'seq' };
  const s = asScalar(node);
  if (!s) return null;
  if (s.style !== 'plain' || (s.tag !== undefined && /str$/.test(s.tag))) return { type: 'string', value: String(s.value ?? ''), quoted: s.style === 'single' || s.style === 'double' };
  const raw = s.raw.trim();
  if (NULL.includes(raw)) return { type: 'null' };
  if (TRUE.includes(raw)) return { type: 'bool', value: true };
  if (FALSE.includes(raw)) return { type: 'bool', value: false };
  if (raw in SPECIAL_FLOATS) return { type: 'float', value: SPECIAL_FLOATS[raw] };
  if (/^[-+0-9.]/.test(raw)) {
    const plain = raw.replace(/_/g, '');
    const int = parseGoInt(plain);
    if (int !== null) return { type: 'int', value: int };
    if (YAML_FLOAT.test(plain)) return { type: 'float', value: Number(plain) };
  }
  return { type: 'string', value: raw, quoted: false };
}

/**
 * Reads an integer field as encoding/json would after sigs.k8s.io/yaml converted the YAML: a float with no fraction
 * (`80.0`, `8e1`) is serialized as `80` and decodes into an int; anything else that is not an integer fails.
 */
export function goInt(v: GoValue | null): number | null {
  if (!v) return null;
  if (v.type === 'int') return v.value;
  if (v.type === 'float' && Number.isInteger(v.value)) return v.value;
  return null;
}
