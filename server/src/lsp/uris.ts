/**
 * The workspace is keyed by `file://` URI strings. Clients spell the same file differently (VS Code escapes `:` and
 * `@`, other editors do not), so every URI that enters the server goes through `canonicalUri` once, and URIs sent
 * back for open documents use the client's own spelling (see ServerState.clientUri).
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  const p = uriToPath(uri);
  return p === null ? uri : pathToUri(p);
}

/** The local path of a `file:` URI, or null for other schemes (`untitled:`) and remote hosts. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.normalize(fileURLToPath(uri)).replace(/(.)[\\/]+$/, '$1');
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The path of `p` below `root` with `/` separators, or null when it is not below it. */
export function relativePath(root: string, p: string): string | null {
  const rel = path.relative(root, p);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}
