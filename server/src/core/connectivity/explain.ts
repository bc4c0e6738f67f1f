/**
 * A connection's explanation in words: for each direction, which policy and which rule (by position) allowed or
 * denied which ports, or that no policy isolates the pod; and where an ipBlock of an isolating policy overlaps the
 * cluster's pod CIDRs, that it may also match pods, which depends on the network plugin.
 */
import type { Config } from '../config';
import type { Connection } from './connection';
import type { Decision, DirectionVerdict } from './verdict';
import { formatConns, isAll } from './portSet';
import { blockIntervals, overlaps } from './ipRanges';
import type { Direction, NamespacedPolicy } from './networkPolicies';
import { ipBlockOf } from './ipBlocks';
import { get, str } from '../syntax/nodes';

export function explainConnection(c: Connection): string[] {
  const lines = [`${c.src.name} => ${c.dst.name} : ${formatConns(c.conns)}`];
  lines.push(c.egress ? `  egress from ${c.egress.subject}: ${directionText(c.egress)}` : `  egress: ${c.src.name} is outside the cluster; no policy limits it`);
  lines.push(c.ingress ? `  ingress to ${c.ingress.subject}: ${directionText(c.ingress)}` : `  ingress: ${c.dst.name} is outside the cluster; no policy limits it`);
  if (c.backend) lines.push(`  the ingress controller is sent there by ${c.backend.via.join(', ')} on ${formatConns(c.backend.conns)}`);
  return lines;
}

function directionText(v: DirectionVerdict): string {
  const isolation = v.isolatedBy.length ? `isolated by NetworkPolicy ${v.isolatedBy.join(', ')}` : 'not isolated by any NetworkPolicy';
  const parts = v.decisions.map(decisionText);
  return `${isolation}; ${parts.join('; ')}`;
}

function decisionText(d: Decision): string {
  const conns = isAll(d.conns) ? 'all connections' : formatConns(d.conns);
  const verb = d.action === 'Allow' ? 'allows' : d.action === 'Deny' ? 'denies' : 'passes on';
  switch (d.layer) {
    case 'none':
      return `${conns} allowed (no policy decides them)`;
    case 'NetworkPolicy':
      return d.policy ? `rule ${d.rule} of NetworkPolicy ${d.policy} allows ${conns}` : `${conns} denied (no rule of the isolating policies admits them)`;
    default: {
      const name = d.ruleName ? ` "${d.ruleName}"` : '';
      return `rule ${d.rule}${name} of ${d.layer} ${d.policy} ${verb} ${conns}`;
    }
  }
}

/** The ipBlocks of the isolating policies that overlap the pod CIDRs: they may also match pods. */
export function podMatchingBlocks(policies: readonly NamespacedPolicy[], direction: Direction, config: Pick<Config, 'podCIDRs'>): string[] {
  const pods = config.podCIDRs.flatMap((c) => blockIntervals(c, []) ?? []);
  if (pods.length === 0) return [];
  const out: string[] = [];
  for (const p of policies) {
    (direction === 'ingress' ? p.view.ingress : p.view.egress).forEach((rule, i) => {
      for (const peer of rule.peers) {
        if (peer.ipBlock && overlaps(ipBlockOf(peer.ipBlock), pods)) out.push(`ipBlock ${str(get(peer.ipBlock, 'cidr'))} in ${direction} rule ${i + 1} of NetworkPolicy ${p.name} overlaps the pod CIDRs: it may also match pods, depending on the network plugin`);
      }
    });
  }
  return out;
}
