/** Sprig's string functions, with Sprig's argument order (the string last, so that it can be piped). */
import type { TemplateFunc } from './exec';
import { goQuote } from './goPrint';
import { int, str, strslice, strval } from './convert';

const trimSet = (s: string, cut: string, left: boolean, right: boolean): string => {
  const set = new Set(Array.from(cut));
  const chars = Array.from(s);
  let i = 0;
  let j = chars.length;
  if (left) while (i < j && set.has(chars[i])) i++;
  if (right) while (j > i && set.has(chars[j - 1])) j--;
  return chars.slice(i, j).join('');
};

/** strings.TrimSpace: Unicode white space. */
export const trimSpace = (s: string): string => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');

/** Go's strings.Title: the first letter of each word upper-cased; words are split on anything but letters, digits, _ and '. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const c of s) {
    const sep = !/[\p{L}\p{N}_]/u.test(prev);
    out += sep ? c.toUpperCase() : c;
    prev = c;
  }
  return out;
}

/** Sprig's trunc: a negative length keeps the end. Go slices bytes; ASCII is what charts truncate. */
function trunc(c: number, s: string): string {
  if (c < 0 && s.length + c > 0) return s.slice(s.length + c);
  if (c >= 0 && s.length > c) return s.slice(0, c);
  return s;
}

function indent(n: number, s: string): string {
  const pad = ' '.repeat(Math.max(n, 0));
  return pad + s.split('\n').join('\n' + pad);
}

const words = (s: string): string[] => s.split(/[\s_-]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);

function wrap(width: number, s: string, newline = '\n'): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out.join(newline);
}

/** Go's path.Clean: `.` and `..` resolved, repeated and trailing slashes dropped. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !rooted) out.push(part);
  }
  const joined = (rooted ? '/' : '') + out.join('/');
  return joined || (rooted ? '/' : '.');
}

/** Go's path.Base. */
function basePath(p: string): string {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  return t === '' ? '/' : t.slice(t.lastIndexOf('/') + 1);
}

export const STRING_FUNCS: Record<string, TemplateFunc> = {
  base: ([p]) => basePath(str(p)),
  dir: ([p]) => {
    const t = str(p);
    return cleanPath(t.slice(0, t.lastIndexOf('/') + 1));
  },
  clean: ([p]) => cleanPath(str(p)),
  ext: ([p]) => {
    const t = str(p);
    const dot = t.lastIndexOf('.');
    return dot > t.lastIndexOf('/') ? t.slice(dot) : '';
  },
  isAbs: ([p]) => str(p).startsWith('/'),
  trim: ([s]) => trimSpace(str(s)),
  trimAll: ([cut, s]) => trimSet(str(s), str(cut), true, true),
  trimPrefix: ([p, s]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)),
  trimSuffix: ([p, s]) => (str(p) && str(s).endsWith(str(p)) ? str(s).slice(0, str(s).length - str(p).length) : str(s)),
  upper: ([s]) => str(s).toUpperCase(),
  lower: ([s]) => str(s).toLowerCase(),
  title: ([s]) => title(str(s)),
  untitle: ([s]) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toLowerCase()),
  substr: ([start, end, s]) => {
    const t = str(s);
    let a = int(start);
    let b = int(end);
    if (a < 0) a = 0;
    if (b < 0 || b > t.length) b = t.length;
    return a > b ? '' : t.slice(a, b);
  },
  repeat: ([n, s]) => str(s).repeat(Math.max(0, Math.min(int(n), 1 << 20))),
  trunc: ([c, s]) => trunc(int(c), str(s)),
  abbrev: ([w, s]) => {
    const t = str(s);
    const width = int(w);
    return width < 4 || t.length <= width ? t : t.slice(0, width - 3) + '...';
  },
  nospace: ([s]) => str(s).replace(/\s/g, ''),
  initials: ([s]) => str(s).split(/\s+/).filter(Boolean).map((w) => w[0]).join(''),
  wrap: ([w, s]) => wrap(int(w), str(s)),
  wrapWith: ([w, nl, s]) => wrap(int(w), str(s), str(nl)),
  contains: ([sub, s]) => str(s).includes(str(sub)),
  hasPrefix: ([p, s]) => str(s).startsWith(str(p)),
  hasSuffix: ([p, s]) => str(s).endsWith(str(p)),
  quote: (args) => args.filter((a) => a !== null && a !== undefined).map((a) => goQuote(strval(a))).join(' '),
  squote: (args) => args.filter((a) => a !== null && a !== undefined).map((a) => `'${strval(a)}'`).join(' '),
  cat: (args) => args.filter((a) => a !== null && a !== undefined).map(strval).join(' '),
  indent: ([n, s]) => indent(int(n), str(s)),
  nindent: ([n, s]) => '\n' + indent(int(n), str(s)),
  replace: ([o, n, s]) => str(s).split(str(o)).join(str(n)),
  plural: ([one, many, n]) => (int(n) === 1 ? str(one) : str(many)),
  snakecase: ([s]) => words(str(s)).map((w) => w.toLowerCase()).join('_'),
  kebabcase: ([s]) => words(str(s)).map((w) => w.toLowerCase()).join('-'),
  camelcase: ([s]) => str(s).split(/[_\s]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
  swapcase: ([s]) => Array.from(str(s)).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  toString: (a: unknown[]) => strval(a[0]),
  toStrings: ([v]) => strslice(v),
  join: ([sep, v]) => strslice(v).join(str(sep)),
  split: ([sep, s]) => Object.fromEntries(str(s).split(str(sep)).map((p, i) => [`_${i}`, p])),
  splitList: ([sep, s]) => str(s).split(str(sep)),
  splitn: ([sep, n, s]) => {
    const parts = str(s).split(str(sep));
    const k = int(n);
    const kept = k > 0 && parts.length > k ? [...parts.slice(0, k - 1), parts.slice(k - 1).join(str(sep))] : parts;
    return Object.fromEntries(kept.map((p, i) => [`_${i}`, p]));
  },
  sortAlpha: ([v]) => strslice(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
};
