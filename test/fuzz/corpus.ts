/**
 * The texts the fuzzer mutates: groups of manifests that sit in one folder, so that cross-file links (a Service in
 * one file selecting pods in another, a kustomization naming its resources) are exercised too. The real corpus in
 * `../shared/corpus/real` is used when present; `examples/` and the seeds next to this file always are, so the
 * fuzzer also works in a plain clone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const REAL_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/real');

export interface CorpusFile {
  /** The path the file is given in the workspace (absolute, posix). */
  uri: string;
  text: string;
}

export interface CorpusGroup {
  dir: string;
  files: CorpusFile[];
}

/** Files larger than this are left out of the fuzzer's groups: they only slow it down (the hostile tests cover size). */
const MAX_FILE_BYTES = 20 * 1024;
const MAX_GROUP_FILES = 5;

function collect(root: string, into: Map<string, CorpusFile[]>): void {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(root, e.name);
    if (e.isDirectory()) collect(abs, into);
    else if (e.isFile() && /\.ya?ml$/i.test(e.name) && statSync(abs).size <= MAX_FILE_BYTES) {
      const list = into.get(root) ?? [];
      if (list.length < MAX_GROUP_FILES) list.push({ uri: abs.split(path.sep).join('/'), text: readFileSync(abs, 'utf8') });
      into.set(root, list);
    }
  }
}

/** Every group, in a stable order: the seeds, examples and regression fixtures first, then the real corpus when it exists. */
export function loadCorpus(): { groups: CorpusGroup[]; real: boolean } {
  const byDir = new Map<string, CorpusFile[]>();
  collect(path.join(__dirname, 'seeds'), byDir);
  collect(path.join(REPO_ROOT, 'examples'), byDir);
  collect(path.join(__dirname, 'regressions'), byDir);
  let real = false;
  try {
    real = statSync(REAL_CORPUS).isDirectory();
  } catch {
    real = false;
  }
  if (real) collect(REAL_CORPUS, byDir);
  const groups = [...byDir].filter(([, files]) => files.length > 0).map(([dir, files]) => ({ dir, files }));
  return { groups, real };
}
