import { governingServiceNode, governingServices, isStatefulSet } from '../model/statefulSet';
import type { ResourceRule } from './types';

export const statefulSetServiceNotHeadless: ResourceRule = {
  id: 'statefulset-service-not-headless',
  title: "StatefulSet's governing Service is not headless",
  description: "The Service a StatefulSet's `serviceName` names has a cluster IP. Per-pod DNS names (`<pod>.<service>.<namespace>.svc`) exist only for a headless Service (`clusterIP: None`); a normal Service load-balances and its name resolves to the cluster IP only.",
  remediation: 'Set `clusterIP: None` on the governing Service (keep a separate normal Service for load-balanced clients if needed), or point `serviceName` at a headless one.',
  severity: 'information',
  category: 'advice',
  kinds: ['StatefulSet'],
  scope: 'resource',
  reads: ['Service'],
  check(ctx) {
    const r = ctx.resource;
    const node = governingServiceNode(r);
    if (!isStatefulSet(r) || !node) return;
    const views = governingServices(ctx.snapshot, r, String(node.value)).map((s) => ctx.snapshot.service(s));
    if (views.length === 0 || views.some((v) => !v || v.headless || v.resource.templated || v.type === 'ExternalName')) return;
    const clusterIP = views[0]!.clusterIP;
    ctx.report({
      start: node.start,
      end: node.end,
      message: `Service '${String(node.value)}' is not headless (${clusterIP ? `clusterIP: ${clusterIP}` : `type ${views[0]!.type}, with a cluster IP`}); per-pod DNS names (<pod>.${String(node.value)}) need clusterIP: None`,
      data: { service: String(node.value) },
    });
  },
};
