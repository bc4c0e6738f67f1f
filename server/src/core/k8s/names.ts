/** Kubernetes' name formats (apimachinery's validation package), as predicates. */

/** IANA_SVC_NAME: a named port. 1-15 of [-a-z0-9], at least one letter, no leading, trailing or double hyphen. */
export function isIanaSvcName(s: string): boolean {
  return s.length >= 1 && s.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s) && /[a-z]/.test(s) && !s.includes('--');
}

/** DNS-1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters. */
export function isDns1123Label(s: string): boolean {
  return s.length >= 1 && s.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s);
}

/** DNS-1035 label: like DNS-1123 but starting with a letter. */
export function isDns1035Label(s: string): boolean {
  return s.length >= 1 && s.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(s);
}

/** DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export function isDns1123Subdomain(s: string): boolean {
  return s.length >= 1 && s.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(s);
}

const QUALIFIED_NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * Why a string is not a qualified name (label key, appProtocol, loadBalancerClass): an optional DNS-1123 subdomain
 * prefix and `/`, then 1-63 characters of `[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]`. Null when it is one.
 */
export function qualifiedNameProblem(s: string): string | null {
  const parts = s.split('/');
  if (parts.length > 2) return 'it may contain at most one "/"';
  const name = parts[parts.length - 1];
  if (parts.length === 2 && !isDns1123Subdomain(parts[0])) return `the prefix '${parts[0]}' must be a lower-case DNS subdomain`;
  if (name.length === 0) return 'the name part must not be empty';
  if (name.length > 63) return `the name part must be at most 63 characters, '${name}' has ${name.length}`;
  if (!QUALIFIED_NAME_PART.test(name)) return 'the name part must consist of alphanumerics, "-", "_" or ".", and start and end with an alphanumeric';
  return null;
}

/** Why a string is not a label value (empty, or at most 63 characters like a qualified name part). Null when it is. */
export function labelValueProblem(s: string): string | null {
  if (s === '') return null;
  if (s.length > 63) return `must be at most 63 characters, it has ${s.length}`;
  if (!QUALIFIED_NAME_PART.test(s)) return 'must consist of alphanumerics, "-", "_" or ".", and start and end with an alphanumeric';
  return null;
}

/** Fully qualified domain name: a DNS-1123 subdomain of at least two labels; one trailing dot is allowed. */
export function isFullyQualifiedDomainName(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  return isDns1123Subdomain(name) && name.includes('.');
}
