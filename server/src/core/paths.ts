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

/** How far apart two files are: 0 for the same file, 1 for the same folder, more the further their common ancestor. */
export function proximity(a: string, b: string): number {
  if (a === b) return 0;
  const da = dirname(a).split('/');
  const db = dirname(b).split('/');
  let common = 0;
  while (common < da.length && common < db.length && da[common] === db[common]) common++;
  return 1 + (da.length - common) + (db.length - common);
}

export function relativeTo(root: string, p: string): string {
  if (isWithin(p, root) && p !== root) return p.slice(root.length).replace(/^\//, '');
  return p;
}
