/**
 * The `include` and `exclude` settings: globs over paths relative to a workspace folder, with `/` separators.
 *
 * - `*` matches within one path segment, `?` one character, `**` any number of segments, `{a,b}` either
 *   alternative, `[abc]`, `[a-z]` and `[!a]` one character of a class.
 * - A glob without a `/` (such as `*.generated.yaml` or `charts`) matches a name at any depth, as in .gitignore;
 *   a leading `/` anchors a glob to the folder.
 * - A glob that matches a folder matches everything below it, so `vendor` and `vendor/**` mean the same.
 */
import * as path from 'node:path';
import type { FoundFile, WalkOptions } from './files';
import { SKIP_DIRS, isIndexedPath, walkManifests } from './files';

export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const anchored = g.startsWith('/');
  g = g.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!anchored && !g.includes('/')) g = `**/${g}`;
  return new RegExp(`^${translate(g)}$`);
}

function translate(g: string): string {
  let out = '';
  let i = 0;
  while (i < g.length) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*' && (i === 0 || g[i - 1] === '/') && (i + 2 === g.length || g[i + 2] === '/')) {
      // A whole `**` segment: any number of segments, including none.
      if (i + 2 === g.length) out += '.*';
      else out += '(?:[^/]+/)*';
      i += 3;
      continue;
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = matchingBrace(g, i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${splitAlternatives(g.slice(i + 1, close)).map(translate).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = g.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = g.slice(i + 1, close).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
        out += `(?!/)[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  return out;
}

function matchingBrace(g: string, open: number): number {
  let depth = 0;
  for (let i = open; i < g.length; i++) {
    if (g[i] === '{') depth++;
    else if (g[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** True when one of the globs matches the relative path itself (not its folders). */
export function matchesExactly(globs: RegExp[], rel: string): boolean {
  return globs.some((re) => re.test(rel));
}

/** True when one of the globs matches the relative path or one of the folders above it. */
export function matchesOrAncestor(globs: RegExp[], rel: string): boolean {
  if (globs.length === 0) return false;
  const segments = rel.split('/');
  for (let n = segments.length; n > 0; n--) {
    if (matchesExactly(globs, segments.slice(0, n).join('/'))) return true;
  }
  return false;
}

/** What a workspace folder reads, given its include and exclude globs. */
export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.filter((g) => g.trim()).map(globToRegExp);
    this.exclude = exclude.filter((g) => g.trim()).map(globToRegExp);
  }

  /** During a walk: false for an excluded entry (a folder is then not entered). Its folders were already checked. */
  walkable(rel: string): boolean {
    return !matchesExactly(this.exclude, rel);
  }

  /** The full decision for a file found by a walk or reported by a file watcher; `json` accepts `*.json` too. */
  accepts(rel: string, json = false): boolean {
    const segments = rel.split('/');
    if (rel === '' || rel.startsWith('../') || segments.some((s) => SKIP_DIRS.has(s))) return false;
    if (!isIndexedPath(rel) && !(json && /\.json$/i.test(rel))) return false;
    if (this.include.length > 0 && !matchesOrAncestor(this.include, rel)) return false;
    return !matchesOrAncestor(this.exclude, rel);
  }
}

/**
 * The manifests below `root` that the filter accepts, with paths relative to `root`: the editor walks each workspace
 * folder this way, and the CLI each directory it is given, so that both read the same files for the same globs.
 */
export async function walkFiltered(root: string, display: string, filter: PathFilter, options: FilteredWalkOptions = {}): Promise<FoundFile[]> {
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const kept = (test: (rel: string) => boolean) => (abs: string) => {
    const r = rel(abs);
    if (test(r)) return true;
    options.onExcluded?.(r);
    return false;
  };
  const found = await walkManifests(root, display, { ...options, accept: kept((r) => filter.walkable(r)) });
  return found.filter((f) => kept((r) => filter.accepts(r, options.json))(f.absolute));
}

export interface FilteredWalkOptions extends WalkOptions {
  /** Called for each entry the filter leaves out (a folder once, not what is in it), with its relative path. */
  onExcluded?(rel: string): void;
}
