/**
 * Reads a chart folder (or a packed `.tgz`) into the map of files the core's Helm renderer takes: paths relative to
 * the chart, text for text files and bytes for `.tgz` subcharts and other binary files. Symbolic links and files
 * over the size cap are left out, as are VCS folders.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

const MAX_FILE = 16 * 1024 * 1024;
const SKIP = new Set(['.git', '.hg', '.svn', 'node_modules']);

/** Whether bytes look like text (no NUL in the first 8 KiB), so templates and values are strings. */
function isText(b: Uint8Array): boolean {
  return !b.subarray(0, 8192).includes(0);
}

export async function readChartFolder(root: string): Promise<Map<string, string | Uint8Array>> {
  const out = new Map<string, string | Uint8Array>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (SKIP.has(e.name)) continue;
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(abs, r);
      else if (e.isFile()) {
        const st = await fsp.stat(abs);
        if (st.size > MAX_FILE) continue;
        const bytes = new Uint8Array(await fsp.readFile(abs));
        out.set(r, isText(bytes) && !/\.(tgz|gz)$/.test(e.name) ? new TextDecoder().decode(bytes) : bytes);
      }
    }
  };
  await walk(root, '');
  return out;
}
