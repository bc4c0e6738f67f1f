/**
 * Hovers on network values: an IP address (version, class, whether it lies in the cluster's CIDRs, whether the API
 * server would refuse it in this field), a CIDR (network, mask, first and last address, size, host bits, relation to
 * the cluster's CIDRs and to the policy's `except` entries), and a port number (well-known service, privileged, the
 * nodePort range).
 */
import ipaddr from 'ipaddr.js';
import type { Config } from '../config';
import type { ParsedCIDR, ParsedIP } from '../k8s/ip';
import { cidrContainsCIDR, cidrContainsIP, cidrSize, classifyIP, describeCidrClass, describeIpClass, firstAddress, lastAddress, parseCIDR, parseIP, specialIPReason } from '../k8s/ip';
import type { Resource } from '../model/resource';
import { get, seqItems, str } from '../syntax/nodes';
import { endsWith } from './locate';
import { describeWellKnownPort } from './wellKnownPorts';

type Keys = (string | number)[];

/** Fields whose value (or list items) are IP addresses or CIDRs, judged by the nearest key name. */
const ADDRESS_KEY = /ip|address|cidr|except|ranges?$|nameservers/i;

function nearestKey(keys: Keys): string {
  for (let i = keys.length - 1; i >= 0; i--) if (typeof keys[i] === 'string') return keys[i] as string;
  return '';
}

export function addressHover(text: string, r: Resource, keys: Keys, config: Config): string | null {
  if (!ADDRESS_KEY.test(nearestKey(keys))) return null;
  if (text.includes('/')) {
    const cidr = parseCIDR(text);
    return cidr ? cidrHover(cidr, r, keys, config) : null;
  }
  const ip = parseIP(text);
  return ip ? ipHover(ip, r, keys, config) : null;
}

function clusterRelations(contains: (c: ParsedCIDR) => 'inside' | 'contains' | 'overlaps' | null, config: Config): string[] {
  const out: string[] = [];
  for (const [label, list] of [['service CIDR', config.serviceCIDRs], ['pod CIDR', config.podCIDRs]] as const) {
    for (const text of list) {
      const c = parseCIDR(text);
      const rel = c ? contains(c) : null;
      if (rel === 'inside') out.push(`inside the ${label} \`${text}\``);
      else if (rel === 'contains') out.push(`contains the ${label} \`${text}\``);
      else if (rel === 'overlaps') out.push(`overlaps the ${label} \`${text}\``);
    }
    if (list.length > 0 && !out.some((o) => o.includes(label))) out.push(`outside the ${label}${list.length > 1 ? 's' : ''} (${list.map((t) => `\`${t}\``).join(', ')})`);
  }
  return out;
}

/** Why the API server would refuse this address in this field, or null. */
function refusal(ip: ParsedIP, r: Resource, keys: Keys, config: Config): string | null {
  const isClusterIP = r.kind === 'Service' && (endsWith(keys, 'spec', 'clusterIP') || endsWith(keys, 'spec', 'clusterIPs', '*'));
  if (isClusterIP) {
    const cidrs = config.serviceCIDRs.map(parseCIDR).filter((c): c is ParsedCIDR => !!c);
    if (cidrs.length > 0 && !cidrs.some((c) => cidrContainsIP(c, ip))) return 'a cluster IP must lie inside the service CIDR';
    return null;
  }
  const nonSpecial =
    (r.kind === 'Service' && endsWith(keys, 'spec', 'externalIPs', '*')) ||
    (r.kind === 'Endpoints' && (endsWith(keys, 'addresses', '*', 'ip') || endsWith(keys, 'notReadyAddresses', '*', 'ip'))) ||
    (r.kind === 'EndpointSlice' && endsWith(keys, 'endpoints', '*', 'addresses', '*'));
  const reason = nonSpecial ? specialIPReason(ip) : null;
  return reason ? `this field may not hold ${reason}` : null;
}

function ipHover(ip: ParsedIP, r: Resource, keys: Keys, config: Config): string {
  const lines = [`**${ip.family} address** \`${ip.canonical}\`: ${describeIpClass(classifyIP(ip))}`];
  const rel = clusterRelations((c) => (cidrContainsIP(c, ip) ? 'inside' : null), config);
  if (rel.length) lines.push(capitalize(rel.join('; ')) + '.');
  if (ip.nonCanonical) lines.push(`Not canonical (${ip.nonCanonical}): the API server accepts it with a warning and reads it as \`${ip.canonical}\`.`);
  const refused = refusal(ip, r, keys, config);
  lines.push(refused ? `⚠ The API server refuses it here: ${refused}.` : 'The API server accepts it in this field.');
  return lines.join('\n\n');
}

