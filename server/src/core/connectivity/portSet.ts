/**
 * Sets of connections: for each protocol NetworkPolicies know (TCP, UDP, SCTP, kept apart), the ports as sorted,
 * disjoint, inclusive intervals of 1–65535. Values are immutable; every operation returns a new set.
 */
export type Protocol = 'SCTP' | 'TCP' | 'UDP';
/** In the order netpol-analyzer prints them. */
export const PROTOCOLS: readonly Protocol[] = ['SCTP', 'TCP', 'UDP'];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

export type Interval = readonly [number, number];
export type ConnSet = Readonly<Record<Protocol, readonly Interval[]>>;

const FULL: readonly Interval[] = [[MIN_PORT, MAX_PORT]];
export const NO_CONNS: ConnSet = { SCTP: [], TCP: [], UDP: [] };
export const ALL_CONNS: ConnSet = { SCTP: FULL, TCP: FULL, UDP: FULL };

export function isProtocol(p: string): p is Protocol {
  return p === 'TCP' || p === 'UDP' || p === 'SCTP';
}

/** The ports lo–hi of one protocol (clipped to 1–65535); empty when the range is. */
export function portRange(protocol: Protocol, lo: number, hi: number): ConnSet {
  const a = Math.max(lo, MIN_PORT);
  const b = Math.min(hi, MAX_PORT);
  return a > b ? NO_CONNS : { ...NO_CONNS, [protocol]: [[a, b]] };
}

/** Every port of one protocol. */
export function allPorts(protocol: Protocol): ConnSet {
  return { ...NO_CONNS, [protocol]: FULL };
}

function merge(list: Interval[]): Interval[] {
  list.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of list) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (lo <= hi) out.push([lo, hi]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [lo0, hi] of a) {
    let lo = lo0;
    for (const [blo, bhi] of b) {
      if (bhi < lo || blo > hi) continue;
      if (blo > lo) out.push([lo, blo - 1]);
      lo = bhi + 1;
      if (lo > hi) break;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
}

function each(f: (p: Protocol) => readonly Interval[]): ConnSet {
  return { SCTP: f('SCTP'), TCP: f('TCP'), UDP: f('UDP') };
}

export function union(a: ConnSet, b: ConnSet): ConnSet {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return each((p) => (a[p].length === 0 ? b[p] : b[p].length === 0 ? a[p] : merge([...a[p], ...b[p]])));
}

export function intersect(a: ConnSet, b: ConnSet): ConnSet {
  if (a === ALL_CONNS || b === NO_CONNS) return b;
  if (b === ALL_CONNS || a === NO_CONNS) return a;
  return each((p) => intersectIntervals(a[p], b[p]));
}

export function subtract(a: ConnSet, b: ConnSet): ConnSet {
  if (b === ALL_CONNS || a === NO_CONNS) return NO_CONNS;
  if (b === NO_CONNS) return a;
  return each((p) => (b[p].length === 0 ? a[p] : subtractIntervals(a[p], b[p])));
}

export function isEmpty(c: ConnSet): boolean {
  return c.SCTP.length === 0 && c.TCP.length === 0 && c.UDP.length === 0;
}

export function isAll(c: ConnSet): boolean {
  return PROTOCOLS.every((p) => c[p].length === 1 && c[p][0][0] === MIN_PORT && c[p][0][1] === MAX_PORT);
}

/** True when the set holds this port of this protocol. */
export function hasPort(c: ConnSet, protocol: Protocol, port: number): boolean {
  return c[protocol].some(([lo, hi]) => lo <= port && port <= hi);
}

/**
 * netpol-analyzer's spelling: `All Connections`, or per protocol in SCTP, TCP, UDP order `TCP 80,8080-8090`, the
 * protocols joined by commas (`TCP 53,UDP 53`); `No Connections` for the empty set.
 */
export function formatConns(c: ConnSet): string {
  if (isAll(c)) return 'All Connections';
  if (isEmpty(c)) return 'No Connections';
  return PROTOCOLS.filter((p) => c[p].length > 0)
    .map((p) => `${p} ${c[p].map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',')}`)
    .join(',');
}
