/**
 * A document that lost its indentation (the seed article as printed: every line at the left margin), read as the
 * objects it describes, rebuilt from the Kubernetes schema (`k8s/reindent.ts`). Its Service is then linked and
 * checked like any other, and object-flattened reports the lost indentation once, with the fix that restores it.
 */
import type { ParsedDocument } from '../syntax/parse';
import { objectsRunTogether } from '../syntax/parse';
import { asMap, asScalar, get, keyText } from '../syntax/nodes';
import type { Reindented } from '../k8s/reindent';
import { reindent } from '../k8s/reindent';
import { schemaOf } from '../k8s/schema';

/**
 * Fewer misplaced fields, all under one parent, are the slips that metadata-outdented and unknown-field report and
 * fix one by one (`name:` out of `metadata:`); more, under several parents, are a document that lost its layout.
 */
const MIN_MOVED = 3;
const MIN_PARENTS = 2;

/** Characters of a document that may be rebuilt; the seed article's longest example has 250. */
const MAX_TEXT = 20_000;

/** The parser's resource guards: such a document is not analysed at all. */
const GUARD_CODES = ['TOO_DEEP', 'ALIAS_LIMIT', 'PARSER_FAILURE'];

const memo = new WeakMap<ParsedDocument, Reindented | null>();

/** The document rebuilt, when it is a flattened one; null for every other document. */
export function flattenedOf(doc: ParsedDocument): Reindented | null {
  if (memo.has(doc)) return memo.get(doc)!;
  const found = mayBeFlattened(doc) ? reindent(doc.text, doc.span.start, doc.root) : null;
  const result = found && found.moved >= MIN_MOVED && found.parents >= MIN_PARENTS ? found : null;
  memo.set(doc, result);
  return result;
}

/**
 * A cheap test before the rebuild: a well-formed document is never flattened. One that is has YAML errors, objects
 * run together, or top-level keys its kind does not have (`name`, `containers`, `image` …).
 */
function mayBeFlattened(doc: ParsedDocument): boolean {
  // A web page's example is short; a document of thousands of lines, or one with aliases or that the parser's
  // resource guards stopped, is something else (and must stay bounded).
  if (doc.helm || doc.aliasCount > 0 || doc.text.length > MAX_TEXT || !/^apiVersion[ \t]*:/m.test(doc.text)) return false;
  if (doc.issues.some((i) => GUARD_CODES.includes(i.code))) return false;
  if (doc.issues.some((i) => i.severity === 'error') || objectsRunTogether(doc)) return true;
  const root = asMap(doc.root);
  const type = root && schemaOf(String(asScalar(get(root, 'apiVersion'))?.value ?? ''), String(asScalar(get(root, 'kind'))?.value ?? ''));
  return !!root && !!type && root.items.filter((p) => !type.fields.has(keyText(p) ?? '')).length >= 2;
}
