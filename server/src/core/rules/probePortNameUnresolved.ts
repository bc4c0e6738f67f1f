import { probePorts, resolveProbePort } from '../model/probes';
import { isIanaSvcName } from '../k8s/names';
import { didYouMean } from '../strings';
import { basename } from '../paths';
import { refName, writtenName } from '../model/resource';
import type { Container } from '../model/workloads';
import type { ResourceRule } from './types';
import { containerPortNames } from './_shared/templateLiterals';
import { portNameFixes } from './_shared/portNameFixes';

export const probePortNameUnresolved: ResourceRule = {
  id: 'probe-port-name-unresolved',
  title: "Probe port name not declared by its container",
  description: "A liveness, readiness or startup probe (or a postStart/preStop hook) names its port, but the probe's own container declares no port with that name. The kubelet resolves the name among that container's ports only, so the probe fails every time: a liveness probe restarts the container forever, a readiness probe keeps the pod out of every Service.",
  remediation: 'Name the port under the same container\'s `ports` (`name: <port name>`), or use the port number.',
  severity: 'warning',
  category: 'links',
  kinds: ['*'],
  scope: 'resource',
  templates: 'literal',
  check(ctx) {
    const t = ctx.snapshot.templateOf(ctx.resource);
    if (!t) return;
    for (const p of probePorts(t)) {
      // An invalid name (a quoted number, upper case) is the API-validation rules' business.
      if (typeof p.port !== 'string' || !isIanaSvcName(p.port) || resolveProbePort(p).length > 0) continue;
      // In a Helm template, actions may add ports to the container or name them.
      if (t.owner.templated && !containerPortNames(ctx.file.text, p.container)) continue;
      const patched = ctx.snapshot.patchesFor(ctx.resource);
      if (patched.length > 0) {
        ctx.reportUnverifiable({
          start: p.node.start,
          end: p.node.end,
          message: `cannot verify ${p.path}.port '${p.port}': ${named(p.container)} does not declare it, but a patch (${basename(patched[0].uri)}) modifies ${refName(ctx.resource)} and may add it`,
          related: patched.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: u.range.start + 1, message: 'patch' })),
        });
        continue;
      }
      const names = p.container.ports.map((cp) => cp.name).filter((n): n is string => !!n);
      const suggestion = didYouMean(p.port, names);
      const elsewhere = t.containers.find((c) => c !== p.container && c.ports.some((cp) => cp.name === p.port));
      const container = named(p.container);
      ctx.report({
        start: p.node.start,
        end: p.node.end,
        message:
          `${p.path}.port '${p.port}' is not a port name of ${container}` +
          (names.length ? `; it declares ${names.map((n) => `'${n}'`).join(', ')}` : '; it declares no named ports') +
          (elsewhere ? `; ${named(elsewhere)} declares it, but a probe only sees its own container's ports` : '') +
          (suggestion ? `; did you mean '${suggestion}'?` : ''),
        data: { name: p.port, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
  fixes({ snapshot, file, diagnostic }) {
    const s = diagnostic.data?.suggestion;
    if (typeof s === 'string') return [{ title: `Change the probe port to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: s }] }];
    const r = snapshot.documents(file.uri).flatMap((d) => d.resources).find((x) => diagnostic.start >= x.node.start && diagnostic.start <= x.node.end);
    const t = r && snapshot.templateOf(r);
    const p = t && probePorts(t).find((q) => q.node.start === diagnostic.start);
    if (!p || typeof p.port !== 'string') return [];
    // The kubelet looks the name up in the probe's own container: only its ports are candidates.
    const own = p.container.ports.map((port) => ({ template: p.template, container: p.container, port }));
    return portNameFixes(snapshot, { uri: file.uri, start: diagnostic.start, end: diagnostic.end, name: p.port, what: 'the probe port' }, own, null);
  },
};

/** "container 'web'", with a name that holds template actions shown as written. */
function named(c: Container): string {
  return `container '${writtenName(c.nameNode, c.name) ?? '?'}'`;
}
