/**
 * YAML as Helm's `toYaml` writes it: sigs.k8s.io/yaml marshals to JSON and go-yaml v2 writes that back, so keys are
 * sorted (go-yaml's order: digit runs by value, non-letters before letters), integral floats print as integers,
 * sequences under a key are not indented, strings that would read as something else are double-quoted, strings with
 * a `: ` or a leading indicator single-quoted, multi-line strings literal blocks, long plain strings folded at 80.
 */
import { resolvePlain } from '../k8s/goyaml';
import { doubleQuote, formatFloat } from './goPrint';
import { GoStruct, isMap } from './value';

const WIDTH = 80;

/** go-yaml v2's key order (keyList.Less). */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  const isLetter = (c: string): boolean => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

const sortKeys = (keys: string[]): string[] => keys.sort((x, y) => (x === y ? 0 : goYamlKeyLess(x, y) ? -1 : 1));

/** The JSON view of a value (what encoding/json makes of it before go-yaml sees it). */
function jsonish(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return v;
  if (v instanceof GoStruct) {
    const out: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(v.fields)) if (typeof f !== 'function') out[k] = jsonish(f);
    return out;
  }
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'function') return null;
  return v;
}

/** Helm's toYaml: the document without its final newline. */
export function toGoYaml(v: unknown): string {
  const lines: string[] = [];
  writeNode(jsonish(v), 0, lines, null);
  return lines.join('\n');
}

function scalar(v: unknown, indent: number, column: number): string[] {
  if (v === null) return ['null'];
  if (typeof v === 'boolean') return [String(v)];
  if (typeof v === 'bigint') return [v.toString()];
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return [BigInt(v).toString()];
    if (Number.isNaN(v)) return ['.nan'];
    if (!Number.isFinite(v)) return [v > 0 ? '.inf' : '-.inf'];
    return [formatFloat(v)];
  }
  return stringScalar(String(v), indent, column);
}

/** Writes `v` as the value that starts at `column` on the last line (after `key: ` or `- `), or at top level. */
function writeNode(v: unknown, indent: number, lines: string[], prefix: string | null): void {
  const start = prefix ?? '';
  if (Array.isArray(v) && v.length > 0) {
    if (prefix !== null) lines.push(prefix.trimEnd());
    for (const item of v) writeItem(item, indent, lines);
    return;
  }
  if (isMap(v) && Object.keys(v).length > 0) {
    if (prefix !== null) lines.push(prefix.trimEnd());
    writeMap(v, indent, lines);
    return;
  }
  // A scalar at the top level continues its folded lines indented by two, as a block scalar does.
  const text = Array.isArray(v) ? ['[]'] : isMap(v) ? ['{}'] : scalar(v, indent || 2, start.length);
  lines.push(start + text[0], ...text.slice(1));
}

function writeMap(m: Record<string, unknown>, indent: number, lines: string[], firstPrefix?: string): void {
  const pad = ' '.repeat(indent);
  sortKeys(Object.keys(m)).forEach((k, i) => {
    const key = stringScalar(k, indent, indent, true)[0];
    const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : pad;
    const v = m[k];
    if (Array.isArray(v) && v.length > 0) {
      lines.push(`${lead}${key}:`);
      for (const item of v) writeItem(item, indent, lines);
    } else if (isMap(v) && Object.keys(v).length > 0) {
      lines.push(`${lead}${key}:`);
      writeMap(v, indent + 2, lines);
    } else writeNode(v, indent + 2, lines, `${lead}${key}: `);
  });
}

function writeItem(item: unknown, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  if (isMap(item) && Object.keys(item).length > 0) writeMap(item, indent + 2, lines, `${pad}- `);
  else if (Array.isArray(item) && item.length > 0) {
    // A list in a list starts on the dash's line: `- - a`.
    const sub: string[] = [];
    for (const x of item) writeItem(x, indent + 2, sub);
    sub[0] = `${pad}- ${sub[0].slice(indent + 2)}`;
    lines.push(...sub);
  } else writeNode(item, indent + 2, lines, `${pad}- `);
}

