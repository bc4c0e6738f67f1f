/**
 * metav1.LabelSelector as apimachinery validates it on create (ValidateLabelSelector): matchLabels keys are qualified
 * names and values label values; a matchExpression's operator is In/NotIn (values required) or Exists/DoesNotExist
 * (values forbidden), its key a qualified name and its values label values. Label values are strings: a plain `1` or
 * `true` fails decoding.
 */
import type { Finding } from '../types';
import type { YNode } from '../../syntax/nodes';
import { asMap, asScalar, get, getPair, keyText, seqItems } from '../../syntax/nodes';
import { checkEnumField, looksTemplated, replacement } from './fieldChecks';
import { goValue } from '../../k8s/goyaml';
import { labelValueProblem, qualifiedNameProblem } from '../../k8s/names';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function keyFinding(node: YNode, key: string): Finding | null {
  const why = looksTemplated(key) ? null : qualifiedNameProblem(key);
  return why ? { start: node.start, end: node.end, message: `'${key}' is not a valid label key: ${why}`, data: { reason: 'key' } } : null;
}

function valueFinding(node: YNode): Finding | null {
  const v = goValue(node);
  const at = { start: node.start, end: node.end };
  if (asMap(node) || (!v && node)) return { ...at, message: 'a label value must be a string', data: { reason: 'structure' } };
  if (!v || v.type === 'null') return null;
  if (v.type !== 'string') {
    const raw = asScalar(node)?.raw ?? '';
    return { ...at, message: `label values are strings, but YAML reads ${raw} as a ${v.type === 'bool' ? 'boolean' : 'number'}: quote it`, data: { reason: 'not-string', ...replacement(`"${raw}"`, `Quote ${raw}`) } };
  }
  const why = looksTemplated(v.value) ? null : labelValueProblem(v.value);
  return why ? { ...at, message: `label value '${v.value}' ${why}`, data: { reason: 'value' } } : null;
}

function requirementFindings(expr: YNode): Finding[] {
  const out: Finding[] = [];
  const keyNode = get(expr, 'key');
  const key = goValue(keyNode);
  if (keyNode && key?.type === 'string') out.push(...[keyFinding(keyNode, key.value)].filter((f) => f !== null));
  const opPair = getPair(expr, 'operator');
  const op = goValue(opPair?.value);
  const valuesPair = getPair(expr, 'values');
  const values = seqItems(valuesPair?.value);
  if (!opPair?.value || op?.type === 'null') {
    const first = asMap(expr)?.items[0]?.key ?? expr;
    out.push({ start: first.start, end: first.end, message: 'a matchExpression needs an operator: In, NotIn, Exists or DoesNotExist', data: { reason: 'operator' } });
  } else if (op?.type === 'string' && (op.value === 'In' || op.value === 'NotIn')) {
    if (values.length === 0) out.push({ start: opPair.value.start, end: opPair.value.end, message: `operator ${op.value} needs at least one value in 'values'`, data: { reason: 'values-required' } });
  } else if (op?.type === 'string' && (op.value === 'Exists' || op.value === 'DoesNotExist')) {
    if (values.length > 0 && valuesPair) out.push({ start: valuesPair.key.start, end: valuesPair.key.end, message: `operator ${op.value} takes no values; remove 'values'`, data: { reason: 'values-forbidden' } });
  } else {
    checkEnumField((f) => out.push({ ...f, data: { reason: 'operator', ...f.data } }), opPair.value, 'operator', OPERATORS, true);
  }
  for (const v of values) out.push(...[valueFinding(v)].filter((f) => f !== null));
  return out;
}

/** Everything ValidateLabels rejects in a map of labels (`metadata.labels`, `matchLabels`, a plain selector). */
export function labelMapFindings(labels: YNode | null): Finding[] {
  const out: Finding[] = [];
  for (const pair of asMap(labels)?.items ?? []) {
    const key = keyText(pair);
    const k = key === null ? null : keyFinding(pair.key, key);
    const v = pair.value ? valueFinding(pair.value) : null;
    for (const f of [k, v]) if (f) out.push(f);
  }
  return out;
}

/** Everything ValidateLabelSelector rejects in a LabelSelector node. An absent or empty selector (`{}`) is valid. */
export function labelSelectorFindings(selector: YNode | null): Finding[] {
  const out = labelMapFindings(get(selector, 'matchLabels'));
  for (const expr of seqItems(get(selector, 'matchExpressions'))) out.push(...requirementFindings(expr));
  return out;
}
