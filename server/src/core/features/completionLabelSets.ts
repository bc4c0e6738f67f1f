/**
 * Completion of a whole selector where none is written yet: a Service's `selector` or a NetworkPolicy's
 * `podSelector`, offered once per pod template of the namespace with the labels that identify its pods (the
 * workload's own `spec.selector.matchLabels` when it has one, else the template's labels), written in flow style so
 * that the inserted text needs no indentation.
 */
import type { Resource } from '../model/resource';
import { templateOwnerName } from '../model/serviceTargets';
import type { PodTemplate } from '../model/workloads';
import { get, getPair, stringEntries } from '../syntax/nodes';
import { yamlString } from '../syntax/yamlText';
import { foldCopies } from '../strings';
import type { CompletionContext } from './completionContext';

export interface LabelSetItem {
  label: string;
  kind: 'value';
  detail: string;
  insertText: string;
}

/** What a selector is written as, at the cursor: the whole key (`selector: {…}`), or the value after it. */
interface Shape {
  key: string;
  wrap: (labels: string) => string;
}

export function labelSetItems(r: Resource, ctx: CompletionContext, templates: PodTemplate[]): LabelSetItem[] | null {
  const shape = shapeAt(r, ctx);
  if (!shape) return null;
  const sets = new Map<string, PodTemplate[]>();
  for (const t of templates) {
    const labels = identifyingLabels(t);
    if (labels.length === 0) continue;
    const text = `{${labels.map((l) => `${yamlString(l.key)}: ${yamlString(l.value)}`).join(', ')}}`;
    sets.set(text, [...(sets.get(text) ?? []), t]);
  }
  return [...sets].map(([labels, ts]) => {
    const value = shape.wrap(labels);
    return { label: ctx.mode === 'key' ? `${shape.key}: ${value}` : value, kind: 'value', detail: `selects ${foldCopies(ts.map(templateOwnerName)).join(', ')}`, insertText: ctx.mode === 'key' ? `${shape.key}: ${value}` : value };
  });
}

/** A Service or NetworkPolicy spec that has no selector yet, with the cursor on a new key of `spec` or after the selector's key. */
function shapeAt(r: Resource, ctx: CompletionContext): Shape | null {
  const shape: Shape | null =
    r.kind === 'Service' ? { key: 'selector', wrap: (l) => l } : r.kind === 'NetworkPolicy' ? { key: 'podSelector', wrap: (l) => `{matchLabels: ${l}}` } : null;
  if (!shape || ctx.parents.join('.') !== 'spec') return null;
  if (ctx.mode === 'key') return getPair(r.node, 'spec', shape.key) ? null : shape;
  return ctx.mode === 'value' && ctx.key === shape.key ? shape : null;
}

/** The labels a workload selects its own pods by, which are the ones another selector should use too. */
function identifyingLabels(t: PodTemplate): { key: string; value: string }[] {
  const own = t.workload.templatePath.length ? stringEntries(get(t.owner.node, 'spec', 'selector', 'matchLabels')) : [];
  return own.length ? own : t.labels;
}
