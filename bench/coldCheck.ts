/**
 * Benchmark 1: a cold check of the whole corpus (parse, index, link, every rule) next to a bare
 * `yaml.parseAllDocuments` of the same texts, in the same process, alternating to share warm-up and GC effects.
 */
import { parseAllDocuments } from 'yaml';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { Workspace } from '../server/src/core/model/workspace';
import { checkFile } from '../server/src/core/rules/runner';
import type { CorpusFile } from './corpus';
import { median, time } from './stats';

export interface ColdCheckResult {
  files: number;
  lines: number;
  diagnostics: number;
  checkMs: number;
  parseMs: number;
  ratio: number;
  runs: number;
}

export function fullCheck(files: CorpusFile[]): number {
  const ws = new Workspace(DEFAULT_CONFIG);
  for (const f of files) ws.setFile(f.path, f.text);
  const snapshot = ws.snapshot();
  let n = 0;
  for (const f of files) n += checkFile(snapshot, f.path).length;
  return n;
}

export function bareParse(files: CorpusFile[]): number {
  let n = 0;
  for (const f of files) n += parseAllDocuments(f.text).length;
  return n;
}

export async function coldCheck(files: CorpusFile[], lines: number, runs = 7): Promise<ColdCheckResult> {
  const check: number[] = [];
  const parse: number[] = [];
  let diagnostics = 0;
  // One warm-up of each, so that both sides run optimised code.
  fullCheck(files);
  bareParse(files);
  for (let i = 0; i < runs; i++) {
    const a = await time(() => fullCheck(files));
    const b = await time(() => bareParse(files));
    check.push(a.ms);
    parse.push(b.ms);
    diagnostics = a.value;
  }
  const checkMs = median(check);
  const parseMs = median(parse);
  return { files: files.length, lines, diagnostics, checkMs, parseMs, ratio: checkMs / parseMs, runs };
}
