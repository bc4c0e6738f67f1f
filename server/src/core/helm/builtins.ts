/** text/template's own functions: not, eq/ne/lt/le/gt/ge, len, index, slice, print*, html, js, urlquery, call. */
import type { TemplateFunc } from './exec';
import { sprint, sprintf, sprintln } from './goPrint';
import { TemplateError, goTypeName, isMap, truth } from './value';

type Kind = 'bool' | 'int' | 'float' | 'string' | 'nil' | 'other';

const KINDS: Record<string, Kind> = { bool: 'bool', int: 'int', float64: 'float', string: 'string', '<nil>': 'nil' };
const basicKind = (v: unknown): Kind => KINDS[goTypeName(v)] ?? 'other';

/** Numbers of either kind compare by value (charts compare float64 values with int literals). */
function numeric(k: Kind): boolean {
  return k === 'int' || k === 'float';
}

function eqOne(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === 'nil' || kb === 'nil') return ka === kb;
  if (numeric(ka) && numeric(kb)) return Number(a) === Number(b);
  if (ka !== kb) throw new TemplateError('incompatible types for comparison');
  if (ka === 'other') {
    if (isMap(a) || Array.isArray(a)) throw new TemplateError(`non-comparable type ${goTypeName(a)}`);
    return a === b;
  }
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (numeric(ka) && numeric(kb)) return ka === 'int' && kb === 'int' ? (a as bigint) < (b as bigint) : Number(a) < Number(b);
  if (ka === 'string' && kb === 'string') return (a as string) < (b as string);
  if (ka === 'nil' || kb === 'nil' || ka === 'bool' || ka === 'other' || kb === 'other') throw new TemplateError('invalid type for comparison');
  throw new TemplateError('incompatible types for comparison');
}

function need(name: string, args: unknown[], n: number): void {
  if (args.length < n) throw new TemplateError(`wrong number of args for ${name}: want ${n} got ${args.length}`);
}

export function goLen(v: unknown): bigint {
  if (typeof v === 'string') return BigInt(Buffer.byteLength(v, 'utf8'));
  if (Array.isArray(v)) return BigInt(v.length);
  if (v instanceof Uint8Array) return BigInt(v.length);
  if (isMap(v)) return BigInt(Object.keys(v).length);
  if (v === null || v === undefined) throw new TemplateError('len of nil pointer');
  throw new TemplateError(`len of type ${goTypeName(v)}`);
}

function toIndex(i: unknown): number {
  if (typeof i === 'bigint') return Number(i);
  if (typeof i === 'number' && Number.isInteger(i)) return i;
  throw new TemplateError(`cannot index slice/array with type ${goTypeName(i)}`);
}

function index(args: unknown[]): unknown {
  need('index', args, 1);
  let v = args[0];
  for (const i of args.slice(1)) {
    if (Array.isArray(v) || typeof v === 'string') {
      const n = toIndex(i);
      if (n < 0 || n >= v.length) throw new TemplateError(`error calling index: index out of range: ${n}`);
      v = typeof v === 'string' ? BigInt(Buffer.from(v, 'utf8')[n]) : v[n];
    } else if (isMap(v)) {
      if (typeof i !== 'string') throw new TemplateError(`error calling index: value has type ${goTypeName(i)}; should be string`);
      v = Object.prototype.hasOwnProperty.call(v, i) ? v[i] : null;
    } else if (v === null || v === undefined) throw new TemplateError('error calling index: index of untyped nil');
    else throw new TemplateError(`error calling index: can't index item of type ${goTypeName(v)}`);
  }
  return v;
}

function slice(args: unknown[]): unknown {
  need('slice', args, 1);
  const v = args[0];
  const idx = args.slice(1).map(toIndex);
  // Sprig's `slice` replaces Go's in Helm: lists only.
  if (!Array.isArray(v)) throw new TemplateError(`error calling slice: Cannot slice on type ${goTypeName(v)}`);
  const len = v.length;
  const [i = 0, j = len] = idx;
  if (i < 0 || j < i || j > len) throw new TemplateError(`error calling slice: index out of range: ${j}`);
  return v.slice(i, j);
}

/** The text of the arguments as html/js/urlquery see them: a lone string as is, otherwise fmt.Sprint. */
const evalArgs = (args: unknown[]): string => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args));

function html(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
}

function js(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (c < 0x20) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  return Array.from(Buffer.from(s, 'utf8'))
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}

export const BUILTINS: Record<string, TemplateFunc> = {
  not: (a) => {
    need('not', a, 1);
    return !truth(a[0]);
  },
  eq: (a) => {
    need('eq', a, 2);
    return a.slice(1).some((b) => eqOne(a[0], b));
  },
  ne: (a) => {
    need('ne', a, 2);
    return !eqOne(a[0], a[1]);
  },
  lt: (a) => (need('lt', a, 2), less(a[0], a[1])),
  le: (a) => (need('le', a, 2), less(a[0], a[1]) || eqOne(a[0], a[1])),
  gt: (a) => (need('gt', a, 2), !less(a[0], a[1]) && !eqOne(a[0], a[1])),
  ge: (a) => (need('ge', a, 2), !less(a[0], a[1])),
  len: (a) => (need('len', a, 1), goLen(a[0])),
  index,
  slice,
  print: (a) => sprint(a),
  printf: (a) => {
    need('printf', a, 1);
    if (typeof a[0] !== 'string') throw new TemplateError(`wrong type for value; expected string; got ${goTypeName(a[0])}`);
    return sprintf(a[0], a.slice(1));
  },
  println: (a) => sprintln(a),
  html: (a) => html(evalArgs(a)),
  js: (a) => js(evalArgs(a)),
  urlquery: (a) => queryEscape(evalArgs(a)),
  call: (a) => {
    need('call', a, 1);
    const f = a[0];
    if (typeof f !== 'function') throw new TemplateError(`error calling call: non-function of type ${goTypeName(f)}`);
    return (f as (...xs: unknown[]) => unknown)(...a.slice(1));
  },
};

