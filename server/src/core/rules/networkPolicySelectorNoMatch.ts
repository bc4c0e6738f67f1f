import { formatSelector } from '../model/selectors';
import type { Requirement, Selector } from '../model/selectors';
import { isPodSourceKind, namespacesPhrase, nearestTemplate, templateOwnerName } from '../model/serviceTargets';
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
  description: "No Pod or workload pod template in the policy's namespace carries the labels its `spec.podSelector` requires, so the policy isolates nothing and its rules protect nothing: a label typo here silently leaves the pods open. It is reported when a pod template of the namespace nearly matches: a likely typo, or every label but one matching while that one has another value; a selector that resembles nothing in the workspace may target pods defined elsewhere and is not reported. An empty `podSelector: {}` selects every pod and is never reported.",
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
    });
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
 * Reports a pod selector that matches no template but nearly matches one (a likely typo): as unverifiable when an
 * unreadable document nearby might hold the pods, else as a warning on the entry where the nearest template differs.
 * True when it reported.
 */
export function reportNoMatch(ctx: ResourceContext, m: NoMatch): boolean {
  const r = ctx.resource;
  const sel = formatSelector(m.selector);
  const where = namespacesPhrase(m.namespaces);
  const keyRange = { start: m.pair.key.start, end: m.pair.key.end };
  if (matchesWhereItMayBeApplied(ctx.snapshot, r, m.selector)) return false;
  // Without a likely typo the pods are most likely just not in the workspace: the policy may target pods made by
  // `kubectl run`, a chart or another repository. A different app in the same folder is no evidence either.
  const near = nearestTemplate(ctx.snapshot, m.selector, m.namespaces, r.uri);
  if (!near || !(near.failing.every((q) => isTypo(near.actual.get(q), q.values[0])) || partialMatch(near, m.selector))) return false;
  const unknown = ctx.snapshot.unknownSourcesFor(r.uri, m.namespaces, (k) => isPodSourceKind(ctx.snapshot, k), { selector: m.selector });
  if (unknown.length > 0) {
    ctx.reportUnverifiable({
      ...keyRange,
      message: `cannot verify ${m.what} ${sel}: no pod template in ${where} matches it, but ${plural(unknown.length, 'document')} that might hold one could not be read (${describeUnknown(unknown[0])})`,
      related: unknown.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: Math.min(u.range.end, u.range.start + 1), message: describeUnknown(u) })),
    });
    return true;
  }
  // Every failing requirement is a likely typo here, so the nearest template has a value for each.
  const first = near.failing[0];
  const actual = near.actual.get(first) ?? '';
  const owner = templateOwnerName(near.template);
  const message = `${m.what} ${sel} matches no pod template in ${where}, ${m.consequence}; nearest: pod template of ${owner} has ${first.key}=${actual}`;
  const range = requirementRange(first, m.pair.value) ?? keyRange;
  // A matchLabels value can be replaced by the template's; the fix needs where the value is written.
  const value = asMap(first.node) ? null : pairOf(get(m.pair.value, 'matchLabels'), first.key)?.value;
  const data: Record<string, unknown> = {
    namespace: m.namespaces[0],
    workload: near.template.owner.id,
    key: first.key,
    suggestion: actual,
    ...(value ? { valueRange: { start: value.start, end: value.end } } : {}),
  };
  const labels = near.template.labelsNode ?? near.template.node;
  ctx.report({ ...range, message, data, related: [{ uri: near.template.owner.uri, start: labels.start, end: labels.start + 1, message: `pod template of ${owner}` }] });
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
