import { checkIntField, PORT_RANGE, replacementFixes } from './_shared/fieldChecks';
import { goValue, readString } from '../k8s/goyaml';
import { isDns1035Label, isDns1123Subdomain } from '../k8s/names';
import { ianaNameData, ianaNameProblem } from './_shared/portNames';
import type { YNode, YPair } from '../syntax/nodes';
import { asMap, get, getPair } from '../syntax/nodes';
import type { Report } from './_shared/fieldChecks';
import { INGRESS_VALIDATION, isPlaceholder, v1Spec } from './ingress';
import { ingressBackends } from '../model/ingress';
import type { ResourceRule } from './types';

function isSet(node: YNode | null | undefined): boolean {
  return !!node && goValue(node)?.type !== 'null';
}

/** A string field's value, or '' when absent or not a string. */
function text(node: YNode | null): string {
  const s = readString(node);
  return s?.ok ? s.value : '';
}

function checkServicePort(report: Report, service: YPair): void {
  const portPair = getPair(service.value, 'port');
  const name = getPair(portPair?.value, 'name');
  const number = getPair(portPair?.value, 'number');
  const nameText = text(name?.value ?? null);
  const num = goValue(number?.value);
  const numberSet = !!number?.value && isSet(number.value) && !(num?.type === 'number' && num.value === 0);
  if (nameText !== '' && numberSet && number) {
    report({ start: number.key.start, end: number.key.end, message: 'service.port sets both name and number; set exactly one', data: { reason: 'port-both' } });
  } else if (nameText !== '' && name?.value) {
    const why = isPlaceholder(nameText) ? null : ianaNameProblem(nameText);
    if (why) report({ start: name.value.start, end: name.value.end, message: `service.port.name ${why}; unlike a Service port name, an Ingress port name must have a letter`, data: ianaNameData(nameText) });
  } else if (numberSet && number?.value) {
    checkIntField(report, number.value, 'service.port.number', PORT_RANGE);
  } else {
    const at = portPair?.key ?? service.key;
    report({ start: at.start, end: at.end, message: 'service.port needs a name or a number', data: { reason: 'port-required' } });
  }
}

function checkService(report: Report, service: YPair): void {
  const name = getPair(service.value, 'name');
  const nameText = text(name?.value ?? null);
  if (!name?.value || nameText === '') {
    const at = name ?? service;
    report({ start: at.key.start, end: at.key.end, message: 'service.name is required', data: { reason: 'name-required' } });
  } else if (!isPlaceholder(nameText) && !isDns1035Label(nameText)) {
    report({ start: name.value.start, end: name.value.end, message: `service.name '${nameText}' must be a Service name: a DNS-1035 label (lower-case letters, digits and '-', starting with a letter, at most 63)`, data: { reason: 'name' } });
  }
  checkServicePort(report, service);
}

/** ValidatePathSegmentName: not `.` or `..`, no `/` or `%`. */
function pathSegmentProblem(s: string): string | null {
  if (s === '') return 'is required';
  if (s === '.' || s === '..') return `may not be '${s}'`;
  if (/[/%]/.test(s)) return "may not contain '/' or '%'";
  return null;
}

function checkResource(report: Report, resource: YPair): void {
  for (const field of ['kind', 'name']) {
    const pair = getPair(resource.value, field);
    const why = pathSegmentProblem(text(pair?.value ?? null));
    const at = pair?.value ?? resource.key;
    if (why) report({ start: at.start, end: at.end, message: `resource.${field} ${why}`, data: { reason: `resource-${field}` } });
  }
  const group = get(resource.value, 'apiGroup');
  const g = text(group);
  if (group && g !== '' && !isDns1123Subdomain(g)) report({ start: group.start, end: group.end, message: `resource.apiGroup '${g}' must be a DNS subdomain such as 'example.com'`, data: { reason: 'resource-group' } });
}

export const ingressBackend: ResourceRule = {
  id: 'ingress-backend',
  title: 'Invalid Ingress backend',
  description: 'Each Ingress backend (`defaultBackend`, and the `backend` of every path) sets exactly one of `service` or `resource`. A service backend needs `name` (a Service name, DNS-1035 label) and `port` with exactly one of `number` (1-65535) or `name`; the port name is an IANA service name, so `name: "80"` is rejected although a Service may call its port "80". A resource backend needs `kind` and `name`.',
  remediation: 'Use `port.number` for a numeric port and `port.name` only for a named Service port with a letter in it.',
  ...INGRESS_VALIDATION,
  check(ctx) {
    const spec = v1Spec(ctx);
    if (!spec) return;
    for (const backend of ingressBackends(spec)) {
      if (!asMap(backend.value)) continue;
      const service = getPair(backend.value, 'service');
      const resource = getPair(backend.value, 'resource');
      const hasService = !!service && isSet(service.value);
      const hasResource = !!resource && isSet(resource.value);
      if (hasService && hasResource) {
        ctx.report({ start: resource!.key.start, end: resource!.key.end, message: 'a backend may set service or resource, not both', data: { reason: 'both' } });
      } else if (hasService) {
        checkService(ctx.report, service!);
      } else if (hasResource) {
        checkResource(ctx.report, resource!);
      } else {
        ctx.report({ start: backend.key.start, end: backend.key.end, message: 'a backend needs a service or a resource', data: { reason: 'none' } });
      }
    }
  },
  fixes: replacementFixes,
};
