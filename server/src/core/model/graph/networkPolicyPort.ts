/**
 * A NetworkPolicy rule's named port (`ports: [{port: http}]`) links to the container ports of that name and protocol
 * on the pods the traffic goes to: the pods the policy isolates for an ingress rule, its `to` peers' for egress.
 */
import { networkPolicyOf } from '../networkPolicy';
import { policyPortHits, ruleDestinations } from '../policyPorts';
import type { Resource } from '../resource';
import type { Snapshot } from '../snapshot';
import type { Link, LinkProvider } from './types';
import { PODS } from '../signature';

function policyPortLinks(snapshot: Snapshot, r: Resource): Link[] {
  const policy = networkPolicyOf(r);
  if (!policy) return [];
  return [...policy.ingress, ...policy.egress].flatMap((rule) =>
    rule.ports.flatMap((pp): Link[] => {
      if (typeof pp.port !== 'string' || !pp.portNode) return [];
      return [{
        kind: 'network-policy-port',
        from: { uri: r.uri, start: pp.portNode.start, end: pp.portNode.end },
        fromResource: r,
        to: policyPortHits(ruleDestinations(snapshot, policy, rule), pp).map(({ template, port }) => {
          const place = port.nameNode ?? port.node;
          return { uri: template.owner.uri, start: place.start, end: place.end, resource: template.owner };
        }),
      }];
    }),
  );
}

export const networkPolicyPortLinks: LinkProvider = { kind: 'network-policy-port', sourceKinds: ['NetworkPolicy'], reads: ['Namespace', PODS], links: policyPortLinks };
