import { findWorkloadKind, podTemplateOf } from '../model/workloads';
import { formatSelector, labelSelector, labelSourceOf, mapSelector, requirementMatches } from '../model/selectors';
import { asMap, getPair } from '../syntax/nodes';
import type { ResourceRule } from './types';

export const workloadSelectorMismatch: ResourceRule = {
  id: 'workload-selector-mismatch',
  title: "Workload selector does not match its own pod template",
  description: "A Deployment, ReplicaSet, StatefulSet, DaemonSet, ReplicationController or Rollout must select the pods it creates: its `spec.selector` has to match `spec.template.metadata.labels`. The API server rejects the object otherwise (\"selector does not match template labels\"), and it rejects an empty selector.",
  remediation: 'Make every `spec.selector.matchLabels` entry (and every matchExpression) hold for the labels under `spec.template.metadata.labels`.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Rollout'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    const wk = findWorkloadKind(ctx.snapshot.workloadKinds, r);
    const template = wk && podTemplateOf(r, wk);
    if (!wk || !template) return;
    const selectorPair = getPair(r.node, 'spec', 'selector');
    const isRC = r.kind === 'ReplicationController';
    // A missing selector is workload-selector-missing's business.
    if (!selectorPair || !selectorPair.value) return;
    const selector = isRC ? mapSelector(selectorPair.value) : labelSelector(selectorPair.value);
    if (selector.unreadable || !asMap(selectorPair.value)) return;
    if (selector.empty) {
      if (!isRC) ctx.report({ start: selectorPair.key.start, end: selectorPair.key.end, message: `an empty selector is invalid for a ${r.kind}: it would select every pod in the namespace`, data: { reason: 'empty' } });
      return;
    }
    const labels = labelSourceOf(template.labels);
    const failing = selector.requirements.filter((q) => !requirementMatches(q, labels));
    if (failing.length === 0) return;
    // A kustomization that builds the file sets its labels in both the selector and the template (commonLabels, or
    // labels with includeSelectors), which may make them agree.
    const builds = ctx.snapshot.kustomizeContext(r.uri)?.variants ?? [];
    const agreesWhenBuilt = ({ selectorLabels, templateLabels }: { selectorLabels: Record<string, string>; templateLabels: Record<string, string> }) => {
      const builtLabels = labelSourceOf([...template.labels.filter((l) => !(l.key in templateLabels)), ...Object.entries(templateLabels).map(([key, value]) => ({ key, value }))]);
      return failing.every((q) => (q.key in selectorLabels ? builtLabels.get(q.key) === selectorLabels[q.key] : requirementMatches(q, builtLabels)));
    };
    if (builds.some((v) => agreesWhenBuilt(v.transform))) return;
    const have = template.labels.length ? template.labels.map((l) => `${l.key}=${l.value}`).join(',') : 'none';
    const first = failing[0];
    // A matchLabels entry is marked as `key: value`; a matchExpression by its `key:` line.
    const exprKey = asMap(first.node) ? getPair(first.node, 'key') : null;
    const entry = exprKey ?? getPair(selectorPair.value, isRC ? first.key : 'matchLabels', ...(isRC ? [] : [first.key]));
    const range = entry ? { start: entry.start, end: entry.end } : { start: first.node.start, end: first.node.end };
    ctx.report({
      ...range,
      message: `spec.selector ${formatSelector({ ...selector, requirements: failing })} does not match the pod template's labels (${have}); the API server rejects this ${r.kind}`,
      data: { reason: 'mismatch', keys: failing.map((q) => q.key) },
    });
  },
};
