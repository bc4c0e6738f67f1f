/**
 * netpol-analyzer's own connlist suite (../shared/peers/netpol-analyzer): each case's manifests, read as the CLI reads
 * them (*.yaml, *.yml, *.json, List kinds), and its expected `SRC => DST : CONN` lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { connectivityList, DEFAULT_CONFIG, Workspace } from '../../server/src/core';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SUITE = path.resolve(REPO_ROOT, '../shared/peers/netpol-analyzer');

export interface Case {
  dir: string;
  class: string;
  expectedTxt: string;
}

export function cases(): Case[] {
  return JSON.parse(readFileSync(path.join(SUITE, 'tests.json'), 'utf8')) as Case[];
}

function files(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const abs = path.join(root, e.name);
      if (e.isDirectory()) return files(abs);
      return /\.(ya?ml|json)$/i.test(e.name) ? [abs] : [];
    });
}

/** Our connlist of the case, as text lines. */
export function actualLines(c: Case): string[] {
  const ws = new Workspace(DEFAULT_CONFIG);
  for (const f of files(path.join(SUITE, 'tests', c.dir))) ws.setFile(f.split(path.sep).join('/'), readFileSync(f, 'utf8'));
  return connectivityList(ws.snapshot(), 'txt').split('\n').map((l) => l.trimEnd()).filter(Boolean);
}

export function expectedLines(c: Case): string[] {
  return readFileSync(path.join(SUITE, c.expectedTxt), 'utf8').split('\n').map((l) => l.trimEnd()).filter(Boolean);
}

/** Null when the lists are equal, line for line; otherwise what differs, briefly. */
export function difference(actual: string[], expected: string[]): string | null {
  if (actual.join('\n') === expected.join('\n')) return null;
  const a = new Set(actual);
  const e = new Set(expected);
  const missing = expected.filter((l) => !a.has(l));
  const extra = actual.filter((l) => !e.has(l));
  if (missing.length === 0 && extra.length === 0) return 'same lines, other order';
  const show = (xs: string[]) => xs.slice(0, 3).join(' | ') + (xs.length > 3 ? ` | … (${xs.length})` : '');
  return [missing.length ? `missing ${missing.length}: ${show(missing)}` : '', extra.length ? `extra ${extra.length}: ${show(extra)}` : ''].filter(Boolean).join('; ');
}
