/**
 * Go's fmt as templates print with it: `%v` of numbers (float64 in shortest %g form, so 1000000 is `1e+06`), maps
 * (`map[a:1 b:2]`, sorted keys), slices (`[a b]`), and Sprintf's verbs with their `%!d(string=x)` complaints.
 */
import { GoStruct, goTypeName, isMap, sortedKeys } from './value';

/** strconv.FormatFloat(f, 'g', -1, 64), which %v uses. */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  // The shortest form switches to %e at exponent 6, whatever the number of digits (Go's eprec = 6).
  if (exp < -4 || exp >= 6) return goExp(mant, exp);
  return String(f);
}

function goExp(mant: string, exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  const e = String(Math.abs(exp)).padStart(2, '0');
  return `${mant}e${sign}${e}`;
}

/** fmt's %v (and Sprint's operand form). */
export function formatValue(v: unknown, nested = false): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'function':
      return '0x1';
  }
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, true)).join(' ')}]`;
  if (v instanceof Uint8Array) return `[${Array.from(v).join(' ')}]`;
  if (v instanceof GoStruct && typeof v.fields.String === 'function') return String((v.fields.String as () => unknown)());
  if (v instanceof GoStruct && v.entries) return formatValue(v.entries);
  if (v instanceof GoStruct) return `{${Object.values(v.fields).filter((f) => typeof f !== 'function').map((x) => formatValue(x, true)).join(' ')}}`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${formatValue(v[k], true)}`).join(' ')}]`;
  void nested;
  return String(v);
}

/** fmt.Sprint: operands joined, with a space between two operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0 && typeof args[i] !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(args[i]);
  }
  return out;
}

export const sprintln = (args: unknown[]): string => args.map((a) => formatValue(a)).join(' ') + '\n';

/**
 * A double-quoted string, `"` and `\\` escaped, each other character through `escape` (null keeps it): Go's Quote
 * and go-yaml's double-quoted style differ only there.
 */
export function doubleQuote(s: string, escape: (c: number) => string | null): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else out += escape(ch.codePointAt(0)!) ?? ch;
  }
  return out + '"';
}

const GO_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

/** strconv.Quote: a double-quoted Go string literal. */
export const goQuote = (s: string): string =>
  doubleQuote(s, (c) => GO_ESCAPES[c] ?? (c < 0x20 || c === 0x7f ? '\\x' + c.toString(16).padStart(2, '0') : null));

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width: number | null;
  prec: number | null;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === null || s.length >= spec.width) return s;
  if (spec.minus) return s + ' '.repeat(spec.width - s.length);
  if (spec.zero && numeric) {
    const sign = /^[-+]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(spec.width - s.length) + s.slice(sign.length);
  }
  return ' '.repeat(spec.width - s.length) + s;
}

const bad = (verb: string, v: unknown): string => (v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${goTypeName(v)}=${formatValue(v)})`);

function formatInt(n: bigint, verb: string, spec: Spec): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let body: string;
  switch (verb) {
    case 'x':
      body = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      body = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      body = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'b':
      body = abs.toString(2);
      break;
    default:
      body = abs.toString();
  }
  if (spec.prec !== null) body = body.padStart(spec.prec, '0');
  return (neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + body;
}

function formatFloatVerb(f: number, verb: string, spec: Spec): string {
  let s: string;
  switch (verb) {
    case 'e':
    case 'E': {
      const [m, e] = f.toExponential(spec.prec ?? 6).split('e');
      s = goExp(m, Number(e));
      if (verb === 'E') s = s.toUpperCase();
      break;
    }
    case 'g':
    case 'G':
      s = spec.prec === null ? formatFloat(f) : gPrec(f, spec.prec);
      break;
    default:
      s = Number.isFinite(f) ? f.toFixed(spec.prec ?? 6) : formatFloat(f);
  }
  if (spec.plus && f >= 0 && !s.startsWith('+')) s = '+' + s;
  return s;
}

function gPrec(f: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  const [m, e] = f.toExponential(p - 1).split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= p) return goExp(m.includes('.') ? m.replace(/\.?0+$/, '') : m, exp);
  return String(Number(f.toPrecision(p)));
}

function formatString(s: string, verb: string, spec: Spec): string | null {
  const t = spec.prec !== null ? Array.from(s).slice(0, spec.prec).join('') : s;
  switch (verb) {
    case 's':
    case 'v':
      return t;
    case 'q':
      return goQuote(t);
    case 'x':
      return Array.from(Buffer.from(t, 'utf8')).map((b) => b.toString(16).padStart(2, '0')).join('');
    case 'X':
      return Array.from(Buffer.from(t, 'utf8')).map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  }
  return null;
}

/** One operand under one verb. */
function formatArg(v: unknown, verb: string, spec: Spec): string {
  if (verb === 'T') return pad(goTypeName(v), spec, false);
  if (verb === 'v') {
    if (typeof v === 'string' && spec.sharp) return pad(goQuote(v), spec, false);
    if (typeof v === 'number') return pad(formatFloatVerb(v, 'g', spec), spec, true);
    if (typeof v === 'bigint') return pad(formatInt(v, 'd', spec), spec, true);
    return pad(formatValue(v), spec, false);
  }
  if (typeof v === 'string') {
    const s = formatString(v, verb, spec);
    return s === null ? bad(verb, v) : pad(s, spec, false);
  }
  if (typeof v === 'bigint') {
    if ('dxXob'.includes(verb)) return pad(formatInt(v, verb, spec), spec, true);
    if (verb === 'c') return pad(String.fromCodePoint(Number(v)), spec, false);
    if (verb === 'q') return pad(`'${String.fromCodePoint(Number(v))}'`, spec, false);
    return bad(verb, v);
  }
  if (typeof v === 'number') {
    if ('eEfFgG'.includes(verb)) return pad(formatFloatVerb(v, verb, spec), spec, true);
    return bad(verb, v);
  }
  if (typeof v === 'boolean') return verb === 't' ? pad(String(v), spec, false) : bad(verb, v);
  if (Array.isArray(v)) return `[${v.map((x) => formatArg(x, verb, spec)).join(' ')}]`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${formatArg(k, verb, spec)}:${formatArg(v[k], verb, spec)}`).join(' ')}]`;
  if (v === null || v === undefined) return bad(verb, v);
  return pad(formatValue(v), spec, false);
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, sharp: false, zero: false, space: false, width: null, prec: null };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === '0') spec.zero = true;
      else if (f === ' ') spec.space = true;
      else break;
    }
    const num = (): number | null => {
      if (format[i] === '*') {
        i++;
        const a = args[argi++];
        return typeof a === 'bigint' ? Number(a) : null;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return null;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = num();
    if (format[i] === '.') {
      i++;
      spec.prec = num() ?? 0;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = format[i++];
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatArg(args[argi++], verb, spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a)}`)).join(', ') + ')';
  }
  return out;
}
