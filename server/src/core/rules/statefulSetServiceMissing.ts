import { governingServiceNode, governingServices, isStatefulSet } from '../model/statefulSet';
import { isNearby, nearbyServiceNames } from '../model/serviceRef';
import { formatSelector } from '../model/selectors';
import type { ServiceView } from '../model/service';
import { selectedTemplates } from '../model/serviceTargets';
import { didYouMean, plural } from '../strings';
import { describeUnknown } from './serviceSelectorNoMatch';
import type { ResourceRule } from './types';
import { unitServices } from '../model/units';
import { PODS } from '../model/signature';

export const statefulSetServiceMissing: ResourceRule = {
  id: 'statefulset-service-missing',
  title: "StatefulSet's serviceName names no Service that selects its pods",
  description: "A StatefulSet's `serviceName` names its governing Service, which gives every pod a stable DNS name (`<pod>.<serviceName>.<namespace>.svc`). When no Service of that name exists in the namespace, or it does not select the StatefulSet's pods, those names do not resolve and peers that find each other through them (databases, brokers, consensus stores) cannot form a cluster. By the link policy a missing Service is reported when the StatefulSet's deployment unit defines Services in that namespace, when `serviceName` looks like a typo of a nearby Service, or when a Service of that name is in another namespace; when the pods declare no ports (clients nobody addresses by name), only a typo is.",
  remediation: 'Create a headless Service (`clusterIP: None`) with that name whose selector matches `spec.template.metadata.labels`, or correct `serviceName`.',
  severity: 'warning',
  category: 'links',
  kinds: ['StatefulSet'],
  scope: 'resource',
  reads: ['Service', PODS],
  check(ctx) {
    const r = ctx.resource;
    const node = governingServiceNode(r);
    if (!isStatefulSet(r) || !node) return;
    const name = String(node.value);
    const services = governingServices(ctx.snapshot, r, name);
    const where = r.namespaces.length === 1 ? `namespace '${r.namespaces[0]}'` : `namespaces ${r.namespaces.map((n) => `'${n}'`).join(', ')}`;
    if (services.length === 0) {
      const unknown = ctx.snapshot.unknownSourcesFor(r.uri, r.namespaces, (k) => k === 'Service', { name });
      if (unknown.length > 0) {
        ctx.reportUnverifiable({
          start: node.start,
          end: node.end,
          message: `cannot verify serviceName '${name}': no Service of that name in ${where}, but ${plural(unknown.length, 'document')} that might define it could not be read (${describeUnknown(unknown[0])})`,
        });
        return;
      }
      const suggestion = didYouMean(name, nearbyServiceNames(ctx.snapshot, r.namespaces, r.uri));
      // The link policy: a missing Service is a mistake when the StatefulSet's unit defines Services there, or the
      // name is a likely typo. Pods that declare no ports are usually clients that nobody addresses by name; their
      // serviceName is a placeholder (older API versions required one), and only a typo is worth a warning then.
      const serving = ctx.snapshot.templateOf(r)?.containers.some((c) => c.ports.length > 0) ?? false;
      // A Service of that very name nearby, in another namespace, is the classic namespace mix-up.
      const elsewhere = ctx.snapshot.ofKind('Service').find((s) => s.name === name && s.group === '' && isNearby(r.uri, s.uri));
      if (!suggestion && !elsewhere && !(serving && unitServices(ctx.snapshot, r.uri, r.namespaces).length > 0)) return;
      const hint = elsewhere ? `; a Service '${name}' exists in namespace '${elsewhere.namespaces[0]}', but the governing Service must be in the StatefulSet's own` : '';
      ctx.report({
        start: node.start,
        end: node.end,
        message: `serviceName '${name}' names no Service in ${where}, so the pods get no stable DNS names (<pod>.${name}); create a headless Service '${name}'${suggestion ? `, or did you mean '${suggestion}'?` : ''}${hint}`,
        data: { service: name, ...(suggestion ? { suggestion } : {}) },
      });
      return;
    }
    const t = ctx.snapshot.templateOf(r);
    const views = services.map((s) => ctx.snapshot.service(s)).filter((v): v is ServiceView => v !== null && !v.resource.templated);
    // A selector-less Service is managed by hand or by a controller; which pods it covers is unknown.
    if (!t || views.length < services.length || views.some((v) => !v.selector)) return;
    if (views.some((v) => selectedTemplates(ctx.snapshot, v).includes(t))) return;
    ctx.report({
      start: node.start,
      end: node.end,
      message: `Service '${name}' does not select the pods of statefulset/${r.name ?? '?'}: its selector ${formatSelector(views[0].selector!)} does not match the pod template labels, so the pods get no stable DNS names`,
      data: { service: name },
      related: [{ uri: views[0].resource.uri, start: views[0].selectorNode?.start ?? 0, end: views[0].selectorNode?.end ?? 0, message: `selector of Service '${name}'` }],
    });
  },
  fixes({ file, diagnostic }) {
    const s = diagnostic.data?.suggestion;
    if (typeof s !== 'string') return [];
    return [{ title: `Change serviceName to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: s }] }];
  },
};
