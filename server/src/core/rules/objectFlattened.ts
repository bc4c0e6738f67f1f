import { flattenedOf } from '../model/flattened';
import { eolOf, plural } from '../strings';
import type { DocumentRule } from './types';

export const objectFlattened: DocumentRule = {
  id: 'object-flattened',
  title: 'Object lost its indentation',
  description:
    "Fields throughout the document sit outside the fields they belong to, as in YAML copied from a web page that dropped the leading spaces (the seed article as printed): `spec:` is empty, `containers:` is at the top level, `image:` has fallen out of its list item, and objects may run together with no `---`. kubectl refuses it, or creates something else than was meant. kube-netlens rebuilds the nesting from where each field belongs in the Kubernetes schema, reads the document as the objects it describes, and offers that rebuild as the fix.",
  remediation: 'Apply **Re-indent from the Kubernetes schema**, then check the result; or restore the indentation by hand.',
  severity: 'error',
  category: 'syntax',
  kinds: ['document'],
  scope: 'document',
  check(ctx) {
    const flat = flattenedOf(ctx.doc);
    if (!flat) return;
    const first = flat.objects[0].start;
    const together = flat.objects.length > 1 ? `; ${flat.objects.length} objects run together with no '---' between them` : '';
    ctx.report({
      start: first,
      end: ctx.file.text.indexOf(':', first),
      message: `this ${flat.objects.length > 1 ? 'document' : 'object'} lost its indentation: ${plural(flat.moved, 'key')} sit outside the fields they belong to${together}`,
      data: { reindent: true },
    });
  },
  fixes({ file, diagnostic }) {
    const doc = file.docs.find((d) => d.span.start <= diagnostic.start && diagnostic.start < d.span.end);
    const flat = doc && flattenedOf(doc);
    if (!doc || !flat || !(diagnostic.data as { reindent?: boolean } | undefined)?.reindent) return [];
    const newText = flat.text.replace(/\n/g, eolOf(file.text));
    return [{ title: 'Re-indent from the Kubernetes schema', preferred: true, edits: [{ uri: file.uri, start: doc.span.start, end: doc.span.end, newText }] }];
  },
};
