import { asMap, keyText } from '../syntax/nodes';
import { lineEndAt, lineStartAt } from '../strings';
import { metadataStrays } from './_shared/metadataStrays';
import { moveLinesEdits } from './_shared/moveLines';
import type { DocumentRule } from './types';
import { flattenedOf } from '../model/flattened';

export const metadataOutdented: DocumentRule = {
  id: 'metadata-outdented',
  title: 'Metadata field outside `metadata:`',
  description: '`metadata:` is empty while `name`, `namespace`, `labels` or `annotations` sit beside it: at the top level of the object, or in a workload\'s pod template (`spec.template`). The API server then sees an object with no name and rejects it, or pods with no labels for selectors to match. A top-level `labels` or `annotations` beside a filled `metadata:` of a built-in kind is reported too: strict field validation rejects it as an unknown field.',
  remediation: 'Indent the field so that it sits under `metadata:`.',
  severity: 'error',
  category: 'syntax',
  kinds: ['document'],
  scope: 'document',
  check(ctx) {
    // A document that lost its indentation is reported once, as such (object-flattened).
    if (flattenedOf(ctx.doc)) return;
    const found = metadataStrays(asMap(ctx.doc.root), ctx.snapshot.workloadKinds);
    if (!found) return;
    const text = ctx.file.text;
    for (const g of found.groups) {
      const metaColumn = g.metadata.key.start - lineStartAt(text, g.metadata.key.start);
      const moves = g.strays.map((p) => [lineStartAt(text, p.start), lineEndAt(text, p.end)]);
      for (const p of g.strays) {
        const field = keyText(p)!;
        const column = p.key.start - lineStartAt(text, p.key.start);
        ctx.report({
          start: p.key.start,
          end: p.key.end,
          message: `'${field}' is ${column <= metaColumn ? 'at the same level as' : 'outside'} 'metadata:', which is left empty; indent it under 'metadata:'`,
          data: { insertAt: lineEndAt(text, g.metadata.end), moves, indent: ' '.repeat(metaColumn + 2) },
        });
      }
    }
    const beside = found.beside;
    if (!beside) return;
    const firstField = asMap(beside.metadata.value)!.items[0];
    const indent = ' '.repeat(firstField.key.start - lineStartAt(text, firstField.key.start));
    const moves = beside.movable.map((p) => [lineStartAt(text, p.start), lineEndAt(text, p.end)]);
    for (const p of beside.strays) {
      const field = keyText(p)!;
      ctx.report({
        start: p.key.start,
        end: p.key.end,
        message: `'${field}' sits beside 'metadata:' at the top level, where Kubernetes has no such field (kubectl: unknown field "${field}"); indent it under 'metadata:'`,
        ...(beside.movable.includes(p) ? { data: { insertAt: lineEndAt(text, beside.metadata.end), moves, indent } } : {}),
      });
    }
  },
  fixes({ file, diagnostic }) {
    const d = diagnostic.data as { insertAt?: number; moves?: [number, number][]; indent?: string } | undefined;
    if (!d || typeof d.insertAt !== 'number' || !Array.isArray(d.moves) || typeof d.indent !== 'string') return [];
    const edits = moveLinesEdits(file.uri, file.text, d.moves, d.insertAt, d.indent);
    return [{ title: "Move the metadata fields under 'metadata:'", preferred: true, edits }];
  },
};
