import { formatSelector } from '../model/selectors';
import { isPodSourceKind, namespacesMatching, namespacesPhrase, nearestTemplate, selectedTemplates, templateOwnerName, unitTemplates } from '../model/serviceTargets';
import { describeUnit } from '../model/units';
import type { Snapshot, UnknownSource } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { refName } from '../model/resource';
import type { YNode } from '../syntax/nodes';
import { asMap, get, getPair, keyText, str } from '../syntax/nodes';
import { plural } from '../strings';
import type { ResourceRule } from './types';
import { addLabelsFix, didYouMeanFix } from './selectorFixes';
import { PODS } from '../model/signature';

export const serviceSelectorNoMatch: ResourceRule = {
  id: 'service-selector-no-match',
  title: 'Service selects no pods',
  description: "No Pod or workload pod template in the Service's namespace carries all the labels of its selector, so the Service has no endpoints and every connection to it fails. Only pod *template* labels count, never a Deployment's own `metadata.labels`. By the link policy it is a warning when there is evidence: the Service's deployment unit defines pods in that namespace, a pod template nearly matches (a likely typo), a workload carries the labels in its own `metadata.labels`, or the selector's pods are in another namespace; without evidence, a selector that matches nothing anywhere is `selector-unmatched` information.",
  remediation: 'Make the selector equal to the labels under `spec.template.metadata.labels` of the workload that should serve the traffic, or fix the typo in the label.',
  severity: 'warning',
  category: 'links',
  kinds: ['Service'],
  scope: 'resource',
  reads: ['TrafficSplit', PODS],
  check(ctx) {
    const r = ctx.resource;
    const svc = ctx.snapshot.service(r);
    // As deployed, the selector is the one a kustomization builds (with its commonLabels), when one builds the Service.
    const built = svc?.variantSelectors[0];
    const selector = built?.selector ?? svc?.selector;
    if (!svc || !selector || svc.type === 'ExternalName') return;
    if (selectedTemplates(ctx.snapshot, svc).length > 0 || isTrafficSplitApex(ctx.snapshot, r)) return;
    const where = namespacesPhrase(r.namespaces);
    const sel = formatSelector(selector) + (built ? ` (as built by kustomization ${built.via})` : '');
    const selectorKey = (getPair(r.node, 'spec', 'selector') ?? getPair(r.node, 'spec') ?? getPair(r.node, 'kind'))!.key;
    const unknown = ctx.snapshot.unknownSourcesFor(r.uri, r.namespaces, (k) => isPodSourceKind(ctx.snapshot, k), { selector });
    // A selector that equals a workload's own labels is the classic mix-up of metadata.labels and template labels.
    const ownLabelMatch = ctx.snapshot.templates.find(
      (t) => t.workload.templatePath.length > 0 && r.namespaces.some((n) => t.owner.namespaces.includes(n)) && selector.requirements.every((q) => t.owner.labels.some((l) => l.key === q.key && q.values.includes(l.value))),
    );
    const nearest = ownLabelMatch ? null : nearestTemplate(ctx.snapshot, selector, r.namespaces, r.uri);
    // The link policy (docs/rules.md): a likely typo is evidence anywhere; so are pods of this selector in another
    // namespace, and pods in the Service's own deployment unit that it misses. Without evidence the pods are most
    // likely created elsewhere (a chart, an operator, another repository).
    const typo = nearest?.plausible ? nearest : null;
    const evident = !!ownLabelMatch || !!typo;
    if (!evident && unknown.length > 0) {
      ctx.reportUnverifiable({
        start: selectorKey.start,
        end: selectorKey.end,
        message: `cannot verify selector ${sel}: no pod template in ${where} matches it, but ${plural(unknown.length, 'document')} that might hold one could not be read (${describeUnknown(unknown[0])})`,
        related: unknown.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: Math.min(u.range.end, u.range.start + 1), message: describeUnknown(u) })),
      });
      return;
    }
    const unitPods = evident ? [] : unitTemplates(ctx.snapshot, r.uri, r.namespaces);
    const elsewhere = evident || unitPods.length > 0 ? [] : namespacesMatching(ctx.snapshot, selector, r.namespaces, r.uri);
    if (!evident && unitPods.length === 0 && elsewhere.length === 0) {
      ctx.reportUnmatched({
        start: selectorKey.start,
        end: selectorKey.end,
        message: `selector ${sel} matches no pod template anywhere in the workspace, and ${describeUnit(ctx.snapshot, r.uri)} defines no pods in ${where}: its pods must come from elsewhere (a Helm release, an operator, another repository)`,
      });
      return;
    }
    const near = typo ?? (unitPods.length > 0 && nearest && unitPods.includes(nearest.template) ? nearest : null);
    let message = `selector ${sel} matches no pod template in ${where}`;
    let range = { start: selectorKey.start, end: selectorKey.end };
    const data: Record<string, unknown> = { namespace: r.namespaces[0] };
    if (ownLabelMatch) {
      message += `; ${refName(ownLabelMatch.owner)} has these labels in its own metadata.labels, but a Service selects pod template labels (spec.template.metadata.labels)`;
      data.workload = ownLabelMatch.owner.id;
    } else if (near) {
      const first = near.failing[0];
      const actual = near.actual.get(first);
      const owner = templateOwnerName(near.template);
      if (!typo) message += `, though ${describeUnit(ctx.snapshot, r.uri)} defines ${plural(unitPods.length, 'pod template')} there`;
      message += actual === undefined ? `; nearest: pod template of ${owner} has no label '${first.key}'` : `; nearest: pod template of ${owner} has ${first.key}=${actual}`;
      range = entryRange(svc.selectorNode, first.key) ?? range;
      data.workload = near.template.owner.id;
      data.key = first.key;
      if (actual !== undefined) data.suggestion = actual;
      data.missing = near.failing.map((q) => ({ key: q.key, value: q.values[0] ?? '' }));
    } else if (unitPods.length > 0) {
      message += `, though ${describeUnit(ctx.snapshot, r.uri)} defines ${plural(unitPods.length, 'pod template')} there: ${unitPods.slice(0, 3).map(templateOwnerName).join(', ')}${unitPods.length > 3 ? ', …' : ''}`;
    } else {
      message += `; it selects pods only in ${namespacesPhrase(elsewhere)}`;
    }
    if (unknown.length > 0) message += `; ${plural(unknown.length, 'document')} nearby could not be read (${describeUnknown(unknown[0])})`;
    const hint = near ?? (ownLabelMatch ? { template: ownLabelMatch } : null);
    ctx.report({
      ...range,
      message,
      data,
      ...(hint ? { related: [{ uri: hint.template.owner.uri, start: (hint.template.labelsNode ?? hint.template.node).start, end: (hint.template.labelsNode ?? hint.template.node).start + 1, message: `pod template of ${templateOwnerName(hint.template)}` }] } : {}),
    });
  },
  fixes(ctx) {
    return [...didYouMeanFix(ctx), ...addLabelsFix(ctx)];
  },
};

/**
 * The apex Service of an SMI TrafficSplit needs no pods of its own: the mesh sends its traffic to the backends.
 */
function isTrafficSplitApex(snapshot: Snapshot, svc: Resource): boolean {
  return snapshot.ofKind('TrafficSplit').some((ts) => ts.group === 'split.smi-spec.io' && str(get(ts.node, 'spec', 'service')) === svc.name && ts.namespaces.some((n) => svc.namespaces.includes(n)));
}

export function describeUnknown(u: UnknownSource): string {
  const reasons: Record<UnknownSource['reason'], string> = {
    helm: 'a Helm template',
    merged: "two objects without a '---' between them",
    syntax: 'a YAML syntax error',
    patch: 'a kustomize patch',
    remote: 'a remote kustomize base',
  };
  return reasons[u.reason];
}

/** The range of the selector entry with this key, covering `key: value`. */
function entryRange(node: YNode | null, key: string): { start: number; end: number } | null {
  const p = asMap(node)?.items.find((i) => keyText(i) === key);
  return p ? { start: p.start, end: p.end } : null;
}