const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|$)/;

/** Whether go-yaml would read the plain text back as something other than this string. */
function needsQuotes(s: string): boolean {
  if (resolvePlain(s).type !== 'string') return true;
  if (TIMESTAMP.test(s)) return true;
  if (s === '<<') return true;
  return /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s);
}

const isPrintable = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) || c >= 0x10000;

interface Analysis {
  plain: boolean;
  single: boolean;
  block: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar, for block context. */
function analyze(s: string): Analysis {
  if (s.length === 0) return { plain: false, single: true, block: false };
  let blockIndicators = s.startsWith('---') || s.startsWith('...');
  let special = false;
  let spaceBreak = false;
  let breakSpace = false;
  let prevSpace = false;
  let prevBreak = false;
  let leading = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    const followedByWs = next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWs) blockIndicators = true;
    } else {
      if (c === ':' && followedByWs) blockIndicators = true;
      if (c === '#' && (chars[i - 1] === ' ' || chars[i - 1] === '\t' || chars[i - 1] === '\n')) blockIndicators = true;
    }
    if (!isPrintable(c.codePointAt(0)!)) special = true;
    if (c === ' ') {
      if (i === 0) leading = true;
      if (i === chars.length - 1) leading = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (c === '\n') {
      if (i === 0 || i === chars.length - 1) leading = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
  }
  const trailingSpace = s.endsWith(' ');
  const plain = !(leading || blockIndicators || special || spaceBreak || breakSpace || s.includes('\n'));
  const single = !(special || spaceBreak || breakSpace);
  const block = !(trailingSpace || special || spaceBreak);
  return { plain, single, block };
}

function stringScalar(s: string, indent: number, column: number, isKey = false): string[] {
  const a = analyze(s);
  if (s.includes('\n') && !isKey) {
    if (a.block) return literal(s, indent);
    return [doubleQuoted(s)];
  }
  const quoted = needsQuotes(s);
  const text = !quoted && a.plain ? s : !quoted && a.single ? `'${s.replace(/'/g, "''")}'` : null;
  if (text !== null) return isKey ? [text] : fold(text, indent, column);
  return [doubleQuoted(s)];
}

/** Breaks a long line at single spaces once past the width, as libyaml's write_plain does. */
function fold(s: string, indent: number, column: number): string[] {
  if (column + s.length <= WIDTH || !s.includes(' ')) return [s];
  const out: string[] = [];
  let line = '';
  let col = column;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ' ' && s[i - 1] !== ' ' && s[i + 1] !== ' ' && col > WIDTH && i > 0) {
      out.push(line);
      line = ' '.repeat(indent);
      col = indent;
      continue;
    }
    line += c;
    col++;
  }
  out.push(line);
  return out;
}

function literal(s: string, indent: number): string[] {
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  const chomp = !s.endsWith('\n') ? '-' : s.endsWith('\n\n') || s === '\n' ? '+' : '';
  const lead = s.startsWith(' ') || s.startsWith('\n') ? '2' : '';
  const pad = ' '.repeat(indent || 2);
  const text = chomp === '+' ? s.slice(0, -1) : body;
  const lines = text.split('\n').map((l) => (l.length ? pad + l : ''));
  return [`|${lead}${chomp}`, ...lines];
}

const YAML_ESCAPES: Record<number, string> = { 0: '\\0', 9: '\\t', 10: '\\n', 13: '\\r', 0xfeff: '\\uFEFF' };

function doubleQuoted(s: string): string {
  const hex = (c: number, n: number): string => c.toString(16).toUpperCase().padStart(n, '0');
  return doubleQuote(s, (c) => YAML_ESCAPES[c] ?? (isPrintable(c) ? null : c <= 0xff ? '\\x' + hex(c, 2) : '\\u' + hex(c, 4)));
}
