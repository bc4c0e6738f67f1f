/**
 * IP addresses and CIDRs as the Kubernetes API server reads them, on top of ipaddr.js.
 *
 * Kubernetes parses with `netutils.ParseIPSloppy` / `ParseCIDRSloppy` (Go 1.16's parser): IPv4 must be four decimal
 * octets, but octets may carry leading zeros, which are read as *decimal* (`010.0.0.1` is 10.0.0.1, not octal). IPv6
 * zones (`%eth0`) are rejected. Non-canonical spellings are accepted with a warning only (section J of the spec), so
 * every parse result says whether, and why, the text is not canonical.
 *
 * Kubernetes decides the family with Go's `To4()`, so an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) counts as IPv4.
 */
import ipaddr from 'ipaddr.js';

export type IpFamily = 'IPv4' | 'IPv6';
type Addr = ipaddr.IPv4 | ipaddr.IPv6;

export interface ParsedIP {
  /** The text as written. */
  text: string;
  family: IpFamily;
  /** The address in its own family (mapped IPv6 addresses are converted to IPv4). */
  addr: Addr;
  /** The canonical spelling Kubernetes would like to see. */
  canonical: string;
  /** Why the text is not canonical, or null when it is. */
  nonCanonical: string | null;
}

export interface ParsedCIDR {
  text: string;
  family: IpFamily;
  /** The address part as written (host bits included). */
  ip: ParsedIP;
  /** The prefix length in the family of `family` (mapped IPv6 CIDRs are converted to IPv4). */
  prefix: number;
  /** The network address (host bits cleared). */
  network: Addr;
  /** The canonical spelling: network address in canonical form, a slash, the prefix. */
  canonical: string;
  hostBitsSet: boolean;
  /** Why the text is not canonical (other than host bits), or null. */
  nonCanonical: string | null;
}

const SLOPPY_IPV4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;

/** Reads a four-part decimal IPv4 address the way Go 1.16 did, leading zeros allowed; null when it is not one. */
function sloppyIPv4(text: string): { addr: ipaddr.IPv4; leadingZeros: boolean } | null {
  const m = SLOPPY_IPV4.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map((d) => Number(d));
  if (octets.some((o) => o > 255)) return null;
  return { addr: new ipaddr.IPv4(octets), leadingZeros: m.slice(1).some((d) => d.length > 1 && d.startsWith('0')) };
}

function toFamily(addr: Addr): { addr: Addr; family: IpFamily } {
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) return { addr: (addr as ipaddr.IPv6).toIPv4Address(), family: 'IPv4' };
  return { addr, family: addr.kind() === 'ipv4' ? 'IPv4' : 'IPv6' };
}

function canonicalOf(addr: Addr): string {
  return addr.kind() === 'ipv4' ? addr.toString() : (addr as ipaddr.IPv6).toRFC5952String();
}

/** Parses an IP address as `ParseIPSloppy` does; null when Kubernetes would reject it. */
export function parseIP(text: string): ParsedIP | null {
  const v4 = sloppyIPv4(text);
  if (v4) {
    const canonical = v4.addr.toString();
    return { text, family: 'IPv4', addr: v4.addr, canonical, nonCanonical: v4.leadingZeros ? 'IPv4 octets have leading zeros' : null };
  }
  // IPv6: hex groups and colons, optionally ending in an embedded IPv4 address; no zone, no brackets.
  if (!text.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(text)) return null;
  let candidate = text;
  let leadingZeros = false;
  const embedded = /^(.*:)([^:]*\.[^:]*)$/.exec(text);
  if (embedded) {
    const tail = sloppyIPv4(embedded[2]);
    if (!tail) return null;
    leadingZeros = tail.leadingZeros;
    candidate = embedded[1] + tail.addr.toString();
  }
  if (!ipaddr.IPv6.isValid(candidate)) return null;
  const v6 = ipaddr.IPv6.parse(candidate);
  const { addr, family } = toFamily(v6);
  const canonical = canonicalOf(addr);
  let nonCanonical: string | null = null;
  if (family === 'IPv4') nonCanonical = `IPv4-mapped IPv6 address; write it as ${canonical}`;
  else if (leadingZeros) nonCanonical = 'embedded IPv4 octets have leading zeros';
  else if (text !== canonical) nonCanonical = `not in canonical form (RFC 5952); write it as ${canonical}`;
  return { text, family, addr, canonical, nonCanonical };
}

