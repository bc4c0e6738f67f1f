/** IP-valued fields as the API server judges them: a valid IP (`IsValidIP`), and optionally a non-special one. */
import type { YNode } from '../../syntax/nodes';
import { asScalar } from '../../syntax/nodes';
import { readString } from '../../k8s/goyaml';
import type { ParsedIP } from '../../k8s/ip';
import { parseCIDR, parseIP, specialIPReason } from '../../k8s/ip';
import type { Report } from './fieldChecks';
import { looksTemplated } from './fieldChecks';

/** Why a string is not an IP address, in words that point at the likely mistake. */
export function notAnIPReason(value: string): string {
  if (value === '') return 'it is empty';
  if (parseCIDR(value)) return 'it is a CIDR; write a single address without the /prefix';
  if (/%/.test(value)) return 'IPv6 zones (%...) are not allowed';
  if (/^[a-zA-Z]/.test(value) && !value.includes(':')) return 'it looks like a host name; Kubernetes needs an IP address here';
  return 'it is not an IPv4 or IPv6 address';
}

/**
 * Checks one IP field: reports when it is not an IP, or (with `nonSpecial`) when it is unspecified, loopback or
 * link-local. Returns the parsed address when valid.
 */
export function checkIPField(report: Report, node: YNode | null, field: string, options: { nonSpecial: boolean }): ParsedIP | null {
  if (!node) return null;
  // An explicit null decodes to "", which is not an IP either.
  const r = readString(node) ?? (asScalar(node) ? { ok: true as const, value: '' } : null);
  if (!r) return null;
  if (!r.ok) {
    report({ start: node.start, end: node.end, message: `${field} must be an IP address; ${r.problem}` });
    return null;
  }
  if (looksTemplated(r.value)) return null;
  const ip = parseIP(r.value);
  if (!ip) {
    report({ start: node.start, end: node.end, message: `${field} '${r.value}' must be a valid IP address: ${notAnIPReason(r.value)}` });
    return null;
  }
  const special = options.nonSpecial ? specialIPReason(ip) : null;
  if (special) report({ start: node.start, end: node.end, message: `${field} '${r.value}' is ${special}, which Kubernetes does not accept here` });
  return ip;
}
