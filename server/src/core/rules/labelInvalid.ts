import { labelMapFindings, labelSelectorFindings } from './_shared/labelSelector';
import { replacementFixes } from './_shared/fieldChecks';
import { findWorkloadKind } from '../model/workloads';
import type { YNode } from '../syntax/nodes';
import { get } from '../syntax/nodes';
import type { ResourceContext, ResourceRule } from './types';

/** Groups whose workloads the API server validates (ValidatePodTemplateSpec, ValidateLabelSelector); CRDs are left to their own schema. */
const BUILT_IN_GROUPS = ['', 'apps', 'extensions', 'batch'];
/** Kustomize's own files look like objects but never reach the API server. */
const NOT_OBJECTS = 'kustomize.config.k8s.io';

/**
 * A workload's pod template labels and its `spec.selector`: a LabelSelector, except on a ReplicationController,
 * whose selector is a plain map of labels. Service and NetworkPolicy selectors have their own rules.
 */
function workloadLabelFindings(ctx: ResourceContext): ReturnType<typeof labelMapFindings> {
  const r = ctx.resource;
  const wk = findWorkloadKind(ctx.snapshot.workloadKinds, r);
  if (!wk || wk.templatePath.length === 0 || !BUILT_IN_GROUPS.includes(r.group)) return [];
  const template = get(r.node, ...wk.templatePath);
  const selector: YNode | null = get(r.node, ...wk.templatePath.slice(0, -1), 'selector');
  // A Helm template's matchExpressions may take their values from an action on a line of its own: only its
  // matchLabels are judged.
  const selectorFindings = r.kind === 'ReplicationController' ? labelMapFindings(selector) : r.templated ? labelMapFindings(get(selector, 'matchLabels')) : labelSelectorFindings(selector);
  return [...labelMapFindings(get(template, 'metadata', 'labels')), ...selectorFindings];
}

export const labelInvalid: ResourceRule = {
  id: 'label-invalid',
  title: 'Invalid label or workload selector',
  description: 'Labels (`metadata.labels` of every object, the pod template labels of workloads) and the `matchLabels` and `matchExpressions` of workload selectors are validated by the API server: keys are qualified names (optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "."), values are empty or at most 63 such characters starting and ending with a letter or digit, and values are strings, so a plain `yes`, `true` or `1` is rejected. A matchExpression of a selector uses In or NotIn with values, or Exists or DoesNotExist without. Service and NetworkPolicy selectors are checked by their own rules.',
  remediation: 'Fix the key, value or operator the message names; quote a value that YAML reads as a boolean or number.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['*'],
  scope: 'resource',
  templates: 'literal',
  check(ctx) {
    const r = ctx.resource;
    if (r.group === NOT_OBJECTS) return;
    for (const f of [...labelMapFindings(get(r.node, 'metadata', 'labels')), ...workloadLabelFindings(ctx)]) ctx.report(f);
  },
  fixes: replacementFixes,
};