/** Parses a CIDR as `ParseCIDRSloppy` does; null when Kubernetes would reject it. */
export function parseCIDR(text: string): ParsedCIDR | null {
  const m = /^([^/]+)\/(\d+)$/.exec(text);
  if (!m) return null;
  const ip = parseIP(m[1]);
  if (!ip) return null;
  let prefix = Number(m[2]);
  const writtenBits = m[1].includes(':') ? 128 : 32;
  if (prefix > writtenBits) return null;
  let family: IpFamily = ip.family;
  let base: Addr = ip.addr;
  if (writtenBits === 128 && ip.family === 'IPv4') {
    // A mapped IPv6 CIDR is IPv4 to Kubernetes only when its network still lies in ::ffff:0:0/96.
    if (prefix >= 96) prefix -= 96;
    else {
      family = 'IPv6';
      base = ipaddr.IPv6.parse(m[1].replace(/^(.*:)([^:]*\.[^:]*)$/, (_a, head: string, tail: string) => head + sloppyIPv4(tail)!.addr.toString()));
    }
  }
  const network = networkOf(base, prefix);
  const hostBitsSet = toBigInt(network) !== toBigInt(base);
  const canonical = `${canonicalOf(network)}/${prefix}`;
  const prefixZeros = m[2].length > 1 && m[2].startsWith('0');
  const nonCanonical = ip.nonCanonical ?? (prefixZeros ? 'the prefix length has leading zeros' : null);
  return { text, family, ip, prefix, network, canonical, hostBitsSet, nonCanonical };
}



function toBigInt(addr: Addr): bigint {
  let n = 0n;
  for (const b of addr.toByteArray()) n = (n << 8n) | BigInt(b);
  return n;
}

function fromBigInt(n: bigint, family: 'ipv4' | 'ipv6'): Addr {
  const len = family === 'ipv4' ? 4 : 16;
  const bytes: number[] = [];
  for (let i = 0; i < len; i++) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes);
}

function bitsOf(addr: Addr): number {
  return addr.kind() === 'ipv4' ? 32 : 128;
}

function hostMask(bits: number, prefix: number): bigint {
  return (1n << BigInt(bits - prefix)) - 1n;
}

function networkOf(addr: Addr, prefix: number): Addr {
  const bits = bitsOf(addr);
  return fromBigInt(toBigInt(addr) & ~hostMask(bits, prefix), addr.kind());
}

/** The first address of a CIDR (its network address), canonical. */
export function firstAddress(c: ParsedCIDR): string {
  return canonicalOf(c.network);
}

/** The last address of a CIDR, canonical. */
export function lastAddress(c: ParsedCIDR): string {
  return canonicalOf(fromBigInt(toBigInt(c.network) | hostMask(bitsOf(c.network), c.prefix), c.network.kind()));
}

/** The number of addresses in a CIDR. */
export function cidrSize(c: ParsedCIDR): bigint {
  return 1n << BigInt(bitsOf(c.network) - c.prefix);
}

