/**
 * Checks shared by the API-validation rules: typed field decoding (int32 ports, enums), and the quick fixes keyed on
 * `diagnostic.data` that go with them (replace a value, delete a key).
 */
import type { Fix } from '../../diagnostics';
import type { SourceFile } from '../../model/sourceFile';
import type { Finding } from '../types';
import type { YMap, YNode, YPair, YSeq } from '../../syntax/nodes';
import { asScalar } from '../../syntax/nodes';
import { didYouMean, eolOf, lineEndAt, lineStartAt } from '../../strings';
import { readInt, readString } from '../../k8s/goyaml';
import { isDns1123Subdomain, qualifiedNameProblem } from '../../k8s/names';

export type Report = (finding: Finding) => void;

/** Facts a replacement quick fix is keyed on. */
export function replacement(newText: string, title: string): Record<string, unknown> {
  return { replacement: newText, fixTitle: title };
}

/**
 * Checks an int32 field against a range. A quoted number is reported with an "unquote" fix; `0` may be allowed as
 * "unset" by passing `min: 0`. Returns the value when it decodes as an integer (whether in range or not). `outOfRange` is
 * the data (a fix) of the report of a value out of range.
 */
export function checkIntField(report: Report, node: YNode | null, field: string, range: { min: number; max: number }, outOfRange?: Record<string, unknown>): number | null {
  if (!node) return null;
  const r = readInt(node);
  if (!r) return null;
  const text = asScalar(node)?.value;
  if (!r.ok && typeof text === 'string' && looksTemplated(text)) return null;
  if (!r.ok) {
    const fixable = r.quoted !== null && r.quoted >= range.min && r.quoted <= range.max;
    report({ start: node.start, end: node.end, message: `${field} must be an integer (${range.min}-${range.max}); ${r.problem}`, ...(fixable ? { data: replacement(String(r.quoted), `Unquote ${r.quoted}`) } : {}) });
    return null;
  }
  if (r.value < range.min || r.value > range.max) report({ start: node.start, end: node.end, message: `${field} must be between ${range.min} and ${range.max}, got ${r.value}`, ...(outOfRange ? { data: outOfRange } : {}) });
  return r.value;
}

export const PORT_RANGE = { min: 1, max: 65535 };

/**
 * Checks a string enum field. A case-insensitive or near match is offered as a replacement. Returns the value when
 * it is one of the allowed ones, else null. An empty string is left alone unless `required`: v1 defaulting replaces
 * "" with the default for most enums (`type`, `protocol`, `sessionAffinity`, `externalTrafficPolicy`).
 */
