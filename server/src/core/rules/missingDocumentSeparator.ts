import type { ParsedDocument } from '../syntax/parse';
import { OBJECT_KEYS } from '../syntax/parse';
import type { YPair } from '../syntax/nodes';
import { asMap, keyText } from '../syntax/nodes';
import { eolOf, lineStartAt } from '../strings';
import type { DocumentRule } from './types';
import { flattenedOf } from '../model/flattened';

/** The pairs where a new object starts inside one document: the second, third, … occurrence of apiVersion/kind. */
export function objectBoundaries(doc: ParsedDocument): YPair[] {
  const root = asMap(doc.root);
  if (!root) return [];
  const occurrences = new Map<string, YPair[]>();
  for (const p of root.items) {
    const k = keyText(p);
    if (k && OBJECT_KEYS.includes(k)) occurrences.set(k, [...(occurrences.get(k) ?? []), p]);
  }
  const count = Math.max(...OBJECT_KEYS.map((k) => occurrences.get(k)?.length ?? 0));
  const out: YPair[] = [];
  for (let i = 1; i < count; i++) {
    const candidates = OBJECT_KEYS.map((k) => occurrences.get(k)?.[i]).filter((p): p is YPair => !!p);
    out.push(candidates.reduce((a, b) => (a.start <= b.start ? a : b)));
  }
  return out;
}

export const missingDocumentSeparator: DocumentRule = {
  id: 'missing-document-separator',
  title: 'Two objects without `---` between them',
  description: 'The same top-level `apiVersion` or `kind` appears twice in one YAML document, so two objects have run together. kubectl rejects the duplicate keys; if it did not, the second object would silently overwrite the first.',
  remediation: 'Put a line with `---` before the second object.',
  severity: 'error',
  category: 'syntax',
  kinds: ['document'],
  scope: 'document',
  check(ctx) {
    // A document that lost its indentation is reported once, as such (object-flattened).
    if (flattenedOf(ctx.doc)) return;
    // In a Helm template the repeats are usually the branches of an `if`/`else`, of which only one is rendered.
    if (ctx.doc.helm) return;
    for (const pair of objectBoundaries(ctx.doc)) {
      const key = keyText(pair) ?? 'apiVersion';
      ctx.report({
        start: pair.key.start,
        end: pair.key.end,
        message: `a second '${key}' starts a new object here, but there is no '---' before it`,
        data: { insertAt: lineStartAt(ctx.file.text, pair.key.start) },
      });
    }
  },
  alwaysFixable: true,
  fixes({ file, diagnostic }) {
    const at = diagnostic.data?.insertAt;
    if (typeof at !== 'number') return [];
    return [{ title: "Insert '---' before this object", preferred: true, edits: [{ uri: file.uri, start: at, end: at, newText: `---${eolOf(file.text)}` }] }];
  },
};