/** True when the address lies inside the CIDR (families must agree). */
export function cidrContainsIP(c: ParsedCIDR, ip: ParsedIP): boolean {
  if (c.family !== ip.family || c.network.kind() !== ip.addr.kind()) return false;
  return (toBigInt(ip.addr) & ~hostMask(bitsOf(c.network), c.prefix)) === toBigInt(c.network);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContainsCIDR(outer: ParsedCIDR, inner: ParsedCIDR): boolean {
  if (outer.network.kind() !== inner.network.kind() || inner.prefix < outer.prefix) return false;
  return (toBigInt(inner.network) & ~hostMask(bitsOf(outer.network), outer.prefix)) === toBigInt(outer.network);
}


export type IpClass =
  | 'unspecified'
  | 'loopback'
  | 'link-local'
  | 'link-local-multicast'
  | 'multicast'
  | 'private'
  | 'shared'
  | 'documentation'
  | 'unique-local'
  | 'broadcast'
  | 'public';

const CLASS_RANGES: [IpClass, string][] = [
  ['unspecified', '0.0.0.0/32'],
  ['unspecified', '::/128'],
  ['loopback', '127.0.0.0/8'],
  ['loopback', '::1/128'],
  ['link-local', '169.254.0.0/16'],
  ['link-local', 'fe80::/10'],
  ['link-local-multicast', '224.0.0.0/24'],
  ['link-local-multicast', 'ff02::/16'],
  ['multicast', '224.0.0.0/4'],
  ['multicast', 'ff00::/8'],
  ['private', '10.0.0.0/8'],
  ['private', '172.16.0.0/12'],
  ['private', '192.168.0.0/16'],
  ['shared', '100.64.0.0/10'],
  ['documentation', '192.0.2.0/24'],
  ['documentation', '198.51.100.0/24'],
  ['documentation', '203.0.113.0/24'],
  ['documentation', '2001:db8::/32'],
  ['unique-local', 'fc00::/7'],
  ['broadcast', '255.255.255.255/32'],
];

const PARSED_CLASS_RANGES = CLASS_RANGES.map(([cls, text]) => [cls, parseCIDR(text)!] as const);

/** Classifies an address; the most specific range wins (link-local multicast before multicast). */
export function classifyIP(ip: ParsedIP): IpClass {
  // Go's IsLinkLocalMulticast covers every ffX2::/16 scope variant, which no single CIDR expresses.
  const bytes = ip.addr.toByteArray();
  if (ip.addr.kind() === 'ipv6' && bytes[0] === 0xff && (bytes[1] & 0x0f) === 0x02) return 'link-local-multicast';
  for (const [cls, range] of PARSED_CLASS_RANGES) if (cidrContainsIP(range, ip)) return cls;
  return 'public';
}

const CLASS_DESCRIPTIONS: Record<IpClass, string> = {
  unspecified: 'the unspecified address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  'link-local-multicast': 'a link-local multicast address',
  multicast: 'a multicast address',
  private: 'a private (RFC 1918) address',
  shared: 'a shared address space (RFC 6598, carrier-grade NAT) address',
  documentation: 'a documentation address',
  'unique-local': 'a unique local IPv6 address',
  broadcast: 'the limited broadcast address',
  public: 'a public address',
};

export function describeIpClass(cls: IpClass): string {
  return CLASS_DESCRIPTIONS[cls];
}

/**
 * What kind of network a CIDR is, as a phrase: the class of the special range that holds all of it (`a private
 * (RFC 1918) network`), public when it meets no special range, or, for a wider block, the special ranges it holds
 * besides public addresses. Networks nest or are disjoint, so a block either lies in a range, holds it, or misses it.
 */
export function describeCidrClass(c: ParsedCIDR): string {
  const same = PARSED_CLASS_RANGES.filter(([, range]) => range.network.kind() === c.network.kind());
  const holder = same.find(([, range]) => cidrContainsCIDR(range, c));
  if (holder) return CLASS_DESCRIPTIONS[holder[0]].replace(/ address$/, ' network');
  const held = [...new Set(same.filter(([, range]) => cidrContainsCIDR(c, range)).map(([cls]) => cls))];
  if (held.length === 0) return 'a public network';
  return `public addresses and special ranges: ${held.map((cls) => CLASS_NAMES[cls]).join(', ')}`;
}

const CLASS_NAMES: Record<IpClass, string> = {
  unspecified: 'unspecified',
  loopback: 'loopback',
  'link-local': 'link-local',
  'link-local-multicast': 'link-local multicast',
  multicast: 'multicast',
  private: 'private (RFC 1918)',
  shared: 'shared (RFC 6598)',
  documentation: 'documentation',
  'unique-local': 'unique local',
  broadcast: 'broadcast',
  public: 'public',
};

/**
 * Why the API server refuses this address where it wants a "non-special" IP (`ValidateNonSpecialIP`): unspecified,
 * loopback, link-local unicast or link-local multicast. Null when the address is acceptable.
 */
export function specialIPReason(ip: ParsedIP): string | null {
  const cls = classifyIP(ip);
  return cls === 'unspecified' || cls === 'loopback' || cls === 'link-local' || cls === 'link-local-multicast' ? describeIpClass(cls) : null;
}

/** A CIDR as the inclusive range of addresses it holds, as numbers (for interval arithmetic over address sets). */
export function cidrRange(c: ParsedCIDR): { family: IpFamily; first: bigint; last: bigint } {
  const first = toBigInt(c.network);
  return { family: c.family, first, last: first | hostMask(bitsOf(c.network), c.prefix) };
}

/** The canonical text of the address with this number in the family. */
export function addressText(n: bigint, family: IpFamily): string {
  return canonicalOf(fromBigInt(n, family === 'IPv4' ? 'ipv4' : 'ipv6'));
}
