/**
 * Links in words: the link graph's kinds (`service-selector`, `probe-port`, …) are internal ids, and a hover says what a
 * reference is and does instead ("Selector of Service shop/web: selects …", "Probed by the liveness probe of
 * deployment/api"). Every kind the providers emit has an entry here; `linkWords.test.ts` fails on one without.
 */
import type { Link } from '../model/graph/types';
import type { Resource } from '../model/resource';
import { refName, writtenName } from '../model/resource';
import { probePorts } from '../model/probes';
import type { Snapshot } from '../model/snapshot';

interface Words {
  /** What the reference is, with its object: `Selector of Service shop/web`. */
  what: (snapshot: Snapshot, link: Link) => string;
  /** What it does to its targets, before their names: `selects`. */
  verb: string;
  /** What a broken one does: `matches no pod template in the workspace`. */
  none: string;
  /** What it is to one of its targets: `Selected by Service shop/web`. */
  by: (snapshot: Snapshot, link: Link) => string;
}

/** `Service shop/web`: the kind as the API spells it, the namespace and the name as written. */
export function objectName(r: Resource): string {
  return `${r.kind} ${r.namespaces[0]}/${writtenName(r.nameNode, r.name) ?? '<unnamed>'}`;
}

const of = (noun: string) => (_s: Snapshot, link: Link) => `${noun} of ${objectName(link.fromResource)}`;
const by = (phrase: string) => (_s: Snapshot, link: Link) => `${phrase} ${objectName(link.fromResource)}`;

const SERVICE_REF = { verb: 'sends traffic to', none: 'names no Service in the workspace' };
const BACKEND_PORT = { verb: 'is', none: 'matches no port of the Service' };

const WORDS: Record<string, Words> = {
  'service-selector': { what: of('Selector'), verb: 'selects the pods of', none: 'matches no pod template in the workspace', by: by('Selected by') },
  'target-port': { what: of('Target port'), verb: 'routes to', none: 'reaches no container port in the workspace', by: by('Routed to by') },
  'network-policy-selector': { what: of('Pod selector'), verb: 'isolates the pods of', none: 'matches no pod template in the workspace', by: by('Isolated by') },
  'network-policy-peer': { what: of('Peer'), verb: 'allows the pods of', none: 'matches no pod template in the workspace', by: by('A peer of') },
  'network-policy-namespace': { what: of('Namespace selector of a peer'), verb: 'matches', none: 'matches no Namespace object in the workspace', by: by('Namespace of a peer of') },
  'network-policy-port': { what: of('Named port of a rule'), verb: 'opens the container ports of', none: 'names no container port of the pods the traffic goes to', by: by('Opened by') },
  'ingress-backend': { what: of('Backend'), ...SERVICE_REF, by: by('Backend of') },
  'ingress-backend-port': { what: of('Backend port'), ...BACKEND_PORT, by: by('Backend port of') },
  'route-backend': { what: of('Backend'), ...SERVICE_REF, by: by('Backend of') },
  'route-backend-port': { what: of('Backend port'), ...BACKEND_PORT, by: by('Backend port of') },
  'probe-port': { what: (s, l) => `Port of ${probeOf(s, l).name}`, verb: 'connects to', none: 'matches no container port of the pod', by: (s, l) => { const p = probeOf(s, l); return `${p.hook ? 'Called by' : 'Probed by'} ${p.name}`; } },
  'statefulset-service': { what: of('serviceName'), verb: 'is governed by', none: 'names no Service in the workspace', by: by('Governing Service of') },
  'endpoints-service': { what: of('Service'), verb: 'gives addresses to', none: 'names no Service in the workspace', by: by('Given addresses by') },
  'endpoints-port': { what: of('Port'), verb: 'is', none: 'matches no port name of the Service', by: by('Port of') },
  'service-endpoints': { what: (_s, l) => `${objectName(l.fromResource)}, without a selector`, verb: 'gets its addresses from', none: 'has no Endpoints or EndpointSlice in the workspace', by: by('Addresses of') },
  'service-reference': { what: of('Service named in configuration'), verb: 'reaches', none: 'names no Service in the workspace', by: by('Named in the configuration of') },
  monitor: { what: of('Monitor selector'), verb: 'scrapes', none: 'selects no Service or pod template', by: by('Scraped by') },
  'helm-include': { what: of('Included selector labels'), verb: 'render the same labels as the pod labels of', none: 'render labels no pod template of the chart includes', by: by('Rendered by a selector of') },
};

/** The kinds that have words: every kind a provider emits. */
export const WORDED_KINDS: readonly string[] = Object.keys(WORDS);

/** Words for a kind no entry covers yet: still no id. */
const FALLBACK: Words = { what: of('Reference'), verb: 'leads to', none: 'resolves to nothing in the workspace', by: by('Referred to by') };

const wordsOf = (link: Link) => WORDS[link.kind] ?? FALLBACK;

/** `**Selector of Service shop/web** selects the pods of deployment/web (shop).` */
export function linkHead(snapshot: Snapshot, link: Link, targets: string | null): string {
  const w = wordsOf(link);
  const what = `**${w.what(snapshot, link)}**`;
  return targets ? `${what} ${w.verb} ${targets}.` : `${what} ${w.none}.`;
}

/** `Selected by Service shop/web`, `Probed by the liveness probe of deployment/api`. */
export function referredBy(snapshot: Snapshot, link: Link): string {
  return wordsOf(link).by(snapshot, link);
}

/** `the liveness probe of container `api` in deployment/api`, or a lifecycle hook's, and whether it is a hook. */
function probeOf(snapshot: Snapshot, link: Link): { name: string; hook: boolean } {
  const t = snapshot.templateOf(link.fromResource);
  const p = t && probePorts(t).find((q) => q.node.start === link.from.start);
  const [first, second] = p?.path.split('.') ?? [];
  const hook = first === 'lifecycle';
  const what = hook ? `the ${second} hook` : `the ${(first ?? 'probe').replace(/Probe$/, '')} probe`;
  const container = p?.container.name ? ` of container \`${p.container.name}\`` : '';
  return { name: `${what}${container} in ${refName(link.fromResource)}`, hook };
}
