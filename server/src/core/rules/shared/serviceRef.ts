/**
 * The check shared by every rule whose objects route traffic to a Service by name and port (Ingress backends, Gateway
 * API backendRefs): the Service must exist in the namespace, and expose the port. Missing pieces that an unreadable
 * document or a patch might supply are reported as unverifiable instead.
 */
import type { Fix } from '../../diagnostics';
import type { ServiceRef } from '../../model/serviceRef';
import { describeServicePorts, isNearby, nearbyServiceNames, referencedServices, servicePortsMatching } from '../../model/serviceRef';
import type { ServiceView } from '../../model/service';
import type { Resource } from '../../model/resource';
import { isIanaSvcName } from '../../k8s/names';
import { didYouMean, plural } from '../../strings';
import { describeUnknown } from '../serviceSelectorNoMatch';
import { describeUnit, unitServices } from '../../model/units';
import type { FixContext, ResourceContext } from '../types';

/** Checks the references of one object (Ingress backends, route backendRefs) under the link policy. */
export function checkServiceRefs(ctx: ResourceContext, refs: ServiceRef[]): void {
  for (const ref of refs) {
    checkServiceRef(ctx, ref, { livesWithServices: false, unit: true, elsewhere: () => `, but a backend can only name a Service in ${ref.crossNamespace ? 'the namespace it names' : "the object's own namespace"}` });
  }
}

/** How a kind of reference weighs the evidence (see checkServiceRef). */
export interface RefPolicy {
  /** The referrer evidently lives with the Services it names, so a missing one is a mistake rather than installed elsewhere. */
  livesWithServices: boolean;
  /** The link policy's unit evidence applies: Services that the referrer's deployment unit defines in the namespace. */
  unit?: boolean;
  /**
   * What follows "a Service 'x' exists in namespace 'y'" (why that one is not the one the reference reaches), or null
   * when such a Service is no evidence of a mix-up.
   */
  elsewhere: (svc: Resource) => string | null;
  /** True for a Service whose ports this kind of reference does not go through (e.g. a headless one, for a DNS name). */
  portBypassed?: (svc: ServiceView) => boolean;
}

/**
 * Checks one reference, under the link policy (docs/rules.md): a missing Service is a mistake when the referrer's
 * deployment unit defines Services in that namespace (with `policy.unit`), when the policy says it lives with its
 * Services, when a nearby Service has a similar name (a typo), or when one of that very name is in another namespace.
 * Otherwise the Service is most likely installed by other means (a chart, an operator, another repository), and
 * nothing is said. A document of the unit that cannot be read makes it "cannot verify", unless there is such evidence.
 */
