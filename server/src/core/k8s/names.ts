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
