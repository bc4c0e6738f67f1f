/**
 * Finding and reading manifest files on disk, shared by the CLI and the language server. This is the only place that
 * decides what is read: `*.yaml`/`*.yml`, kustomize's `Kustomization` and the `.tpl` files under a chart's
 * `templates/`; never inside node_modules or .git, never through a symbolic link that leads out of the root, and never
 * a file above the size cap. Every read of a manifest, by the CLI or the server, for whatever reason (indexing, a
 * watched file, a closed document), is `readManifest`.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function isManifestName(name: string): boolean {
  return /\.ya?ml$/i.test(name) || name === 'Kustomization';
}

/**
 * True for a file the workspace reads, by its path relative to the root (`/` separators): manifests, and the `.tpl`
 * files under a chart's `templates/` folder, which hold the chart's named templates (`_helpers.tpl`). Those are
 * modelled with their chart and get no diagnostics.
 */
export function isIndexedPath(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return isManifestName(name) || (/\.tpl$/i.test(name) && /(^|\/)templates\//.test(rel));
}

export interface FoundFile {
  /** Absolute path. */
  absolute: string;
  /** The path to show: the root as the user gave it, joined with the path below it. */
  display: string;
}

export interface WalkOptions {
  /** Called once for a symbolic link that is not followed, with the reason (e.g. it leads outside the root). */
  onSkip?(absolute: string, reason: string, display: string): void;
  /** Called for a directory that cannot be listed: what is below it is missing from the result. */
  onError?(absolute: string, message: string, display: string): void;
  /** Extra filter on the absolute path; false excludes it. */
  accept?(absolute: string): boolean;
  /** Also list `*.json` files (live-cluster dumps such as `kubectl get pods -o json`), for the connectivity commands. */
  json?: boolean;
}

/** Lists the manifest files below a directory, in a stable order. */
export async function walkManifests(root: string, display: string, options: WalkOptions = {}): Promise<FoundFile[]> {
  const rootReal = await fsp.realpath(root);
  const out: FoundFile[] = [];
  const visit = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (e) {
      options.onError?.(dir, (e as Error).message, rel ? path.join(display, rel) : display);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (options.accept && !options.accept(abs)) continue;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // A link is followed only when its target stays inside the root, so a workspace cannot make us read /etc.
        let real: string;
        try {
          real = await fsp.realpath(abs);
        } catch {
          continue;
        }
        if (!isWithin(real, rootReal)) {
          options.onSkip?.(abs, 'symbolic link to a path outside the workspace', path.join(display, relPath));
          continue;
        }
        const st = await fsp.stat(real).catch(() => null);
        if (!st) continue;
        isDir = st.isDirectory();
        isFile = st.isFile();
        // Links inside the root are followed for files only; a directory link could loop.
        if (isDir) {
          options.onSkip?.(abs, 'symbolic link to a directory, not followed', path.join(display, relPath));
          continue;
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(e.name)) await visit(abs, relPath);
      } else if (isFile && (isIndexedPath(abs.split(path.sep).join('/')) || (options.json && /\.json$/i.test(e.name)))) {
        out.push({ absolute: abs, display: path.join(display, relPath) });
      }
    }
  };
  await visit(root, '');
  return out;
}

/**
 * `missing` is set when the file is not there for us: it does not exist (any more), it is not a regular file, or a
 * symbolic link on its path leads out of every root. `ioError` is set when it exists but reading it failed. With
 * neither, the file was read or sized up and deliberately not analysed (too large, binary).
 */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; missing?: boolean; ioError?: boolean };

function isWithin(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
}

/**
 * Reads a manifest, refusing files over the cap, files that are not text, and any path whose real location (every
 * symbolic link resolved) is not inside one of `roots`: a workspace must never make us open /etc/passwd or
 * /proc/self/environ. The real path is what is read, so the check and the read concern the same file.
 */
export async function readManifest(absolute: string, roots: readonly string[], maxBytes: number): Promise<ReadResult> {
  let real;
  try {
    real = await fsp.realpath(absolute);
  } catch (e) {
    return notRead(e, ['ENOENT', 'ENOTDIR']);
  }
  const rootsReal = await Promise.all(roots.map((r) => fsp.realpath(r).catch(() => null)));
  if (!rootsReal.some((r) => r !== null && isWithin(real, r))) return { ok: false, reason: 'not read: a symbolic link to a path outside the workspace', missing: true };
  let st;
  try {
    st = await fsp.stat(real);
  } catch (e) {
    return notRead(e, ['ENOENT', 'ENOTDIR']);
  }
  if (!st.isFile()) return { ok: false, reason: 'not analysed: not a regular file', missing: true };
  if (st.size > maxBytes) return { ok: false, reason: oversize(st.size, maxBytes) };
  let buf;
  try {
    buf = await fsp.readFile(real);
  } catch (e) {
    // The file can vanish or change between the stat and the read; that is an ordinary race, not a crash.
    return notRead(e, ['ENOENT']);
  }
  return decodeManifest(buf);
}

function notRead(e: unknown, missingCodes: string[]): ReadResult {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return { ok: false, reason: `cannot read: ${(e as Error).message}`, ...(missingCodes.includes(code) ? { missing: true } : { ioError: true }) };
}

// A NUL byte never occurs in YAML text; in the first 8 KB, it marks a binary file that merely has a .yaml name.
const BINARY_PREFIX = 8192;
const BINARY = 'not analysed: the file is binary, not YAML text';

function oversize(bytes: number, maxBytes: number): string {
  return `not analysed: the file is ${formatKB(bytes)}, over the ${formatKB(maxBytes)} limit (kubeNetlens.maxFileSizeKB)`;
}

/**
 * Why the text of an open document is not analysed, with the same tests and words as for a file read from disk, so
 * that the editor and the CLI agree: the limit counts UTF-8 bytes (not UTF-16 units), and a NUL marks it binary.
 * Null when it is analysed.
 */
export function unanalysedText(text: string, maxBytes: number): string | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return oversize(bytes, maxBytes);
  // The first BINARY_PREFIX characters encode to at least as many bytes, so this prefix covers the one files get.
  if (Buffer.from(text.slice(0, BINARY_PREFIX), 'utf8').subarray(0, BINARY_PREFIX).includes(0)) return BINARY;
  return null;
}

export function decodeManifest(buf: Buffer): ReadResult {
  if (buf.subarray(0, BINARY_PREFIX).includes(0)) return { ok: false, reason: BINARY };
  // Invalid UTF-8 becomes U+FFFD, one per bad sequence, as in editors. A BOM is dropped, as editors do, so that
  // columns on the first line match what the user sees.
  const text = buf.toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function formatKB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
