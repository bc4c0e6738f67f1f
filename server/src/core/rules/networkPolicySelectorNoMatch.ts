import { formatSelector } from '../model/selectors';
import type { Requirement, Selector } from '../model/selectors';
import { isPodSourceKind, namespacesMatching, namespacesPhrase, nearestTemplate, templateOwnerName, unitTemplates } from '../model/serviceTargets';
import { describeUnit } from '../model/units';
import type { NearMiss } from '../model/serviceTargets';
import { networkPolicyOf, policyTemplates } from '../model/networkPolicy';
import type { YNode, YPair } from '../syntax/nodes';
import { asMap, get, pairOf } from '../syntax/nodes';
import { editDistance, plural } from '../strings';
import type { Range } from '../text';
import type { Fix } from '../diagnostics';
import type { FixContext, ResourceContext, ResourceRule } from './types';
import { describeUnknown } from './serviceSelectorNoMatch';
import { matchesWhereItMayBeApplied } from './_shared/policyNamespaces';
import { PODS } from '../model/signature';

export const networkPolicySelectorNoMatch: ResourceRule = {
  id: 'network-policy-selector-no-match',
  title: 'NetworkPolicy selects no pods',
  description: "No Pod or workload pod template in the policy's namespace carries the labels its `spec.podSelector` requires, so the policy isolates nothing and its rules protect nothing: a label typo here silently leaves the pods open. By the link policy it is reported when there is evidence: the policy's deployment unit defines pods in that namespace, or a pod template nearly matches (a likely typo, or every label but one matching while that one has another value); a selector that matches nothing anywhere in the workspace is `selector-unmatched` information, and one whose pods are only in another namespace is not reported (a kustomization may move either). An empty `podSelector: {}` selects every pod and is never reported.",
  remediation: 'Make the podSelector match the labels under `spec.template.metadata.labels` of the workloads to isolate, or fix the typo in the label.',
  severity: 'warning',
  category: 'links',
  kinds: ['NetworkPolicy'],
  scope: 'resource',
  reads: [PODS],
  check(ctx) {
    const r = ctx.resource;
    const policy = networkPolicyOf(r);
    if (!policy || !policy.podSelectorPair || policy.podSelector.empty || policy.podSelector.unreadable) return;
    if (policyTemplates(ctx.snapshot, policy).length > 0) return;
    reportNoMatch(ctx, {
      what: 'podSelector',
      selector: policy.podSelector,
      pair: policy.podSelectorPair,
      namespaces: r.namespaces,
      consequence: 'so the policy isolates no pod',
    }, { own: true });
  },
  fixes: selectorTypoFixes,
};

