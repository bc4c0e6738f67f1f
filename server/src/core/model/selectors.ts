/**
 * Kubernetes label-selector semantics: a Service's plain map selector, and LabelSelector with matchLabels and
 * matchExpressions (In, NotIn, Exists, DoesNotExist). All requirements are ANDed.
 */
import type { YNode } from '../syntax/nodes';
import { asSeq, get, seqItems, str, stringEntries } from '../syntax/nodes';

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
  /** The node the requirement was read from, for positions. */
  node: YNode;
}

export interface Selector {
  requirements: Requirement[];
  /** An empty selector: a LabelSelector `{}` selects everything; a Service selector `{}` selects nothing. */
  empty: boolean;
  /** True when the selector could not be read completely (unknown operator, non-scalar values). */
  unreadable: boolean;
}

/** A Service's `spec.selector`: a map whose every entry must equal the pod's label. */
export function mapSelector(node: YNode | null): Selector {
  const entries = stringEntries(node);
  return {
    requirements: entries.map((e) => ({ key: e.key, operator: 'In', values: [e.value], node: e.pair.key })),
    empty: entries.length === 0,
    unreadable: false,
  };
}

/** A metav1.LabelSelector: matchLabels and matchExpressions. */
export function labelSelector(node: YNode | null): Selector {
  const requirements: Requirement[] = mapSelector(get(node, 'matchLabels')).requirements;
  let unreadable = false;
  for (const expr of seqItems(get(node, 'matchExpressions'))) {
    const key = str(get(expr, 'key'));
    const op = str(get(expr, 'operator'));
    if (!key || !op || !['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(op)) {
      unreadable = true;
      continue;
    }
    const valuesNode = get(expr, 'values');
    const values = seqItems(valuesNode).map((v) => str(v) ?? '');
    if (valuesNode && !asSeq(valuesNode)) unreadable = true;
    requirements.push({ key, operator: op as Operator, values, node: expr });
  }
  return { requirements, empty: requirements.length === 0 && !unreadable, unreadable };
}

/** A string that is equal for two selectors exactly when they require the same, whatever node they were read from. */
export function selectionKey(selector: Selector): string {
  return JSON.stringify([selector.empty, selector.unreadable, ...selector.requirements.map((r) => [r.key, r.operator, r.values])]);
}

export interface LabelSource {
  get(key: string): string | undefined;
  /** Keys the workload's controller adds at run time, with values we cannot know: they satisfy In and Exists. */
  runtimeKeys: ReadonlySet<string>;
}

export function requirementMatches(req: Requirement, labels: LabelSource): boolean {
  const runtime = labels.runtimeKeys.has(req.key);
  const value = labels.get(req.key);
  switch (req.operator) {
    case 'In':
      return runtime || (value !== undefined && req.values.includes(value));
    case 'NotIn':
      return runtime || value === undefined || !req.values.includes(value);
    case 'Exists':
      return runtime || value !== undefined;
    case 'DoesNotExist':
      return value === undefined && !runtime;
  }
}

export function selectorMatches(sel: Selector, labels: LabelSource): boolean {
  return sel.requirements.every((r) => requirementMatches(r, labels));
}

export function labelSourceOf(entries: { key: string; value: string }[], runtimeKeys: ReadonlySet<string> = new Set()): LabelSource {
  const map = new Map(entries.map((e) => [e.key, e.value]));
  return { get: (k) => map.get(k), runtimeKeys };
}

/** `app=web,tier in (a,b)` the way kubectl prints selectors. */
export function formatSelector(sel: Selector): string {
  return sel.requirements
    .map((r) => {
      if (r.operator === 'In' && r.values.length === 1) return `${r.key}=${r.values[0]}`;
      if (r.operator === 'Exists') return r.key;
      if (r.operator === 'DoesNotExist') return `!${r.key}`;
      return `${r.key} ${r.operator === 'In' ? 'in' : 'notin'} (${r.values.join(',')})`;
    })
    .join(',');
}
