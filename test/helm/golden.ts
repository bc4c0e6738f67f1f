/**
 * The golden renders of ../shared/helm: the 23 charts, their value cases and helm's real output (expected/). Each
 * render's objects are compared with helm's by source path and identity, after the fields helm makes random
 * (`volatile` in expected/index.json) are reduced to their type.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readGoYamlAll } from '../../server/src/core/helm/goYamlIn';

export const SHARED_HELM = path.resolve(__dirname, '../../../shared/helm');

export interface GoldenCase {
  id: string;
  chart: string;
  values: string;
  expected: string;
  volatile: Record<string, string[][]>;
  volatileNames: Record<string, { prefix: string; length: number }>;
}

export function goldenCases(): GoldenCase[] {
  const index = JSON.parse(readFileSync(path.join(SHARED_HELM, 'expected/index.json'), 'utf8')) as { renders: GoldenCase[] };
  return index.renders;
}

export interface Doc {
  source: string;
  id: string;
  value: unknown;
}

/** Splits helm template's output on its `# Source:` headers and reads each document as Helm would. */
export function parseOutput(text: string): Doc[] {
  const docs: Doc[] = [];
  for (const part of text.split(/^---\n# Source: /m).slice(1)) {
    const nl = part.indexOf('\n');
    const source = part.slice(0, nl);
    const r = readGoYamlAll(part.slice(nl + 1));
    const values = 'error' in r ? [{ __parseError: r.error }] : r.values;
    for (const value of values) if (value !== null) docs.push({ source, id: identity(value), value });
  }
  return docs;
}

function identity(v: unknown): string {
  const o = (v ?? {}) as Record<string, unknown>;
  const meta = (o.metadata ?? {}) as Record<string, unknown>;
  return `${String(o.apiVersion)}|${String(o.kind)}|${String(meta.namespace ?? '')}|${String(meta.name)}`;
}

function typeMark(v: unknown): string {
  return `<volatile ${Array.isArray(v) ? 'list' : typeof v}>`;
}

function blank(v: unknown, p: string[]): void {
  let cur = v as Record<string, unknown>;
  for (let i = 0; i < p.length - 1; i++) {
    if (!cur || typeof cur !== 'object') return;
    cur = cur[p[i]] as Record<string, unknown>;
  }
  if (cur && typeof cur === 'object' && p[p.length - 1] in cur) cur[p[p.length - 1]] = typeMark(cur[p[p.length - 1]]);
}

/** Reduces volatile fields to their type, and volatile names to their prefix and length. */
function normalise(docs: Doc[], c: GoldenCase): Doc[] {
  return docs.map((d) => {
    const value = JSON.parse(JSON.stringify(d.value, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x))) as unknown;
    let id = d.id;
    for (const [vid, spec] of Object.entries(c.volatileNames)) {
      const [api, kind, ns, name] = vid.split('|');
      const [a2, k2, n2, name2] = d.id.split('|');
      void name;
      if (api === a2 && kind === k2 && ns === n2 && name2.startsWith(spec.prefix) && name2.length === spec.length) id = vid;
    }
    for (const [vid, paths] of Object.entries(c.volatile)) if (vid === id) for (const p of paths) blank(value, p);
    return { source: d.source, id, value };
  });
}

/** The first difference between two values, as a path and the two sides. */
export function firstDifference(a: unknown, b: unknown, at: string[] = []): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, k]);
      if (d) return d;
    }
  }
  const show = (x: unknown): string => (JSON.stringify(x) ?? 'undefined').slice(0, 160);
  return `${at.join('.') || '(root)'}: ours ${show(a)}, helm's ${show(b)}`;
}

/** Compares our output with helm's: [] when every object equals, else one line per difference. */
export function compareRenders(ours: string, helms: string, c: GoldenCase): string[] {
  const a = normalise(parseOutput(ours), c);
  const b = normalise(parseOutput(helms), c);
  const problems: string[] = [];
  const key = (d: Doc): string => `${d.source} ${d.id}`;
  const mine = new Map(a.map((d) => [key(d), d]));
  const theirs = new Map(b.map((d) => [key(d), d]));
  for (const [k, d] of theirs) {
    const o = mine.get(k);
    if (!o) problems.push(`missing ${k}`);
    else {
      const diff = firstDifference(o.value, d.value);
      if (diff) problems.push(`${k}: ${diff}`);
    }
  }
  for (const k of mine.keys()) if (!theirs.has(k)) problems.push(`extra ${k}`);
  if (problems.length === 0 && a.map(key).join('\n') !== b.map(key).join('\n')) problems.push('same objects in a different order');
  return problems;
}