/** Replaces a mistyped matchLabels value with the value of the nearest pod template. */
export function selectorTypoFixes({ file, diagnostic }: FixContext): Fix[] {
  const s = diagnostic.data?.suggestion;
  const at = diagnostic.data?.valueRange as { start?: unknown; end?: unknown } | undefined;
  if (typeof s !== 'string' || typeof at?.start !== 'number' || typeof at.end !== 'number') return [];
  return [{ title: `Change '${diagnostic.data?.key}' to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: at.start, end: at.end, newText: s }] }];
}

export interface NoMatch {
  /** How the message names the selector, e.g. `podSelector` or `from[0].podSelector`. */
  what: string;
  selector: Selector;
  pair: YPair;
  namespaces: string[];
  consequence: string;
}

/**
 * Reports a pod selector that matches no template, under the link policy (docs/rules.md): a warning when there is
 * evidence that it is wrong (a likely typo of a template's labels, or pod templates in the referrer's deployment unit
 * and namespace that it misses), "cannot verify" when there is none but an unreadable document of the unit might hold
 * the pods. For the policy's own podSelector (`own`), a selector that matches nothing anywhere is reported as
 * information; pods of that selector in another namespace are no evidence there (a kustomization elsewhere may well
 * move them), only a reason to say nothing. `beforeUnit` reports more specific evidence (a peer's pods in another
 * namespace) ahead of the unit's. True when it reported.
 */
export function reportNoMatch(ctx: ResourceContext, m: NoMatch, options: { own?: boolean; beforeUnit?: () => boolean } = {}): boolean {
  const own = options.own ?? false;
  const r = ctx.resource;
  const sel = formatSelector(m.selector);
  const where = namespacesPhrase(m.namespaces);
  const keyRange = { start: m.pair.key.start, end: m.pair.key.end };
  if (matchesWhereItMayBeApplied(ctx.snapshot, r, m.selector)) return false;
  const near = nearestTemplate(ctx.snapshot, m.selector, m.namespaces, r.uri);
  const typo = near && (near.failing.every((q) => isTypo(near.actual.get(q), q.values[0])) || partialMatch(near, m.selector)) ? near : null;
  const unknown = ctx.snapshot.unknownSourcesFor(r.uri, m.namespaces, (k) => isPodSourceKind(ctx.snapshot, k), { selector: m.selector });
  const unitPods = typo ? [] : unitTemplates(ctx.snapshot, r.uri, m.namespaces);
  const elsewhere = !own || typo || unitPods.length > 0 ? [] : namespacesMatching(ctx.snapshot, m.selector, m.namespaces, r.uri);
  if (!typo && unknown.length > 0) {
    ctx.reportUnverifiable({
      ...keyRange,
      message: `cannot verify ${m.what} ${sel}: no pod template in ${where} matches it, but ${plural(unknown.length, 'document')} that might hold one could not be read (${describeUnknown(unknown[0])})`,
      related: unknown.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: Math.min(u.range.end, u.range.start + 1), message: describeUnknown(u) })),
    });
    return true;
  }
  if (!typo && unitPods.length === 0) {
    if (own && elsewhere.length === 0) {
      ctx.reportUnmatched({ ...keyRange, message: `${m.what} ${sel} matches no pod template anywhere in the workspace, and ${describeUnit(ctx.snapshot, r.uri)} defines no pods in ${where}: its pods must come from elsewhere (a Helm release, an operator, another repository)` });
    }
    return false;
  }
  const unread = unknown.length > 0 ? `; ${plural(unknown.length, 'document')} nearby could not be read (${describeUnknown(unknown[0])})` : '';
  if (!typo && options.beforeUnit?.()) return true;
  if (!typo) {
    const why = `, though ${describeUnit(ctx.snapshot, r.uri)} defines ${plural(unitPods.length, 'pod template')} there: ${unitPods.slice(0, 3).map(templateOwnerName).join(', ')}${unitPods.length > 3 ? ', …' : ''}`;
    ctx.report({ ...keyRange, message: `${m.what} ${sel} matches no pod template in ${where}, ${m.consequence}${why}${unread}`, data: { namespace: m.namespaces[0] } });
    return true;
  }
  // Every failing requirement is a likely typo here, so the nearest template has a value for each.
  const first = typo.failing[0];
  const actual = typo.actual.get(first) ?? '';
  const owner = templateOwnerName(typo.template);
  const message = `${m.what} ${sel} matches no pod template in ${where}, ${m.consequence}; nearest: pod template of ${owner} has ${first.key}=${actual}${unread}`;
  const range = requirementRange(first, m.pair.value) ?? keyRange;
  // A matchLabels value can be replaced by the template's; the fix needs where the value is written.
  const value = asMap(first.node) ? null : pairOf(get(m.pair.value, 'matchLabels'), first.key)?.value;
  const data: Record<string, unknown> = {
    namespace: m.namespaces[0],
    workload: typo.template.owner.id,
    key: first.key,
    suggestion: actual,
    ...(value ? { valueRange: { start: value.start, end: value.end } } : {}),
  };
  const labels = typo.template.labelsNode ?? typo.template.node;
  ctx.report({ ...range, message, data, related: [{ uri: typo.template.owner.uri, start: labels.start, end: labels.start + 1, message: `pod template of ${owner}` }] });
  return true;
}

/** The line of a requirement: `key: value` of matchLabels, or the `key: …` line of a matchExpressions item. */
function requirementRange(req: Requirement, selectorNode: YNode | null): Range | null {
  const expr = asMap(req.node);
  const place = expr ? pairOf(expr, 'key') : pairOf(get(selectorNode, 'matchLabels'), req.key);
  return place ? { start: place.start, end: place.end } : null;
}

/**
 * A selector that a template satisfies in all but one equality requirement, whose key the template has with another
 * value (`app: frontend, tier: frontend` against `app: frontend, tier: web`): the one value is wrong, typo or not.
 */
function partialMatch(near: NearMiss, selector: Selector): boolean {
  if (near.failing.length !== 1 || selector.requirements.length < 2) return false;
  const q = near.failing[0];
  return q.operator === 'In' && near.actual.get(q) !== undefined;
}

/** A label value one small slip away from the wanted one (`cart` for `carts`); `web` and `db` are different apps. */
function isTypo(actual: string | undefined, wanted: string | undefined): boolean {
  if (actual === undefined || wanted === undefined) return false;
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  return editDistance(actual, wanted, allowed + 1) <= allowed;
}
