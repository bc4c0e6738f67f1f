/** The address sets that policies name: NetworkPolicy `ipBlock`s and admin policies' egress `networks`, read once. */
import type { YNode } from '../syntax/nodes';
import { get, seqItems, str } from '../syntax/nodes';
import type { AddressInterval } from './ipRanges';
import { blockIntervals } from './ipRanges';

const blocks = new WeakMap<YNode, AddressInterval[]>();

/** An `ipBlock` map: its cidr less its excepts; empty when the cidr cannot be read (the API server refuses it). */
export function ipBlockOf(node: YNode): AddressInterval[] {
  let b = blocks.get(node);
  if (!b) {
    const except = seqItems(get(node, 'except')).map((n) => str(n) ?? '');
    blocks.set(node, (b = blockIntervals(str(get(node, 'cidr')) ?? '', except) ?? []));
  }
  return b;
}

/** A list of CIDRs (an admin policy's `networks`). */
export function networksOf(node: YNode): AddressInterval[] {
  let b = blocks.get(node);
  if (!b) blocks.set(node, (b = seqItems(node).flatMap((n) => blockIntervals(str(n) ?? '', []) ?? [])));
  return b;
}
