import type { ResourceRule } from './types';

export const servicePortDuplicate: ResourceRule = {
  id: 'service-port-duplicate',
  title: 'Duplicate Service port',
  description: 'A Service lists the same port and protocol twice, or two ports with the same name. The API server rejects it ("Duplicate value").',
  remediation: 'Remove the duplicate entry, or give it another port number or name.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['Service'],
  scope: 'resource',
  check(ctx) {
    const svc = ctx.snapshot.service(ctx.resource);
    if (!svc) return;
    const byPort = new Map<string, number>();
    const byName = new Map<string, number>();
    for (const sp of svc.ports) {
      if (sp.port !== null && sp.portNode) {
        const key = `${sp.port}/${sp.protocol}`;
        const first = byPort.get(key);
        if (first === undefined) byPort.set(key, sp.index);
        else ctx.report({ start: sp.portNode.start, end: sp.portNode.end, message: `port ${key} is already listed (ports[${first}]); each port and protocol may appear once`, data: { kind: 'port', first } });
      }
      if (sp.name && sp.nameNode) {
        const first = byName.get(sp.name);
        if (first === undefined) byName.set(sp.name, sp.index);
        else ctx.report({ start: sp.nameNode.start, end: sp.nameNode.end, message: `port name '${sp.name}' is already used by ports[${first}]; port names must be unique`, data: { kind: 'name', first } });
      }
    }
  },
};
