import { endpointsView, hasManualEndpoints, servicesOfEndpoints } from '../model/endpoints';
import type { ServiceView } from '../model/service';
import { getPair } from '../syntax/nodes';
import { didYouMean } from '../strings';
import type { ResourceRule } from './types';

export const endpointsPortNameMismatch: ResourceRule = {
  id: 'endpoints-port-name-mismatch',
  title: "Endpoint port name matches no port of its Service",
  description: "A selector-less Service sends the traffic of each of its ports to the endpoint port of the same name (an unnamed Service port to an unnamed endpoint port). An Endpoints or EndpointSlice port whose name no Service port has receives nothing, and the Service port it was meant for has nowhere to send its traffic.",
  remediation: "Name the endpoint port exactly like the Service port (`ports[].name`), or leave both unnamed for a single-port Service.",
  severity: 'warning',
  category: 'links',
  kinds: ['Endpoints', 'EndpointSlice'],
  scope: 'resource',
  reads: ['Service'],
  check(ctx) {
    const v = endpointsView(ctx.resource);
    if (!v) return;
    const services = servicesOfEndpoints(ctx.snapshot, v);
    const views = services.map((s) => ctx.snapshot.service(s)).filter((s): s is ServiceView => s !== null && !s.resource.templated);
    // A Service with a selector has its endpoints written by the control plane; a hand-written object is replaced.
    if (views.length === 0 || views.length < services.length || !views.every(hasManualEndpoints)) return;
    const names = new Set(views.flatMap((s) => s.ports.map((sp) => sp.name ?? '')));
    for (const p of v.ports) {
      if (names.has(p.name)) continue;
      const node = p.nameNode ?? getPair(p.node, 'port')?.key ?? p.node;
      const listed = [...names].map((n) => (n === '' ? '(unnamed)' : `'${n}'`)).join(', ');
      const suggestion = p.name === '' ? null : didYouMean(p.name, [...names].filter(Boolean));
      ctx.report({
        start: node.start,
        end: node.end,
        message: `${p.name === '' ? 'unnamed endpoint port' : `endpoint port '${p.name}'`} matches no port of Service '${v.serviceName}' (its ports: ${listed || 'none'}); a Service port sends traffic only to the endpoint port of the same name${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        data: { name: p.name, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
  fixes({ file, diagnostic }) {
    const s = diagnostic.data?.suggestion;
    if (typeof s !== 'string') return [];
    return [{ title: `Rename the endpoint port to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: s }] }];
  },
};
