/**
 * Checks for the two shapes a port takes in the Kubernetes API: an int32 port number (`containerPort`, `hostPort`,
 * gRPC probe ports, `endPort`, Ingress `port.number`) and an IntOrString that is either a number or an IANA_SVC_NAME
 * (probe and lifecycle ports, NetworkPolicy ports). Each returns what is wrong, or null, with fix data where the repair
 * is unambiguous (`replace`: the text that should stand in place of the value).
 */
import type { YNode } from '../syntax/nodes';
import { asScalar } from '../syntax/nodes';
import type { GoValue } from './goyaml';
import { goInt, goValue } from './goyaml';
import { isIanaSvcName } from './names';

export interface ValueProblem {
  message: string;
  /** Diagnostic data; `replace` and `fixTitle` drive the shared replacement quick fix. */
  data: Record<string, unknown>;
}

export const MAX_PORT = 65535;

/** The source text of a value, for messages: `0x10000 (65536)` when the two differ. */
function shown(node: YNode, value: number): string {
  const raw = asScalar(node)?.raw ?? String(value);
  return raw === String(value) ? raw : `${raw} (${value})`;
}

function notANumber(v: GoValue, node: YNode, field: string): ValueProblem {
  const raw = asScalar(node)?.raw ?? '';
  switch (v.type) {
    case 'float':
      return { message: `${field} must be a whole number; ${raw} is not`, data: { reason: 'float' } };
    case 'bool':
      return { message: `${field} must be a number; ${raw} is read as the boolean ${v.value} (YAML 1.1)`, data: { reason: 'bool' } };
    case 'map':
    case 'seq':
      return { message: `${field} must be a number, not a ${v.type === 'map' ? 'mapping' : 'list'}`, data: { reason: 'structure' } };
    default:
      return { message: `${field} must be a number; '${raw}' is a string`, data: { reason: 'string' } };
  }
}

/** A quoted decimal number: the one unambiguous repair is to remove the quotes. */
function quotedNumber(v: GoValue): string | null {
  return v.type === 'string' && v.quoted && /^[0-9]+$/.test(v.value) ? String(Number(v.value)) : null;
}

function portRangeProblem(n: number, allowZero: boolean): string | null {
  if ((allowZero && n === 0) || (n >= 1 && n <= MAX_PORT)) return null;
  return allowZero ? `0 (unset) or between 1 and ${MAX_PORT}` : `between 1 and ${MAX_PORT}`;
}

/**
 * An int32 field that `inRange` accepts (it returns what is wrong with a value, or null). An absent or null value is
 * not judged here: the caller knows whether the field is required.
 */
export function integerProblem(node: YNode | null, field: string, inRange: (n: number) => string | null): ValueProblem | null {
  const v = goValue(node);
  if (!node || !v || v.type === 'null') return null;
  const n = goInt(v);
  if (n !== null) {
    const why = inRange(n);
    return why ? { message: `${field} must be ${why}; ${shown(node, n)} is out of range`, data: { reason: 'range', value: n } } : null;
  }
  const unquoted = quotedNumber(v);
  if (unquoted !== null) {
    return {
      message: `${field} must be a number, not a string: remove the quotes around ${asScalar(node)?.raw}`,
      data: { reason: 'quoted', replace: unquoted, fixTitle: `Unquote ${unquoted}` },
    };
  }
  return notANumber(v, node, field);
}

/** An int32 port number; `allowZero` is for fields where 0 means unset, such as `hostPort`. */
export function portNumberProblem(node: YNode | null, field: string, allowZero = false): ValueProblem | null {
  return integerProblem(node, field, (n) => portRangeProblem(n, allowZero));
}

/** Why a string is not an IANA_SVC_NAME, or null when it is one. */
export function ianaNameProblem(name: string): string | null {
  if (isIanaSvcName(name)) return null;
  if (name.length === 0) return 'must not be empty';
  if (name.length > 15) return `must be at most 15 characters (IANA service name); '${name}' has ${name.length}`;
  if (/[^-a-z0-9]/.test(name)) return `may contain only lower-case letters, digits and '-' (IANA service name); '${name}' does not`;
  if (!/[a-z]/.test(name)) return `must contain at least one letter (IANA service name); '${name}' has none`;
  if (name.includes('--')) return `must not contain '--' (IANA service name); '${name}' does`;
  return `must not start or end with '-' (IANA service name); '${name}' does`;
}

/** The data of a name problem: a lower-case fix when lowering the name is all it takes. */
export function ianaNameData(name: string): Record<string, unknown> {
  const lower = name.toLowerCase();
  return lower !== name && isIanaSvcName(lower) ? { reason: 'name', replace: lower, fixTitle: `Change to '${lower}'` } : { reason: 'name' };
}

/**
 * An IntOrString port: a number 1..65535 or an IANA_SVC_NAME. A quoted number is a string, so Kubernetes reads it
 * as a port *name*, and a name needs a letter.
 */
export function portNumOrNameProblem(node: YNode | null, field: string): ValueProblem | null {
  const v = goValue(node);
  if (!node || !v || v.type === 'null') return null;
  if (goInt(v) !== null || v.type !== 'string') return portNumberProblem(node, field);
  const unquoted = quotedNumber(v);
  if (unquoted !== null) {
    return {
      message: `${field} ${asScalar(node)?.raw} is quoted, so Kubernetes reads it as a port name, and a port name needs a letter; remove the quotes to use port ${unquoted}`,
      data: { reason: 'quoted', replace: unquoted, fixTitle: `Unquote ${unquoted}` },
    };
  }
  const why = ianaNameProblem(v.value);
  return why ? { message: `${field} name ${why}`, data: ianaNameData(v.value) } : null;
}

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** A port protocol: TCP, UDP or SCTP, case-sensitive. Absent, null and `""` are defaulted to TCP. */
export function protocolProblem(node: YNode | null): ValueProblem | null {
  const v = goValue(node);
  if (!node || !v || v.type === 'null' || (v.type === 'string' && v.value === '')) return null;
  const text = v.type === 'string' ? v.value : (asScalar(node)?.raw ?? '');
  if (v.type === 'string' && PROTOCOLS.includes(text)) return null;
  const upper = text.toUpperCase();
  const data: Record<string, unknown> = PROTOCOLS.includes(upper) ? { reason: 'protocol', replace: upper, fixTitle: `Change to ${upper}` } : { reason: 'protocol' };
  return { message: `protocol must be TCP, UDP or SCTP (case-sensitive); '${text}' is not`, data };
}
