import { resolveTargetPort, templateOwnerName } from '../model/serviceTargets';
import { mayBeSelected, servedPortNames } from './_shared/templateLiterals';
import { didYouMean } from '../strings';
import type { ResourceRule } from './types';
import { isIanaSvcName } from '../k8s/names';
import { goValue } from '../k8s/goyaml';
import { PODS } from '../model/signature';
import { templatesNamed } from './_shared/templateNames';
import type { Diagnostic, Fix } from '../diagnostics';
import type { Snapshot } from '../model/snapshot';
import { portNameFixes, servingPorts } from './_shared/portNameFixes';

export const targetPortNameUnresolved: ResourceRule = {
  id: 'target-port-name-unresolved',
  title: 'Named targetPort not declared by the selected pods',
  description: 'A Service port sends traffic to a named `targetPort`, but no pod template the Service selects has a container port with that name. Kubernetes leaves such pods out of the endpoints, so the traffic never reaches them.',
  remediation: 'Name the container port (`ports[].name`) the way the Service expects, or change `targetPort` to a name or number the container declares.',
  severity: 'warning',
  category: 'links',
  kinds: ['Service'],
  scope: 'resource',
  reads: [PODS],
  templates: 'literal',
  check(ctx) {
    const svc = ctx.snapshot.service(ctx.resource);
    const templates = svc && mayBeSelected(ctx.snapshot, svc);
    if (!svc || !templates?.length) return;
    // What each template declares: null for a Helm template whose actions may add ports or name them.
    const served = templates.map((t) => servedPortNames(ctx.snapshot, t));
    if (served.some((names) => names === null)) return;
    for (const sp of svc.ports) {
      const name = sp.targetPort;
      // An invalid port name (a quoted number, upper case, a boolean such as `yes`) is the API-validation rules' business.
      if (typeof name !== 'string' || !isIanaSvcName(name) || !sp.targetPortNode || goValue(sp.targetPortNode)?.type !== 'string') continue;
      // Templates found in several places (copies of an example, overlays) need not agree: one that declares the
      // name is enough, since any of them may be the one deployed with this Service.
      if (templates.some((t) => resolveTargetPort(t, sp).length > 0)) continue;
      const patched = templates.flatMap((t) => ctx.snapshot.patchesFor(t.owner));
      if (patched.length > 0) {
        ctx.reportUnverifiable({
          start: sp.targetPortNode.start,
          end: sp.targetPortNode.end,
          message: `cannot verify targetPort '${name}': no selected pod template declares it, but a patch (${patched[0].uri.slice(patched[0].uri.lastIndexOf('/') + 1)}) modifies ${templateOwnerName(templates[0])} and may add it`,
          related: patched.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: u.range.start + 1, message: 'patch' })),
        });
        continue;
      }
      const declared = new Set(served.flatMap((names) => [...(names ?? [])]));
      const suggestion = didYouMean(name, declared);
      const pods = templatesNamed(templates);
      const where =
        templates.length === 1
          ? `: pod template of ${pods.text} has no container port named '${name}'`
          : `: none of the selected pod templates (${pods.text}) has a container port named '${name}'`;
      const names = declared.size ? `; declared names: ${[...declared].sort().join(', ')}` : '; no named container ports are declared';
      ctx.report({
        start: sp.targetPortNode.start,
        end: sp.targetPortNode.end,
        message: `targetPort '${name}' does not resolve${where}${names}${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        data: { name, ...(suggestion ? { suggestion } : {}), templates: templates.map((t) => t.owner.id) },
        related: templates.length > 1 ? pods.related : undefined,
      });
    }
  },
  fixes({ snapshot, file, diagnostic }) {
    const s = diagnostic.data?.suggestion;
    const typo: Fix[] = typeof s === 'string' ? [{ title: `Change targetPort to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: s }] }] : [];
    // The only port's name may be the suggestion already: offered once.
    return [...typo, ...onlyPortFixes(snapshot, file.uri, diagnostic).filter((f) => f.edits[0].newText !== s)];
  },
};

/** Use the name of the only port the selected pods declare, or name the port that has the Service port's number. */
function onlyPortFixes(snapshot: Snapshot, uri: string, diagnostic: Diagnostic): Fix[] {
  const r = snapshot.documents(uri).flatMap((d) => d.resources).find((x) => diagnostic.start >= x.node.start && diagnostic.start <= x.node.end);
  const svc = r ? snapshot.service(r) : null;
  const sp = svc?.ports.find((p) => p.targetPortNode?.start === diagnostic.start);
  const templates = svc && mayBeSelected(snapshot, svc);
  if (!sp || typeof sp.targetPort !== 'string' || !templates) return [];
  return portNameFixes(snapshot, { uri, start: diagnostic.start, end: diagnostic.end, name: sp.targetPort, what: 'targetPort' }, servingPorts(templates), sp.port);
}
