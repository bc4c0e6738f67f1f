import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import { goValue, readString } from '../k8s/goyaml';
import type { YMap, YPair } from '../syntax/nodes';
import { getPair, seqItems } from '../syntax/nodes';
import { eolOf, lineEndAt, lineStartAt } from '../strings';
import { INGRESS_VALIDATION, v1Spec } from './ingress';
import { ingressPaths, ingressRules } from '../model/ingress';
import type { ResourceRule } from './types';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
const DEFAULT_V1BETA1 = 'ImplementationSpecific';
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/** Why an Exact or Prefix path is rejected, or null. */
function strictPathProblem(path: string): string | null {
  if (!path.startsWith('/')) return `must be an absolute path starting with '/'${path === '' ? '' : `; '${path}' is not`}`;
  const seq = INVALID_SEQUENCES.find((s) => path.includes(s));
  if (seq) return `must not contain '${seq}'`;
  const suffix = INVALID_SUFFIXES.find((s) => path.endsWith(s));
  return suffix ? `must not end with '${suffix}'` : null;
}

/**
 * Where to insert `pathType: ImplementationSpecific`, the pathType networking.k8s.io/v1beta1 defaulted to: keeping
 * the old behaviour is the one choice that needs no knowledge of the controller. Inserted after `anchor`, on its own
 * line in a block mapping, or after it in a flow mapping.
 */
function pathTypeInsertion(text: string, map: YMap, anchor: YPair): { insertAt: number; insertText: string } {
  if (map.flow) return { insertAt: anchor.end, insertText: `, pathType: ${DEFAULT_V1BETA1}` };
  const column = anchor.key.start - lineStartAt(text, anchor.key.start);
  return { insertAt: lineEndAt(text, anchor.end), insertText: `${eolOf(text)}${' '.repeat(column)}pathType: ${DEFAULT_V1BETA1}` };
}

export const ingressPath: ResourceRule = {
  id: 'ingress-path',
  title: 'Invalid Ingress path or pathType',
  description: 'In networking.k8s.io/v1 every path needs a `pathType` (`Exact`, `Prefix` or `ImplementationSpecific`; there is no default). Exact and Prefix paths are absolute (start with `/`) and contain no `//`, `/./`, `/../` or `%2F` and do not end in `/.` or `/..`; an ImplementationSpecific path, when set, starts with `/`. An `http` rule lists at least one path.',
  remediation: 'Add `pathType: Prefix` (or Exact), and write the path as an absolute, normalized URL path.',
  ...INGRESS_VALIDATION,
  check(ctx) {
    const spec = v1Spec(ctx);
    if (!spec) return;
    for (const rule of ingressRules(spec)) {
      const http = getPair(rule, 'http');
      const paths = getPair(http?.value, 'paths');
      if (http && seqItems(paths?.value).length === 0) {
        const at = paths ?? http;
        ctx.report({ start: at.key.start, end: at.key.end, message: 'an http rule needs at least one path', data: { reason: 'paths-required' } });
      }
    }
    for (const { node } of ingressPaths(spec)) {
      const typePair = getPair(node, 'pathType');
      const pathPair = getPair(node, 'path');
      const path = readString(pathPair?.value);
      const pathText = path?.ok ? path.value : '';
      if (!typePair) {
        const anchor = pathPair ?? node.items[0];
        const at = anchor?.key ?? node;
        ctx.report({ start: at.start, end: at.end, message: 'pathType is required in networking.k8s.io/v1: Exact, Prefix or ImplementationSpecific', data: { reason: 'pathtype-required', ...(anchor ? pathTypeInsertion(ctx.file.text, node, anchor) : {}) } });
        continue;
      }
      if (!typePair.value || goValue(typePair.value)?.type === 'null') {
        ctx.report({ start: typePair.key.start, end: typePair.key.end, message: 'pathType is required in networking.k8s.io/v1: Exact, Prefix or ImplementationSpecific', data: { reason: 'pathtype-required' } });
        continue;
      }
      const type = checkEnumField(ctx.report, typePair.value, 'pathType', PATH_TYPES, true);
      if (!type) continue;
      const at = pathPair?.value ?? typePair.value;
      const why = type === 'ImplementationSpecific' ? (pathText !== '' && !pathText.startsWith('/') ? `must start with '/'; '${pathText}' does not` : null) : strictPathProblem(pathText);
      if (why) ctx.report({ start: at.start, end: at.end, message: `a ${type} path ${why}`, data: { reason: 'path' } });
    }
  },
  fixes(ctx) {
    const d = ctx.diagnostic.data;
    if (typeof d?.insertAt !== 'number' || typeof d.insertText !== 'string') return replacementFixes(ctx);
    return [{ title: `Add pathType: ${DEFAULT_V1BETA1} (the v1beta1 default)`, edits: [{ uri: ctx.file.uri, start: d.insertAt, end: d.insertAt, newText: d.insertText }] }];
  },
};
