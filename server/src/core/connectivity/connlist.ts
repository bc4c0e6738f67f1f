/**
 * netpol-analyzer's connlist output: one entry per (src, dst) pair with some allowed connection, sorted by source
 * then destination, as `txt` (`SRC => DST : CONN`), `json` (`[{"src","dst","conn"}]`), `csv`, `md` or `dot`.
 */
import type { Snapshot } from '../model/snapshot';
import type { Connection } from './connection';
import { Connectivity } from './engine';
import { sectionedText } from './networkSections';
import { formatConns } from './portSet';

export type ConnlistFormat = 'txt' | 'json' | 'csv' | 'md' | 'dot';
export const CONNLIST_FORMATS: readonly ConnlistFormat[] = ['txt', 'json', 'csv', 'md', 'dot'];

export interface ConnlistEntry {
  src: string;
  dst: string;
  conn: string;
}

export function connlistEntries(connections: readonly Connection[]): ConnlistEntry[] {
  const out = connections.map((c) => ({ src: c.src.name, dst: c.dst.name, conn: formatConns(c.conns) }));
  return out.sort((a, b) => compare(a.src, b.src) || compare(a.dst, b.dst));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatConnlist(entries: readonly ConnlistEntry[], format: ConnlistFormat): string {
  switch (format) {
    case 'txt':
      return entries.map((e) => `${e.src} => ${e.dst} : ${e.conn}\n`).join('');
    case 'json':
      return JSON.stringify(entries, null, 2) + '\n';
    case 'csv':
      return ['src,dst,conn', ...entries.map((e) => [e.src, e.dst, e.conn].map(csvField).join(','))].join('\n') + '\n';
    case 'md':
      return ['| src | dst | conn |', '|-----|-----|------|', ...entries.map((e) => `| ${e.src} | ${e.dst} | ${e.conn} |`)].join('\n') + '\n';
    case 'dot':
      return dot(entries);
  }
}

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function dot(entries: readonly ConnlistEntry[]): string {
  const q = (s: string) => JSON.stringify(s);
  const nodes = [...new Set(entries.flatMap((e) => [e.src, e.dst]))].sort(compare);
  const lines = ['digraph {', ...nodes.map((n) => `\t${q(n)}${n.endsWith('[External]') || n.startsWith('{') ? ' [shape=box]' : ''}`)];
  for (const e of entries) lines.push(`\t${q(e.src)} -> ${q(e.dst)} [label=${q(e.conn)}]`);
  return lines.join('\n') + '\n}\n';
}

/** Connections in one of the formats; the text has a section per network when the manifests use several. */
export function formatConnections(model: Connectivity, connections: readonly Connection[], format: ConnlistFormat): string {
  if (format === 'txt' && model.networks) return sectionedText(model, connections);
  return formatConnlist(connlistEntries(connections), format);
}

/** The whole connlist of a snapshot in one of the formats. */
export function connectivityList(snapshot: Snapshot, format: ConnlistFormat): string {
  const model = new Connectivity(snapshot);
  return formatConnections(model, model.connections(), format);
}
