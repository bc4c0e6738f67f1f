/** Loads the benchmark corpus: every manifest under a folder, read once into memory. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { walkManifests } from '../server/src/node/files';

export const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus', 'real');

export interface CorpusFile {
  path: string;
  text: string;
}

export async function loadCorpus(root = CORPUS): Promise<CorpusFile[]> {
  const files = await walkManifests(root, root);
  return files.map((f) => ({ path: f.absolute, text: readFileSync(f.absolute, 'utf8') }));
}

export function lineCount(files: CorpusFile[]): number {
  return files.reduce((n, f) => n + f.text.split('\n').length, 0);
}

export function corpusPath(...parts: string[]): string {
  return join(CORPUS, ...parts);
}
