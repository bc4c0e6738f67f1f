import type { Fix } from '../diagnostics';
import type { ServicePort, ServiceView } from '../model/service';
import { isDns1123Label } from '../k8s/names';
import { asSeq, get } from '../syntax/nodes';
import { seqItemDeletionRange } from './_shared/fieldChecks';
import type { FixContext, ResourceRule } from './types';

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
        else ctx.report({ start: sp.portNode.start, end: sp.portNode.end, message: `port ${key} is already listed (ports[${first}]); each port and protocol may appear once`, data: { kind: 'port', first, index: sp.index } });
      }
      if (sp.name && sp.nameNode) {
        const first = byName.get(sp.name);
        if (first === undefined) byName.set(sp.name, sp.index);
        else ctx.report({ start: sp.nameNode.start, end: sp.nameNode.end, message: `port name '${sp.name}' is already used by ports[${first}]; port names must be unique`, data: { kind: 'name', first, index: sp.index } });
      }
    }
  },
  fixes: duplicateFixes,
};

/** Remove the repeated entry, or give it the next free port number (a repeated port) or name (a repeated name). */
function duplicateFixes({ snapshot, file, diagnostic }: FixContext): Fix[] {
  const { kind, index } = diagnostic.data ?? {};
  const r = snapshot.documents(file.uri).flatMap((d) => d.resources).find((x) => diagnostic.start >= x.node.start && diagnostic.start <= x.node.end);
  const svc = r ? snapshot.service(r) : null;
  const sp = svc?.ports.find((p) => p.index === index);
  const seq = asSeq(get(r?.node ?? null, 'spec', 'ports'));
  if (!svc || !sp || !seq) return [];
  const out: Fix[] = [];
  const range = seqItemDeletionRange(file.text, seq, seq.items[sp.index]);
  if (range) out.push({ title: `Remove ports[${sp.index}]`, edits: [{ uri: file.uri, ...range, newText: '' }] });
  const renamed = kind === 'port' ? freePort(svc, sp) : freeName(svc, sp);
  if (renamed !== null) out.push({ title: kind === 'port' ? `Change the port to ${renamed}` : `Rename the port '${renamed}'`, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: String(renamed) }] });
  return out;
}

function freePort(svc: ServiceView, sp: ServicePort): number | null {
  const taken = new Set(svc.ports.filter((p) => p.protocol === sp.protocol).map((p) => p.port));
  for (let n = (sp.port ?? 0) + 1; n <= 65535; n++) if (!taken.has(n)) return n;
  return null;
}

function freeName(svc: ServiceView, sp: ServicePort): string | null {
  const taken = new Set(svc.ports.map((p) => p.name));
  for (let i = 2; i < 10; i++) {
    const name = `${sp.name}-${i}`;
    if (!taken.has(name) && isDns1123Label(name)) return name;
  }
  return null;
}
