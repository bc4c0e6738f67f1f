/** Why a string is not an IANA_SVC_NAME (a container port name), concretely, with a lower-case fix where that is all it takes. */
import { replacement } from './fieldChecks';
import { isIanaSvcName } from '../../k8s/names';

export function ianaNameProblem(name: string): string | null {
  if (isIanaSvcName(name)) return null;
  if (name.length === 0) return 'must not be empty';
  if (name.length > 15) return `must be at most 15 characters (IANA service name); '${name}' has ${name.length}`;
  if (/[^-a-z0-9]/.test(name)) return `may contain only lower-case letters, digits and '-' (IANA service name); '${name}' does not`;
  if (!/[a-z]/.test(name)) return `must contain at least one letter (IANA service name); '${name}' has none`;
  if (name.includes('--')) return `must not contain '--' (IANA service name); '${name}' does`;
  return `must not start or end with '-' (IANA service name); '${name}' does`;
}

/** Diagnostic data for an invalid name: a lower-case fix when lowering the name is all it takes. */
export function ianaNameData(name: string): Record<string, unknown> {
  const lower = name.toLowerCase();
  return lower !== name && isIanaSvcName(lower) ? { reason: 'name', ...replacement(lower, `Change to '${lower}'`) } : { reason: 'name' };
}
