/**
 * Pure path arithmetic on the strings the core uses to name files (posix paths or `file://` URIs). The core never
 * touches the file system; these helpers only compare and combine names.
 */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Joins a relative path onto a directory and removes `.` and `..` segments. */
export function joinPath(dir: string, rel: string): string {
  const schemeMatch = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(dir);
  const prefix = schemeMatch ? schemeMatch[0] : '';
  const body = rel.startsWith('/') ? rel : `${dir.slice(prefix.length)}/${rel}`;
  const out: string[] = [];
  for (const seg of body.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  const absolute = body.startsWith('/') || prefix !== '';
  return prefix + (absolute ? '/' : '') + out.join('/');
}

/** True when `child` is `parent` or lies below it. */
export function isWithin(child: string, parent: string): boolean {
  if (parent === '.' || parent === '') return true;
  return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}

/**
 * How far apart two files are: 0 for the same file, 1 for the same folder, more the further their common ancestor.
 * Counted on the folder paths' characters, without splitting them: nearest-first lookups call this for every
 * candidate of every link, and the arrays that splitting makes were most of the link graph's cost.
 */
export function proximity(a: string, b: string): number {
  if (a === b) return 0;
  const da = dirname(a);
  const db = dirname(b);
  let common = 0;
  for (let i = 0; ; ) {
    let j = i;
    while (j < da.length && j < db.length && da.charCodeAt(j) === db.charCodeAt(j) && da.charCodeAt(j) !== SLASH) j++;
    const endA = j === da.length || da.charCodeAt(j) === SLASH;
    const endB = j === db.length || db.charCodeAt(j) === SLASH;
    if (!endA || !endB) break;
    common++;
    if (j === da.length || j === db.length) break;
    i = j + 1;
  }
  return 1 + (segments(da) - common) + (segments(db) - common);
}

const SLASH = 0x2f;

/** The number of `/`-separated segments, as `split('/')` would give. */
function segments(p: string): number {
  let n = 1;
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) n++;
  return n;
}
