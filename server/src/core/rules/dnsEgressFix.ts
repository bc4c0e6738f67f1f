/**
 * The quick fix of network-policy-blocks-dns: an egress rule that allows DNS to kube-dns (CoreDNS keeps the
 * `k8s-app: kube-dns` label) in kube-system, on 53/UDP and 53/TCP, appended to the policy's egress list, flow or block,
 * or as a new `egress:` when the policy has none.
 */
import type { Fix, TextEdit } from '../diagnostics';
import { NAMESPACE_NAME_LABEL, networkPolicyOf } from '../model/networkPolicy';
import type { Resource } from '../model/resource';
import type { SourceFile } from '../model/sourceFile';
import type { YNode } from '../syntax/nodes';
import { asMap, asSeq, get } from '../syntax/nodes';
import { eolOf, lineEndAt, lineStartAt } from '../strings';
import type { FixContext } from './types';

const TO = `[{namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]`;
const PORTS = '[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]';
const FLOW_RULE = `{to: ${TO}, ports: ${PORTS}}`;

export function allowDnsFix({ snapshot, file, diagnostic }: FixContext): Fix[] {
  const r = snapshot.documents(file.uri).flatMap((d) => d.resources).find((x) => diagnostic.start >= x.node.start && diagnostic.start <= x.node.end);
  const edit = r && networkPolicyOf(r) ? egressEdit(file, r) : null;
  return edit ? [{ title: 'Add an egress rule that allows DNS to kube-dns (53/UDP, 53/TCP)', edits: [{ uri: file.uri, ...edit }] }] : [];
}

function egressEdit(file: SourceFile, r: Resource): Omit<TextEdit, 'uri'> | null {
  const spec = asMap(get(r.node, 'spec'));
  if (!spec) return null;
  const egress = get(spec, 'egress');
  if (egress) return appendToList(file.text, egress);
  if (spec.flow) return beforeClosing(file.text, spec, '}', `egress: [${FLOW_RULE}]`);
  const first = spec.items[0];
  if (!first) return null;
  const indent = ' '.repeat(first.start - lineStartAt(file.text, first.start));
  const eol = eolOf(file.text);
  const at = lineEndAt(file.text, spec.end - 1);
  return { start: at, end: at, newText: `${eol}${indent}egress:${eol}${blockRule(`${indent}  `, eol)}` };
}

/** A new item at the end of `egress:`, in the list's own style. */
function appendToList(text: string, egress: YNode): Omit<TextEdit, 'uri'> | null {
  const seq = asSeq(egress);
  if (!seq) return null;
  if (seq.flow) return beforeClosing(text, seq, ']', FLOW_RULE);
  const first = seq.items[0];
  if (!first) return null;
  const dash = text.lastIndexOf('-', first.start);
  const indent = ' '.repeat(dash - lineStartAt(text, dash));
  const at = lineEndAt(text, seq.end - 1);
  return { start: at, end: at, newText: `${eolOf(text)}${blockRule(indent, eolOf(text))}` };
}

function blockRule(indent: string, eol: string): string {
  return `${indent}- to: ${TO}${eol}${indent}  ports: ${PORTS}`;
}

/** `entry` written last inside a flow collection, after a comma when it has items. */
function beforeClosing(text: string, node: { start: number; end: number; items: unknown[] }, close: string, entry: string): Omit<TextEdit, 'uri'> | null {
  const at = text.lastIndexOf(close, node.end - 1);
  if (at < node.start) return null;
  const before = text.slice(node.start, at).trimEnd();
  const pos = node.start + before.length;
  return { start: pos, end: pos, newText: `${node.items.length ? ', ' : ''}${entry}` };
}