export function checkEnumField(report: Report, node: YNode | null, field: string, allowed: readonly string[], required = false): string | null {
  if (!node) return null;
  const r = readString(node);
  if (!r || (r.ok && r.value === '' && !required)) return null;
  if (!r.ok) {
    report({ start: node.start, end: node.end, message: `${field} must be one of ${allowed.join(', ')}; ${r.problem}` });
    return null;
  }
  if (allowed.includes(r.value)) return r.value;
  const suggestion = allowed.find((a) => a.toLowerCase() === r.value.toLowerCase()) ?? didYouMean(r.value, allowed);
  report({
    start: node.start,
    end: node.end,
    message: `${field} must be one of ${allowed.join(', ')} (case-sensitive), got '${r.value}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    ...(suggestion ? { data: replacement(suggestion, `Change to '${suggestion}'`) } : {}),
  });
  return null;
}

/** The replacement fix described by `replacement(...)` facts. */
export function replacementFixes({ file, diagnostic }: { file: SourceFile; diagnostic: { start: number; end: number; data?: Record<string, unknown> } }): Fix[] {
  const text = diagnostic.data?.replacement;
  if (typeof text !== 'string') return [];
  const title = typeof diagnostic.data?.fixTitle === 'string' ? diagnostic.data.fixTitle : `Replace with '${text}'`;
  return [{ title, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: text }] }];
}

/**
 * The text range that removes one key of a block mapping, with its line, or null when that cannot be done cleanly
 * (the only key of a map, a block key sharing its line with another). A flow mapping loses the pair and a comma.
 */
export function pairDeletionRange(text: string, map: YMap, pair: YPair): { start: number; end: number } | null {
  if (map.items.length < 2) return null;
  const i = map.items.indexOf(pair);
  const next = map.items[i + 1];
  // In a flow mapping, the pair goes with the comma after it, or the last pair with the comma before it.
  if (map.flow) return next ? { start: pair.start, end: next.start } : { start: map.items[i - 1].end, end: pair.end };
  if (next) {
    // Deleting up to the next key keeps a `- ` sequence-item prefix when the pair is the item's first key.
    if (lineStartAt(text, next.start) === lineStartAt(text, pair.start)) return null;
    return { start: pair.start, end: next.start };
  }
  const lineStart = lineStartAt(text, pair.start);
  if (text.slice(lineStart, pair.start).trim() !== '') return null;
  const end = lineEndAt(text, pair.start);
  return { start: lineStart, end: Math.min(text.length, end + eolOf(text).length) };
}

/**
 * The text range that removes one item of a sequence: a block item with its lines, up to the next item; a flow item
 * with a comma. Null for the only item, whose removal leaves a list the user may not want empty.
 */
export function seqItemDeletionRange(text: string, seq: YSeq, item: YNode | undefined): { start: number; end: number } | null {
  const i = item ? seq.items.indexOf(item) : -1;
  if (i < 0 || seq.items.length < 2) return null;
  const next = seq.items[i + 1];
  if (seq.flow) return next ? { start: item!.start, end: next.start } : { start: seq.items[i - 1].end, end: item!.end };
  const start = lineStartAt(text, item!.start);
  if (!/^\s*-\s*$/.test(text.slice(start, item!.start))) return null;
  if (next) return { start, end: lineStartAt(text, next.start) };
  const end = lineEndAt(text, Math.max(item!.start, item!.end - 1));
  return { start, end: Math.min(text.length, end + eolOf(text).length) };
}

/** Facts for a fix that deletes a key; null when it cannot be deleted cleanly. */
export function deletion(text: string, map: YMap, pair: YPair, title: string): Record<string, unknown> | null {
  const range = pairDeletionRange(text, map, pair);
  return range ? { deleteStart: range.start, deleteEnd: range.end, fixTitle: title } : null;
}

export function deletionFixes({ file, diagnostic }: { file: SourceFile; diagnostic: { data?: Record<string, unknown> } }): Fix[] {
  const { deleteStart, deleteEnd, fixTitle } = diagnostic.data ?? {};
  if (typeof deleteStart !== 'number' || typeof deleteEnd !== 'number') return [];
  return [{ title: typeof fixTitle === 'string' ? fixTitle : 'Remove this key', preferred: true, edits: [{ uri: file.uri, start: deleteStart, end: deleteEnd, newText: '' }] }];
}

/**
 * True for values someone fills in later: template expressions (`${VAR}`, `{{ .x }}`, `$(VAR)`, `$VAR`) and the
 * placeholders samples ask readers to replace (`<port>`, `{IPv6}`, `__HOST__`, `PORT`, `YOUR_IP`). They are not the
 * final text, so they are not judged.
 */
export function looksTemplated(s: string): boolean {
  return (
    /\$\{|\{\{|\$\(/.test(s) ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(s) ||
    /<[A-Za-z][^<>]*>/.test(s) ||
    /^\{[A-Za-z][A-Za-z0-9_-]*\}$/.test(s) ||
    /^__[A-Za-z0-9_]+__$/.test(s) ||
    (/^[A-Z][A-Z0-9_]*$/.test(s) && /PORT|NAME|ADDR|IP\b|_IP|HOST|YOUR|REPLACE|CHANGE|VALUE|TODO/.test(s))
  );
}

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** Checks an `appProtocol` (Service, Endpoints and EndpointSlice ports): a qualified name when set. */
export function checkAppProtocol(report: Report, node: YNode | null): void {
  const r = readString(node);
  if (!node || !r) return;
  const problem = r.ok ? (looksTemplated(r.value) ? null : qualifiedNameProblem(r.value)) : r.problem;
  if (problem) report({ start: node.start, end: node.end, message: `appProtocol must be a qualified name (e.g. 'http' or 'kubernetes.io/h2c'): ${problem}` });
}

/** Checks `metadata.name` of an object whose name must be a DNS-1123 subdomain (Endpoints, EndpointSlice). */
export function checkSubdomainName(report: Report, r: { name: string | null; nameNode: YNode | null; kind: string }): void {
  if (!r.nameNode || r.name === null || looksTemplated(r.name) || isDns1123Subdomain(r.name)) return;
  report({ start: r.nameNode.start, end: r.nameNode.end, message: `${r.kind} name '${r.name}' must be a lower-case DNS subdomain (letters, digits, "-" and ".", at most 253 characters)` });
}
