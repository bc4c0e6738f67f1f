import type { DocumentRule } from './types';
import { flattenedOf } from '../model/flattened';
import { asScalar } from '../syntax/nodes';
import { objectsRunTogether } from '../syntax/parse';

/** YAML that does not parse, in plain words. Duplicate keys count: Kubernetes' decoder rejects them. */
export const yamlSyntax: DocumentRule = {
  id: 'yaml-syntax',
  title: 'YAML syntax error',
  description: 'The document is not valid YAML, or repeats a key in one mapping. kubectl refuses such a manifest, and nothing in the document can be checked.',
  remediation: 'Fix the YAML at the marked place: indentation with spaces, matching quotes and brackets, one value per key.',
  severity: 'error',
  category: 'syntax',
  kinds: ['document'],
  scope: 'document',
  check(ctx) {
    // A document that lost its indentation is reported once, as such (object-flattened).
    if (flattenedOf(ctx.doc)) return;
    for (const issue of ctx.doc.issues) {
      if (issue.severity !== 'error') continue;
      ctx.report({ start: issue.start, end: issue.end, message: issue.message, data: { code: issue.code } });
    }
    for (const dup of ctx.doc.duplicateKeys) {
      // Two objects run together are reported as a missing `---`, not as a pile of duplicate keys.
      if (dup.depth === 0 && objectsRunTogether(ctx.doc)) continue;
      const name = asScalar(dup.key)?.raw ?? 'key';
      ctx.report({
        start: dup.key.start,
        end: dup.key.end,
        message: `duplicate key '${name}' (first on line ${ctx.file.lineIndex().positionAt(dup.first.key.start).line + 1}): kubectl rejects a mapping that repeats a key`,
        data: { code: 'DUPLICATE_KEY' },
        related: [{ uri: ctx.file.uri, start: dup.first.key.start, end: dup.first.key.end, message: `first '${name}'` }],
      });
    }
  },
};
