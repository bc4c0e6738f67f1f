/**
 * Label keys, label values and metav1.LabelSelector as apimachinery validates them (IsQualifiedName, IsValidLabelValue,
 * ValidateLabelSelector). Each check returns what is wrong, or null.
 */
import type { YNode } from '../syntax/nodes';
import { asMap, asScalar, asSeq, get, getPair, keyText, seqItems } from '../syntax/nodes';
import { goValue } from './goyaml';
import { isDns1123Subdomain } from './names';

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Why a string is not a qualified name (a label key: optional DNS-subdomain prefix, `/`, name), or null. */
export function labelKeyProblem(key: string): string | null {
  const parts = key.split('/');
  if (parts.length > 2) return `label key '${key}' may contain at most one '/'`;
  const name = parts[parts.length - 1];
  if (parts.length === 2 && !isDns1123Subdomain(parts[0])) return `the prefix of label key '${key}' must be a lower-case DNS subdomain`;
  if (name.length === 0 || name.length > 63) return `the name part of label key '${key}' must be 1 to 63 characters; it has ${name.length}`;
  if (!NAME.test(name)) return `label key '${key}' may contain only letters, digits, '-', '_' and '.', and must start and end with a letter or digit`;
  return null;
}

/** Why a string is not a label value (empty, or at most 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric). */
export function labelValueProblem(value: string): string | null {
  if (value === '') return null;
  if (value.length > 63) return `label value '${value}' must be at most 63 characters; it has ${value.length}`;
  if (!NAME.test(value)) return `label value '${value}' may contain only letters, digits, '-', '_' and '.', and must start and end with a letter or digit`;
  return null;
}

export interface SelectorProblem {
  node: YNode;
  message: string;
  data: Record<string, unknown>;
}

/**
 * A label value as Go decodes it into a string field: a plain `1`, `true` or `1.5` is a number or boolean, and the
 * API server rejects the request. The fix quotes it.
 */
function valueProblem(node: YNode): SelectorProblem | null {
  const v = goValue(node);
  if (!v || v.type === 'null') return null;
  const raw = asScalar(node)?.raw ?? '';
  if (v.type === 'int' || v.type === 'float' || v.type === 'bool') {
    return { node, message: `label values are strings, but ${raw} is read as a ${v.type === 'bool' ? 'boolean' : 'number'}: quote it`, data: { reason: 'not-string', replace: JSON.stringify(raw), fixTitle: `Quote ${raw}` } };
  }
  if (v.type !== 'string') return { node, message: 'a label value must be a string', data: { reason: 'structure' } };
  const why = labelValueProblem(v.value);
  return why ? { node, message: why, data: { reason: 'value' } } : null;
}

function keyProblem(node: YNode, key: string): SelectorProblem | null {
  const why = labelKeyProblem(key);
  return why ? { node, message: why, data: { reason: 'key' } } : null;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function requirementProblems(expr: YNode): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  const keyNode = get(expr, 'key');
  const key = goValue(keyNode);
  if (keyNode && key?.type === 'string') {
    const p = keyProblem(keyNode, key.value);
    if (p) out.push(p);
  }
  const opPair = getPair(expr, 'operator');
  const op = goValue(opPair?.value);
  const valuesPair = getPair(expr, 'values');
  const values = seqItems(valuesPair?.value);
  const first = asMap(expr)?.items[0]?.key ?? expr;
  if (!opPair?.value || op?.type !== 'string' || !OPERATORS.includes(op.value)) {
    const text = op?.type === 'string' ? `'${op.value}'` : 'missing';
    const known = op?.type === 'string' ? OPERATORS.find((o) => o.toLowerCase() === op.value.toLowerCase()) : undefined;
    const at = opPair?.value ?? first;
    out.push({ node: at, message: `operator must be In, NotIn, Exists or DoesNotExist; ${text} is not`, data: known ? { reason: 'operator', replace: known, fixTitle: `Change to ${known}` } : { reason: 'operator' } });
  } else if ((op.value === 'In' || op.value === 'NotIn') && values.length === 0) {
    out.push({ node: opPair.value, message: `operator ${op.value} needs at least one value in 'values'`, data: { reason: 'values-required' } });
  } else if ((op.value === 'Exists' || op.value === 'DoesNotExist') && values.length > 0 && valuesPair) {
    out.push({ node: valuesPair.key, message: `operator ${op.value} takes no values; remove 'values'`, data: { reason: 'values-forbidden' } });
  }
  for (const v of values) {
    const p = valueProblem(v);
    if (p) out.push(p);
  }
  return out;
}

/** Everything ValidateLabelSelector rejects in a metav1.LabelSelector node. An absent or empty selector is valid. */
export function labelSelectorProblems(selector: YNode | null): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  for (const pair of asMap(get(selector, 'matchLabels'))?.items ?? []) {
    const key = keyText(pair);
    const k = key === null ? null : keyProblem(pair.key, key);
    if (k) out.push(k);
    const v = pair.value ? valueProblem(pair.value) : null;
    if (v) out.push(v);
  }
  const exprs = get(selector, 'matchExpressions');
  if (asSeq(exprs)) for (const expr of seqItems(exprs)) out.push(...requirementProblems(expr));
  return out;
}