function maskOf(c: ParsedCIDR): string {
  return c.family === 'IPv4' ? `${ipaddr.IPv4.subnetMaskFromPrefixLength(c.prefix).toString()} (/${c.prefix})` : `/${c.prefix}`;
}

function cidrHover(c: ParsedCIDR, r: Resource, keys: Keys, config: Config): string {
  const lines = [
    `**${c.family} CIDR** \`${c.text}\`: network \`${firstAddress(c)}\`, mask ${maskOf(c)}`,
    `Addresses \`${firstAddress(c)}\` – \`${lastAddress(c)}\` (${cidrSize(c).toLocaleString('en-US')}): ${describeCidrClass(c)}`,
  ];
  if (c.hostBitsSet) lines.push(`Host bits are set: the network is \`${c.canonical}\` (the API server warns).`);
  else if (c.nonCanonical) lines.push(`Not canonical (${c.nonCanonical}): write it as \`${c.canonical}\` (the API server warns).`);
  const rel = clusterRelations((k) => (cidrContainsCIDR(k, c) ? 'inside' : cidrContainsCIDR(c, k) ? 'contains' : null), config);
  if (rel.length) lines.push(capitalize(rel.join('; ')) + '.');
  const policy = exceptRelations(c, r, keys);
  if (policy) lines.push(policy);
  return lines.join('\n\n');
}

/** For an ipBlock's cidr: which `except` entries it holds; for an `except` entry: whether its cidr holds it. */
function exceptRelations(c: ParsedCIDR, r: Resource, keys: Keys): string | null {
  if (r.kind !== 'NetworkPolicy') return null;
  if (endsWith(keys, 'ipBlock', 'cidr')) {
    const excepts = seqItems(get(r.node, ...keys.slice(0, -1), 'except')).map(str).filter((s): s is string => !!s);
    if (excepts.length === 0) return null;
    const parts = excepts.map((e) => {
      const p = parseCIDR(e);
      return p && cidrContainsCIDR(c, p) ? `\`${e}\` (${cidrSize(p).toLocaleString('en-US')} addresses)` : `\`${e}\` ⚠ not inside this CIDR: the API server refuses it`;
    });
    return `Except: ${parts.join(', ')}.`;
  }
  if (endsWith(keys, 'ipBlock', 'except', '*')) {
    const cidrText = str(get(r.node, ...keys.slice(0, -2), 'cidr'));
    const outer = cidrText ? parseCIDR(cidrText) : null;
    if (!outer) return null;
    return cidrContainsCIDR(outer, c) && outer.prefix < c.prefix
      ? `Carved out of the block's \`${cidrText}\`.`
      : `⚠ Not strictly inside the block's \`${cidrText}\`: the API server refuses it ("must be a strict subset of cidr").`;
  }
  return null;
}

const PORT_KEYS = new Set(['port', 'targetPort', 'containerPort', 'nodePort', 'hostPort', 'number', 'healthCheckNodePort', 'servicePort', 'endPort']);

export function portNumberHover(value: number, keys: Keys, config: Config): string | null {
  const key = nearestKey(keys);
  if (!PORT_KEYS.has(key) || !Number.isInteger(value)) return null;
  const { min, max } = config.nodePortRange;
  const lines = [`**Port ${value}**${describeWellKnownPort(value) ? ` · ${describeWellKnownPort(value)}` : ''}`];
  if (value < 1 || value > 65535) lines.push('⚠ Not a port number (1–65535).');
  else {
    if (value < 1024) lines.push(key === 'containerPort' || key === 'hostPort' ? 'Privileged (< 1024): a process needs root or `NET_BIND_SERVICE` to listen on it.' : 'Privileged (< 1024).');
    const inRange = value >= min && value <= max;
    if (key === 'nodePort' || key === 'healthCheckNodePort') lines.push(inRange ? `Inside the nodePort range ${min}–${max}.` : `⚠ Outside the nodePort range ${min}–${max}: the API server refuses it.`);
    else if (inRange) lines.push(`Inside the nodePort range ${min}–${max}.`);
  }
  // A bare number with nothing to say about it is not worth a hover.
  return lines.length > 1 || describeWellKnownPort(value) ? lines.join('\n\n') : null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
