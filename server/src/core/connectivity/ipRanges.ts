/**
 * External addresses as peers: an `ipBlock` (cidr minus its `except` list) is a set of address intervals, and the
 * addresses outside the cluster are cut into the disjoint intervals that every block's bounds make, so that each
 * interval is either wholly inside or wholly outside every block.
 */
import type { IpFamily } from '../k8s/ip';
import { addressText, cidrRange, parseCIDR } from '../k8s/ip';

export interface AddressInterval {
  family: IpFamily;
  first: bigint;
  last: bigint;
}

/** The addresses of a block: the cidr's range with the excepted ranges taken out; null when the cidr does not parse. */
export function blockIntervals(cidr: string, except: readonly string[]): AddressInterval[] | null {
  const c = parseCIDR(cidr.trim());
  if (!c) return null;
  let parts: AddressInterval[] = [cidrRange(c)];
  for (const e of except) {
    const x = parseCIDR(e.trim());
    if (!x || x.family !== c.family) continue;
    const cut = cidrRange(x);
    parts = parts.flatMap((p) => {
      if (cut.last < p.first || cut.first > p.last) return [p];
      const kept: AddressInterval[] = [];
      if (cut.first > p.first) kept.push({ family: p.family, first: p.first, last: cut.first - 1n });
      if (cut.last < p.last) kept.push({ family: p.family, first: cut.last + 1n, last: p.last });
      return kept;
    });
  }
  return parts;
}

const LAST: Record<IpFamily, bigint> = { IPv4: (1n << 32n) - 1n, IPv6: (1n << 128n) - 1n };

/**
 * The whole address space of each family present, cut at every bound of the blocks: IPv4 always (the cluster's
 * outside), IPv6 only when some block is IPv6.
 */
export function disjointIntervals(blocks: readonly AddressInterval[]): AddressInterval[] {
  const out: AddressInterval[] = [];
  for (const family of ['IPv4', 'IPv6'] as const) {
    const mine = blocks.filter((b) => b.family === family);
    if (family === 'IPv6' && mine.length === 0) continue;
    const starts = new Set<bigint>([0n]);
    for (const b of mine) {
      starts.add(b.first);
      if (b.last < LAST[family]) starts.add(b.last + 1n);
    }
    const sorted = [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sorted.forEach((first, i) => out.push({ family, first, last: i + 1 < sorted.length ? sorted[i + 1] - 1n : LAST[family] }));
  }
  return out;
}

/** True when the (disjoint) interval lies in the block; since intervals are cut at every block bound, one address tells. */
export function blockHolds(block: readonly AddressInterval[], x: AddressInterval): boolean {
  return block.some((b) => b.family === x.family && b.first <= x.first && x.first <= b.last);
}

/** True when the two address sets share an address. */
export function overlaps(a: readonly AddressInterval[], b: readonly AddressInterval[]): boolean {
  return a.some((x) => b.some((y) => x.family === y.family && x.first <= y.last && y.first <= x.last));
}

/** `10.0.0.0-10.255.255.255`, netpol-analyzer's name for an address interval. */
export function intervalName(x: AddressInterval): string {
  return `${addressText(x.first, x.family)}-${addressText(x.last, x.family)}`;
}
