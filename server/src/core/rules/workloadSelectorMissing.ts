import { findWorkloadKind, podTemplateOf } from '../model/workloads';
import { get, getPair } from '../syntax/nodes';
import type { ResourceRule } from './types';

/** API versions in which a workload's `spec.selector` is required; older groups defaulted it from the template. */
const SELECTOR_REQUIRED_API = ['apps/v1', 'argoproj.io/v1alpha1'];

export const workloadSelectorMissing: ResourceRule = {
  id: 'workload-selector-missing',
  title: 'Workload without spec.selector',
  description: 'In apps/v1 a Deployment, ReplicaSet, StatefulSet or DaemonSet (and an Argo Rollout) must have `spec.selector`; applied as written, the API server rejects it. Kustomize bases often leave it out on purpose because `commonLabels` (or `labels` with `includeSelectors`) fills it in, so this is reported as advice unless no kustomization can explain it. When a kustomization in the workspace adds selector labels to the file, nothing is reported.',
  remediation: 'Add `spec.selector.matchLabels` with the identifying labels of `spec.template.metadata.labels`, or build the file through the kustomization that adds them.',
  severity: 'information',
  category: 'api-validation',
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Rollout'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    if (!SELECTOR_REQUIRED_API.includes(r.apiVersion)) return;
    const wk = findWorkloadKind(ctx.snapshot.workloadKinds, r);
    if (!wk || !podTemplateOf(r, wk)) return;
    if (getPair(r.node, 'spec', 'selector')?.value) return;
    // A Rollout that borrows another workload's template (workloadRef) borrows its selector too.
    if (get(r.node, 'spec', 'workloadRef')) return;
    if (ctx.snapshot.kustomizeContext(r.uri)?.addsSelectorLabels || ctx.snapshot.patchesFor(r).length > 0) return;
    const anchor = getPair(r.node, 'spec')?.key ?? r.node;
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: `spec.selector is missing: the API server requires it for a ${r.kind} in ${r.apiVersion} (unless a kustomization adds it through commonLabels)`,
    });
  },
};
