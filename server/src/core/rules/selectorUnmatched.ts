import type { ReportedRule } from './types';

export const selectorUnmatched: ReportedRule = {
  id: 'selector-unmatched',
  title: 'Selector matches no pod in the workspace',
  description:
    "A Service's selector or a NetworkPolicy's `podSelector` matches no pod template anywhere in the workspace, and nothing says it is wrong: its deployment unit (folder, kustomization build or chart) defines no pods in that namespace, and no pod template nearly matches. Such pods usually come from elsewhere: a Helm release, an operator, another repository, or `kubectl run`. Under the link policy this is advice, not a broken link; service-selector-no-match and network-policy-selector-no-match report it in their stead when the unit has pods.",
  remediation: 'Nothing to do when the pods are created elsewhere. Otherwise add the workload, or fix the selector.',
  severity: 'information',
  category: 'links',
  kinds: ['Service', 'NetworkPolicy'],
  scope: 'reported',
};
