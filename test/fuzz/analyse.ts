/**
 * Runs the whole core over a workspace the way the editor and the CLI do (snapshot, every file checked, the link
 * graph built and queried) and checks the invariants every output must keep, whatever the input: nothing throws
 * (a rule that throws counts, even though the runner contains it), every range lies within its file's text, and every
 * position computed from an offset lies within the file's lines. Shared by the fuzzers and the hostile-input tests.
 */
import type { Diagnostic } from '../../server/src/core/diagnostics';
import type { Workspace } from '../../server/src/core/model/workspace';
import { checkFile } from '../../server/src/core/rules/runner';
import type { FindingsCache } from '../../server/src/core/rules/runner';
import { pathAt } from '../../server/src/core/syntax/nodes';
import type { Random } from './random';
import { linkGraph } from '../../server/src/core/model/graph/ofSnapshot';

export interface Analysis {
  diagnostics: Map<string, Diagnostic[]>;
  links: number;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/**
 * Throws an Error describing the first broken invariant. `rng` picks the offsets the graph is queried at; `cache`
 * keeps findings between analyses, as the language server does.
 */
export function analyse(ws: Workspace, rng?: Random, cache?: FindingsCache): Analysis {
  const snapshot = ws.snapshot();
  const textOf = (uri: string): string => {
    const f = snapshot.files.get(uri);
    if (!f) throw new Error(`a range points into ${uri}, which is not in the workspace`);
    return f.text;
  };
  const inText = (what: string, uri: string, r: { start: number; end: number }) => {
    const len = textOf(uri).length;
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end < r.start || r.end > len) {
      throw new Error(`${what} range [${r.start}, ${r.end}) lies outside ${uri} (length ${len})`);
    }
  };
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const uri of snapshot.files.keys()) {
    const diags = checkFile(snapshot, uri, {
      cache,
      onRuleError: (rule, u, e) => {
        throw new Error(`rule ${rule} threw on ${u}: ${(e as Error)?.stack ?? String(e)}`);
      },
    });
    const file = snapshot.files.get(uri)!;
    const index = file.lineIndex();
    for (const d of diags) {
      if (d.uri !== uri) throw new Error(`a diagnostic of ${uri} names ${d.uri}`);
      if (!SEVERITIES.has(d.severity) || typeof d.message !== 'string' || d.message.trim() === '') throw new Error(`malformed diagnostic ${JSON.stringify(d)}`);
      inText(`diagnostic ${d.rule}`, uri, d);
      for (const r of d.related ?? []) inText(`related location of ${d.rule}`, r.uri, r);
      for (const o of [d.start, d.end]) {
        const p = index.positionAt(o);
        if (p.line >= index.lineCount || p.character > index.lineEnd(p.line) - index.lineStart(p.line) || index.offsetAt(p) > o) {
          throw new Error(`offset ${o} of ${d.rule} maps to ${JSON.stringify(p)}, which is not on the line's content`);
        }
      }
    }
    diagnostics.set(uri, diags);
    for (const doc of file.docs) if (rng && doc.root) pathAt(doc.root, rng.between(doc.span.start, doc.span.end));
  }
  const graph = linkGraph(snapshot);
  for (const link of graph.all) {
    inText(`link ${link.kind} source`, link.from.uri, link.from);
    for (const t of link.to) inText(`link ${link.kind} target`, t.uri, t);
  }
  if (rng) {
    for (const uri of snapshot.files.keys()) {
      const len = textOf(uri).length;
      for (let i = 0; i < 3; i++) {
        const at = rng.between(0, len);
        graph.linksAt(uri, at);
        graph.referencesAt(uri, at);
      }
    }
  }
  return { diagnostics, links: graph.all.length };
}

/** The diagnostics as comparable plain data. */
export function comparable(diagnostics: Map<string, Diagnostic[]>): string {
  return JSON.stringify([...diagnostics].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
