/**
 * Sprig's other functions: defaults and logic, reflection, encodings and hashes, regular expressions (Go's RE2 syntax
 * is close enough to JavaScript's for what charts write), semver, dates. Functions that cannot be deterministic
 * (random strings, certificates, UUIDs, bcrypt) return fixed placeholder values, listed in `PLACEHOLDER_FUNCS`.
 */
import { createHash } from 'node:crypto';
import type { TemplateFunc } from './exec';
import { int, str, strval, toInt64 } from './convert';
import { deepEqual } from './equal';
import { semverCompare, semverObject } from './semverMasterminds';
import { GoStruct, TemplateError, empty, goKindName, goTypeName } from './value';

const hash = (alg: string, s: string): string => createHash(alg).update(s, 'utf8').digest('hex');

function goRegex(re: string, flags = ''): RegExp {
  // RE2's (?i) and friends at the start become flags; named groups (?P<n>…) become (?<n>…).
  let f = flags;
  let src = re.replace(/\(\?P</g, '(?<');
  const m = /^\(\?([imsU]+)\)/.exec(src);
  if (m) {
    src = src.slice(m[0].length);
    f += m[1].replace(/U/g, '');
  }
  try {
    return new RegExp(src, Array.from(new Set(f + 'u')).join(''));
  } catch {
    throw new TemplateError(`error parsing regexp: ${re}`);
  }
}

/** Go's regexp Expand syntax: $1, ${1}, $name; `$$` is a dollar. */
const goReplacement = (repl: string): string => repl.replace(/\$\$/g, '$$$$').replace(/\$\{(\w+)\}/g, (_m, g: string) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`));

const FIXED_TIME = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** Go's time layout (2006-01-02T15:04:05Z07:00) applied to a UTC date. */
function formatDate(layout: string, d: Date): string {
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const table: [string, () => string][] = [
    ['2006', () => String(d.getUTCFullYear())],
    ['January', () => months[d.getUTCMonth()]],
    ['Jan', () => months[d.getUTCMonth()].slice(0, 3)],
    ['Monday', () => days[d.getUTCDay()]],
    ['Mon', () => days[d.getUTCDay()].slice(0, 3)],
    ['MST', () => 'UTC'],
    ['Z07:00', () => 'Z'],
    ['-07:00', () => '+00:00'],
    ['-0700', () => '+0000'],
    ['01', () => p2(d.getUTCMonth() + 1)],
    ['02', () => p2(d.getUTCDate())],
    ['15', () => p2(d.getUTCHours())],
    ['03', () => p2(d.getUTCHours() % 12 || 12)],
    ['04', () => p2(d.getUTCMinutes())],
    ['05', () => p2(d.getUTCSeconds())],
    ['06', () => p2(d.getUTCFullYear() % 100)],
    ['PM', () => (d.getUTCHours() >= 12 ? 'PM' : 'AM')],
    ['1', () => String(d.getUTCMonth() + 1)],
    ['2', () => String(d.getUTCDate())],
    ['3', () => String(d.getUTCHours() % 12 || 12)],
  ];
  let out = '';
  for (let i = 0; i < layout.length; ) {
    const hit = table.find(([k]) => layout.startsWith(k, i));
    if (hit) {
      out += hit[1]();
      i += hit[0].length;
    } else out += layout[i++];
  }
  return out;
}

const asDate = (v: unknown): Date => (v instanceof GoStruct && v.fields.__date instanceof Date ? v.fields.__date : typeof v === 'bigint' || typeof v === 'number' ? new Date(Number(v) * 1000) : FIXED_TIME);
const timeValue = (d: Date): GoStruct => new GoStruct('time.Time', { __date: d, Unix: () => BigInt(Math.floor(d.getTime() / 1000)), Format: (l: unknown) => formatDate(str(l), d), UTC: () => timeValue(d) });

/** The fixed values of the functions that are random or time-dependent in Helm. */
const PLACEHOLDER_CERT = '-----BEGIN CERTIFICATE-----\nkube-netlens placeholder certificate\n-----END CERTIFICATE-----\n';
const PLACEHOLDER_KEY = '-----BEGIN RSA PRIVATE KEY-----\nkube-netlens placeholder key\n-----END RSA PRIVATE KEY-----\n';
const cert = (): GoStruct => new GoStruct('sprig.certificate', { Cert: PLACEHOLDER_CERT, Key: PLACEHOLDER_KEY });

export const PLACEHOLDER_FUNCS = new Set(['randAlphaNum', 'randAlpha', 'randNumeric', 'randAscii', 'randBytes', 'randInt', 'shuffle', 'uuidv4', 'genCA', 'genCAWithKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey', 'genSignedCert', 'genSignedCertWithKey', 'genPrivateKey', 'htpasswd', 'now', 'bcrypt']);

const rand = (alphabet: string) => ([n]: unknown[]): string => Array.from({ length: Math.max(0, Math.min(int(n), 1 << 16)) }, (_x, i) => alphabet[(i * 7 + 3) % alphabet.length]).join('');

const regexFind: TemplateFunc = ([re, s]) => goRegex(str(re)).exec(str(s))?.[0] ?? '';

const regexSplit: TemplateFunc = ([re, s, n]) => {
  const parts = str(s).split(goRegex(str(re), 'g'));
  const k = int(n);
  return k < 0 ? parts : parts.slice(0, k);
};

export const MISC_FUNCS: Record<string, TemplateFunc> = {
  default: ([d, ...given]) => (given.length === 0 || empty(given[0]) ? d : given[0]),
  empty: ([v]) => empty(v),
  coalesce: (a) => a.find((v) => !empty(v)) ?? null,
  all: (a) => a.every((v) => !empty(v)),
  any: (a) => a.some((v) => !empty(v)),
  ternary: ([t, f, c]) => (c === true ? t : f),
  fail: ([msg]) => {
    throw new TemplateError(str(msg));
  },
  kindOf: ([v]) => goKindName(v),
  kindIs: ([k, v]) => goKindName(v) === str(k),
  typeOf: ([v]) => goTypeName(v),
  typeIs: ([t, v]) => goTypeName(v) === str(t),
  typeIsLike: ([t, v]) => goTypeName(v) === str(t) || goTypeName(v) === `*${str(t)}`,
  deepEqual: ([a, b]) => deepEqual(a, b),
  b64enc: ([s]) => Buffer.from(strval(s), 'utf8').toString('base64'),
  b64dec: ([s]) => Buffer.from(str(s), 'base64').toString('utf8'),
  b32enc: ([s]) => base32(strval(s)),
  sha1sum: ([s]) => hash('sha1', str(s)),
  sha256sum: ([s]) => hash('sha256', str(s)),
  sha512sum: ([s]) => hash('sha512', str(s)),
  adler32sum: ([s]) => String(adler32(str(s))),
  regexMatch: ([re, s]) => goRegex(str(re)).test(str(s)),
  mustRegexMatch: ([re, s]) => goRegex(str(re)).test(str(s)),
  regexFind,
  regexFindAll: ([re, s, n]) => {
    const all = Array.from(str(s).matchAll(goRegex(str(re), 'g')), (m) => m[0]);
    const k = int(n);
    return k < 0 ? all : all.slice(0, k);
  },
  regexReplaceAll: ([re, s, repl]) => str(s).replace(goRegex(str(re), 'g'), goReplacement(str(repl))),
  mustRegexReplaceAll: ([re, s, repl]) => str(s).replace(goRegex(str(re), 'g'), goReplacement(str(repl))),
  regexReplaceAllLiteral: ([re, s, repl]) => str(s).replace(goRegex(str(re), 'g'), () => str(repl)),
  mustRegexReplaceAllLiteral: ([re, s, repl]) => str(s).replace(goRegex(str(re), 'g'), () => str(repl)),
  regexSplit,
  mustRegexSplit: regexSplit,
  mustRegexFind: regexFind,
  regexQuoteMeta: ([s]) => str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'),
  semver: ([s]) => semverObject(str(s)),
  semverCompare: ([c, v]) => semverCompare(str(c), str(v)),
  now: () => timeValue(FIXED_TIME),
  date: ([layout, t]) => formatDate(str(layout), asDate(t)),
  dateInZone: ([layout, t]) => formatDate(str(layout), asDate(t)),
  unixEpoch: ([t]) => String(Math.floor(asDate(t).getTime() / 1000)),
  toDate: ([_layout, s]) => timeValue(new Date(Date.parse(str(s)) || FIXED_TIME.getTime())),
  randAlphaNum: rand('abcdefghijklmnopqrstuvwxyz0123456789'),
  randAlpha: rand('abcdefghijklmnopqrstuvwxyz'),
  randNumeric: rand('0123456789'),
  randAscii: rand('abcdefghijklmnopqrstuvwxyz'),
  randInt: ([min]) => toInt64(min),
  shuffle: ([s]) => str(s),
  uuidv4: () => '00000000-0000-4000-8000-000000000000',
  genCA: () => cert(),
  genCAWithKey: () => cert(),
  genSelfSignedCert: () => cert(),
  genSelfSignedCertWithKey: () => cert(),
  genSignedCert: () => cert(),
  genSignedCertWithKey: () => cert(),
  genPrivateKey: () => PLACEHOLDER_KEY,
  htpasswd: ([user]) => `${str(user)}:$2a$10$kubenetlensplaceholderhashkubenetlensplaceholderha`,
  bcrypt: () => '$2a$10$kubenetlensplaceholderhashkubenetlensplaceholderha',
  derivePassword: () => 'kube-netlens-placeholder',
  getHostByName: () => '127.0.0.1',
};

function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(s, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function base32(s: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of Buffer.from(s, 'utf8')) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  while (out.length % 8) out += '=';
  return out;
}
