import { resolveTargetPort, selectedTemplates, servingContainers } from '../model/serviceTargets';
import { replacement, replacementFixes } from './_shared/fieldChecks';
import { templatesNamed } from './_shared/templateNames';
import type { ResourceRule } from './types';
import { PODS } from '../model/signature';

export const targetPortNumberUndeclared: ResourceRule = {
  id: 'target-port-number-undeclared',
  title: 'Numeric targetPort not declared by the selected pods',
  description: 'A Service port targets a port number that no container of the selected pod templates declares, while those containers do declare other ports. Kubernetes does not require the declaration, so this is only advice, but it often means the Service and the container disagree about the port.',
  remediation: 'Check which port the application listens on. Declare it under `ports` of the container, or point `targetPort` at the declared port.',
  severity: 'information',
  category: 'advice',
  kinds: ['Service'],
  scope: 'resource',
  reads: [PODS],
  check(ctx) {
    const svc = ctx.snapshot.service(ctx.resource);
    if (!svc) return;
    // Only templates that declare ports at all say anything; many images listen without declaring.
    const templates = selectedTemplates(ctx.snapshot, svc).filter((t) => !t.owner.templated && servingContainers(t).some((c) => c.ports.length > 0));
    if (templates.length === 0) return;
    for (const sp of svc.ports) {
      const target = sp.targetPort ?? sp.port;
      if (typeof target !== 'number') continue;
      const node = sp.targetPortNode ?? sp.portNode;
      if (!node) continue;
      const missing = templates.filter((t) => resolveTargetPort(t, sp).length === 0);
      if (missing.length < templates.length) continue;
      const declared = [...new Set(missing.flatMap((t) => servingContainers(t).flatMap((c) => c.ports.filter((p) => p.containerPort !== null).map((p) => `${p.containerPort}/${p.protocol}`))))].sort();
      const implicit = sp.targetPortNode ? '' : ' (targetPort defaults to port)';
      const pods = templatesNamed(templates);
      const which = templates.length === 1 ? `the selected pod template (${pods.text})` : templates.length <= 3 ? `the selected pod templates ${pods.text}` : `the ${pods.text} selected`;
      // One port declared, of this protocol, written as a targetPort number: that is the port meant.
      const only = declared.length === 1 && sp.targetPortNode && declared[0].endsWith(`/${sp.protocol}`) ? Number(declared[0].split('/')[0]) : null;
      ctx.report({
        start: node.start,
        end: node.end,
        message: `no container of ${which} declares port ${target}/${sp.protocol}${implicit}; declared: ${declared.join(', ')}`,
        data: { port: target, protocol: sp.protocol, ...(only !== null ? replacement(String(only), `Change targetPort to ${only}, the only port declared`) : {}) },
        related: templates.length > 1 ? pods.related : undefined,
      });
    }
  },
  fixes: replacementFixes,
};