export function checkServiceRef(ctx: ResourceContext, ref: ServiceRef, policy: RefPolicy): void {
  const { snapshot } = ctx;
  const services = referencedServices(snapshot, ref);
  const where = ref.namespaces.length === 1 ? `namespace '${ref.namespaces[0]}'` : `namespaces ${ref.namespaces.map((n) => `'${n}'`).join(', ')}`;
  if (services.length === 0) {
    const unknown = snapshot.unknownSourcesFor(ref.from.uri, ref.namespaces, (k) => k === 'Service', { name: ref.name });
    const suggestion = typoOf(ref.name, nearbyServiceNames(snapshot, ref.namespaces, ref.from.uri));
    // A Service of that very name nearby, in another namespace, is the classic namespace mix-up.
    const other = snapshot.ofKind('Service').find((s) => s.name === ref.name && s.group === '' && isNearby(ref.from.uri, s.uri) && policy.elsewhere(s) !== null);
    if (!suggestion && !other && unknown.length > 0) {
      ctx.reportUnverifiable({
        start: ref.nameNode.start,
        end: ref.nameNode.end,
        message: `cannot verify Service '${ref.name}': none in ${where}, but ${plural(unknown.length, 'document')} that might define it could not be read (${describeUnknown(unknown[0])})`,
        related: unknown.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: Math.min(u.range.end, u.range.start + 1), message: describeUnknown(u) })),
      });
      return;
    }
    const inUnit = suggestion || other || !policy.unit ? [] : unitServices(snapshot, ref.from.uri, ref.namespaces);
    if (!suggestion && !other && !policy.livesWithServices && inUnit.length === 0) return;
    const hint = other ? `; a Service '${ref.name}' exists in namespace '${other.namespaces[0]}'${policy.elsewhere(other)}` : '';
    const unit = inUnit.length > 0 ? `; ${describeUnit(snapshot, ref.from.uri)} defines ${inUnit.slice(0, 3).map((s) => `'${s.name}'`).join(', ')}${inUnit.length > 3 ? ', …' : ''} there` : '';
    const unread = unknown.length > 0 ? `; ${plural(unknown.length, 'document')} nearby could not be read (${describeUnknown(unknown[0])})` : '';
    ctx.report({
      start: ref.nameNode.start,
      end: ref.nameNode.end,
      message: `no Service '${ref.name}' in ${where}${hint}${unit}${suggestion ? `; did you mean '${suggestion}'?` : ''}${unread}`,
      data: { service: ref.name, ...(suggestion ? { suggestion } : {}) },
    });
    return;
  }
  // A Service of that name only in an unrelated project says nothing about this one's ports.
  if (!services.some((s) => isNearby(ref.from.uri, s.uri))) return;
  const port = ref.port;
  if (port === null || !ref.portNode || (typeof port === 'string' && !isIanaSvcName(port))) return;
  // An ExternalName Service is a DNS alias: the port is the external host's business. A templated one may have any port.
  if (services.some((s) => s.templated)) return;
  const views = services.map((s) => snapshot.service(s)).filter((v): v is ServiceView => v !== null);
  if (views.length === 0 || views.some((v) => v.type === 'ExternalName' || policy.portBypassed?.(v))) return;
  if (views.some((v) => servicePortsMatching(v, port).length > 0)) return;
  const svc = views[0];
  const patched = services.flatMap((s) => snapshot.patchesFor(s));
  const what = typeof port === 'number' ? `port ${port}` : `port named '${port}'`;
  if (patched.length > 0) {
    ctx.reportUnverifiable({
      start: ref.portNode.start,
      end: ref.portNode.end,
      message: `cannot verify ${what} of Service '${ref.name}': it exposes ${describeServicePorts(svc)}, but a patch (${patched[0].uri.slice(patched[0].uri.lastIndexOf('/') + 1)}) modifies it`,
      related: patched.slice(0, 5).map((u) => ({ uri: u.uri, start: u.range.start, end: u.range.start + 1, message: 'patch' })),
    });
    return;
  }
  const suggestion = portSuggestion(svc, port);
  ctx.report({
    start: ref.portNode.start,
    end: ref.portNode.end,
    message: `Service '${ref.name}' has no ${what}; it exposes ${describeServicePorts(svc)}${suggestion !== null ? `; did you mean ${typeof suggestion === 'number' ? suggestion : `'${suggestion}'`}?` : ''}`,
    data: { service: ref.name, port, ...(suggestion !== null ? { suggestion } : {}) },
    related: [{ uri: svc.resource.uri, start: (svc.resource.nameNode ?? svc.resource.node).start, end: (svc.resource.nameNode ?? svc.resource.node).end, message: `Service '${ref.name}'` }],
  });
}

/**
 * The nearby Service name that a missing one is a typo of. Not one it extends by a `-word` (`web-primary`, linkerd's
 * mirror `web-target` of `web` in cluster `target`): controllers create Services by such names.
 */
function typoOf(name: string, nearby: Set<string>): string | null {
  const s = didYouMean(name, nearby);
  return s !== null && !name.startsWith(`${s}-`) ? s : null;
}

/**
 * The port the reference most likely means: for a name, the closest port name; for a number, the Service port whose
 * targetPort is that number (the container port was written instead of the Service port), else the only port.
 */
function portSuggestion(svc: ServiceView, port: number | string): number | string | null {
  if (typeof port === 'string') return didYouMean(port, svc.ports.map((p) => p.name).filter((n): n is string => !!n));
  const byTarget = svc.ports.filter((p) => p.targetPort === port && p.port !== null);
  if (byTarget.length === 1) return byTarget[0].port;
  return svc.ports.length === 1 ? svc.ports[0].port : null;
}

/** The quick fix of a finding of checkServiceRefs: replace the name or port with the suggested one. */
export function serviceRefFixes({ file, diagnostic }: FixContext): Fix[] {
  const s = diagnostic.data?.suggestion;
  if (typeof s !== 'string' && typeof s !== 'number') return [];
  const what = diagnostic.data?.port === undefined ? 'Service name' : 'port';
  return [{ title: `Change ${what} to '${s}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: String(s) }] }];
}
