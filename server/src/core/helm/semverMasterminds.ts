/**
 * Masterminds/semver v3, as Sprig's `semver` and `semverCompare` use it: versions may be partial (`1.19`) and have a
 * `v`; constraints are `,`/space-separated ANDs, `||` ORs, with =, !=, >, <, >=, <=, ~, ^ and x/* wildcards. A
 * pre-release version only satisfies a comparator that has a pre-release itself (`>=1.19-0` lets `1.32.0-eks` in).
 */
import { SemVer, compare } from 'semver';
import { GoStruct, TemplateError } from './value';

const VERSION = /^v?([0-9]+)(?:\.([0-9]+|[xX*]))?(?:\.([0-9]+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

interface Partial {
  major: number;
  minor: number | null;
  patch: number | null;
  pre: string;
}

function parsePartial(s: string): Partial | null {
  if (s === '*' || s === 'x' || s === 'X') return { major: -1, minor: null, patch: null, pre: '' };
  const m = VERSION.exec(s.trim());
  if (!m) return null;
  const num = (x: string | undefined): number | null => (x === undefined || /[xX*]/.test(x) ? null : Number(x));
  return { major: Number(m[1]), minor: num(m[2]), patch: num(m[3]), pre: m[4] ?? '' };
}

/** A full version (Masterminds' NewVersion, which fills missing parts with 0). */
export function parseVersion(s: string): SemVer | null {
  const p = parsePartial(String(s));
  if (!p || p.major < 0) return null;
  try {
    return new SemVer(`${p.major}.${p.minor ?? 0}.${p.patch ?? 0}${p.pre ? '-' + p.pre : ''}`);
  } catch {
    return null;
  }
}

const ver = (p: Partial, minor = p.minor ?? 0, patch = p.patch ?? 0, pre = p.pre): SemVer => new SemVer(`${p.major}.${minor}.${patch}${pre ? '-' + pre : ''}`);

function check(op: string, p: Partial, v: SemVer): boolean {
  if (p.major < 0) return op !== '!=' && op !== '<' && op !== '>';
  // A pre-release version matches only a comparator with a pre-release (Masterminds' rule).
  if (v.prerelease.length && !p.pre) return false;
  const c = compare(v, ver(p));
  const wildcard = p.minor === null || p.patch === null;
  switch (op) {
    case '':
    case '=':
      return wildcard ? inRange(v, p) : c === 0;
    case '!=':
      return wildcard ? !inRange(v, p) : c !== 0;
    case '>':
      return wildcard ? compare(v, upper(p)) >= 0 : c > 0;
    case '<':
      return c < 0;
    case '>=':
    case '=>':
      return c >= 0;
    case '<=':
    case '=<':
      return wildcard ? compare(v, upper(p)) < 0 : c <= 0;
    case '~':
    case '~>':
      return c >= 0 && compare(v, p.minor === null ? new SemVer(`${p.major + 1}.0.0-0`) : new SemVer(`${p.major}.${p.minor + 1}.0-0`)) < 0;
    case '^':
      return c >= 0 && compare(v, caretUpper(p)) < 0;
  }
  return false;
}

function upper(p: Partial): SemVer {
  return p.minor === null ? new SemVer(`${p.major + 1}.0.0-0`) : new SemVer(`${p.major}.${p.minor + 1}.0-0`);
}

function inRange(v: SemVer, p: Partial): boolean {
  return compare(v, ver(p)) >= 0 && compare(v, upper(p)) < 0;
}

function caretUpper(p: Partial): SemVer {
  if (p.major > 0 || p.minor === null) return new SemVer(`${p.major + 1}.0.0-0`);
  if (p.minor > 0 || p.patch === null) return new SemVer(`0.${p.minor + 1}.0-0`);
  return new SemVer(`0.0.${p.patch + 1}-0`);
}

/** Whether `version` satisfies `constraint`; a constraint or version that does not parse is an error, as in Sprig. */
export function semverCompare(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  if (!v) throw new TemplateError('Invalid Semantic Version');
  return constraint.split('||').some((alt) => {
    const parts = alt.trim().replace(/([<>=!~^]+)\s+/g, '$1').split(/[\s,]+/).filter(Boolean);
    return parts.every((part) => {
      const m = /^([<>=!~^]*)(.*)$/.exec(part)!;
      const p = parsePartial(m[2]);
      if (!p) throw new TemplateError(`improper constraint: ${constraint}`);
      return check(m[1], p, v);
    });
  });
}

/** Sprig's `semver`: a *semver.Version, whose fields and methods templates read. */
export function semverObject(s: string): GoStruct {
  const v = parseVersion(s);
  if (!v) throw new TemplateError('Invalid Semantic Version');
  const original = String(s);
  return new GoStruct('*semver.Version', {
    Major: BigInt(v.major),
    Minor: BigInt(v.minor),
    Patch: BigInt(v.patch),
    Prerelease: v.prerelease.join('.'),
    Metadata: v.build.join('.'),
    Original: original,
    String: () => v.format(),
  });
}
