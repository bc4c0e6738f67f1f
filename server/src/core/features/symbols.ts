/**
 * The outline of a file (one symbol per object, `Kind namespace/name`, with its ports and containers as children) and
 * workspace-wide symbol search by object name.
 */
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import type { Range } from '../text';

export type SymbolKind = 'object' | 'port' | 'container';

export interface DocumentSymbol extends Range {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The part to highlight when the symbol is selected: the name, else the object's start. */
  selection: Range;
  children: DocumentSymbol[];
}

export function documentSymbols(snapshot: Snapshot, uri: string): DocumentSymbol[] {
  return snapshot.documents(uri).flatMap((d) => d.resources).map((r) => objectSymbol(snapshot, r));
}

function title(r: Resource): string {
  return `${r.kind} ${r.namespaces[0]}/${r.name ?? '<unnamed>'}`;
}

function objectSymbol(snapshot: Snapshot, r: Resource): DocumentSymbol {
  const sel = r.nameNode ?? r.node;
  const children: DocumentSymbol[] = [];
  const svc = snapshot.service(r);
  for (const sp of svc?.ports ?? []) {
    const at = sp.nameNode ?? sp.portNode ?? sp.node;
    children.push({
      name: `${sp.port ?? '?'}/${sp.protocol}${sp.name ? ` ${sp.name}` : ''}`,
      detail: sp.targetPort !== null ? `→ ${sp.targetPort}` : undefined,
      kind: 'port',
      start: sp.node.start,
      end: sp.node.end,
      selection: { start: at.start, end: at.end },
      children: [],
    });
  }
  for (const c of snapshot.templateOf(r)?.containers ?? []) {
    const at = c.nameNode ?? c.node;
    children.push({
      name: c.name ?? '<unnamed container>',
      detail: c.init ? 'init container' : 'container',
      kind: 'container',
      start: c.node.start,
      end: c.node.end,
      selection: { start: at.start, end: at.end },
      children: c.ports.map((p) => {
        const pat = p.nameNode ?? p.containerPortNode ?? p.node;
        return { name: `${p.containerPort ?? '?'}/${p.protocol}${p.name ? ` ${p.name}` : ''}`, kind: 'port', start: p.node.start, end: p.node.end, selection: { start: pat.start, end: pat.end }, children: [] };
      }),
    });
  }
  return { name: title(r), detail: r.apiVersion, kind: 'object', start: r.node.start, end: r.node.end, selection: { start: sel.start, end: sel.end }, children };
}

export interface WorkspaceSymbol extends Range {
  name: string;
  /** `Service shop`: the kind and namespace, shown next to the name. */
  container: string;
  uri: string;
}

const WORKSPACE_SYMBOL_LIMIT = 500;

/**
 * Objects whose name contains the query's characters in order (case-insensitive), the closest matches first: exact,
 * then prefix, then substring, then scattered.
 */
export function workspaceSymbols(snapshot: Snapshot, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const scored: { r: Resource; score: number }[] = [];
  for (const r of snapshot.resources) {
    if (r.name === null) continue;
    const score = matchScore(r.name.toLowerCase(), q);
    if (score !== null) scored.push({ r, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.r.name!.localeCompare(b.r.name!) || a.r.kind.localeCompare(b.r.kind))
    .slice(0, WORKSPACE_SYMBOL_LIMIT)
    .map(({ r }) => {
      const at = r.nameNode ?? r.node;
      return { name: r.name!, container: `${r.kind} ${r.namespaces[0]}`, uri: r.uri, start: at.start, end: at.end };
    });
}

function matchScore(name: string, q: string): number | null {
  if (q === '') return 3;
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length ? 3 : null;
}
