import { goInt, goValue } from '../k8s/goyaml';
import { integerProblem } from '../k8s/portValues';
import type { YNode } from '../syntax/nodes';
import { get, getPair, keyText } from '../syntax/nodes';
import type { Container } from '../model/workloads';
import type { Handler } from './podTemplate';
import { POD_SPEC_VALIDATION, containerLabel, eachHandler, reportProblem } from './podTemplate';
import { replacementFixes } from './replacementFix';
import type { ResourceContext, ResourceRule } from './types';

const PROBE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];
const SCHEMES = ['HTTP', 'HTTPS'];

function isSet(node: YNode | null | undefined): boolean {
  const v = goValue(node);
  return !!v && v.type !== 'null';
}

function checkActions(ctx: ResourceContext, c: Container, h: Handler, where: string): void {
  const allowed = h.probe ? PROBE_ACTIONS : LIFECYCLE_ACTIONS;
  const set = h.node.items.filter((p) => allowed.includes(keyText(p) ?? '') && isSet(p.value));
  const hPair = h.probe ? getPair(c.node, h.path) : getPair(c.node, 'lifecycle', h.path.split('.')[1]);
  if (set.length === 0 && hPair) {
    ctx.report({ start: hPair.key.start, end: hPair.key.end, message: `${h.path} must specify a handler: one of ${allowed.join(', ')}${where}`, data: { reason: 'no-handler' } });
  }
  for (const extra of set.slice(1)) {
    ctx.report({ start: extra.key.start, end: extra.key.end, message: `${h.path} may specify only one handler; it already has ${keyText(set[0])}${where}`, data: { reason: 'two-handlers' } });
  }
  const scheme = getPair(h.node, 'httpGet', 'scheme');
  const value = goValue(scheme?.value);
  if (scheme?.value && value?.type === 'string' && value.value !== '' && !SCHEMES.includes(value.value)) {
    const upper = value.value.toUpperCase();
    const fix = SCHEMES.includes(upper) ? { replace: upper, fixTitle: `Change to ${upper}` } : {};
    ctx.report({ start: scheme.value.start, end: scheme.value.end, message: `httpGet.scheme must be HTTP or HTTPS (case-sensitive); '${value.value}' is not${where}`, data: { reason: 'scheme', ...fix } });
  }
}

function checkTimings(ctx: ResourceContext, h: Handler, where: string): void {
  for (const field of TIMINGS) {
    const node = get(h.node, field);
    const problem = integerProblem(node, field, (n) => (n < 0 ? 'zero or more (0 means the default)' : null));
    if (node && problem) reportProblem(ctx, node, { ...problem, message: problem.message + where });
  }
  const success = get(h.node, 'successThreshold');
  const n = goInt(goValue(success));
  if (success && h.path !== 'readinessProbe' && n !== null && n > 1) {
    ctx.report({ start: success.start, end: success.end, message: `successThreshold must be 1 for a ${h.path}; ${n} is rejected${where}`, data: { reason: 'success-threshold', replace: '1', fixTitle: 'Change to 1' } });
  }
  const grace = getPair(h.node, 'terminationGracePeriodSeconds');
  if (!grace?.value || !isSet(grace.value)) return;
  if (h.path === 'readinessProbe') {
    ctx.report({ start: grace.key.start, end: grace.key.end, message: `terminationGracePeriodSeconds must not be set on a readinessProbe${where}`, data: { reason: 'grace-readiness' } });
    return;
  }
  const problem = integerProblem(grace.value, 'terminationGracePeriodSeconds', (v) => (v <= 0 ? 'greater than 0' : null));
  if (problem) reportProblem(ctx, grace.value, { ...problem, message: problem.message + where });
}

export const probeHandler: ResourceRule = {
  id: 'probe-handler',
  title: 'Invalid probe or lifecycle-hook handler',
  description: 'A probe or lifecycle hook names exactly one handler (`exec`, `httpGet`, `tcpSocket`, `grpc` for probes, `sleep` for hooks); `httpGet.scheme` is `HTTP` or `HTTPS`; timing fields are not negative; liveness and startup probes need `successThreshold: 1`; `terminationGracePeriodSeconds` is positive and not allowed on readiness probes. The API server rejects the pod otherwise.',
  remediation: 'Keep one handler, use HTTP or HTTPS in upper case, and keep timings at zero (the default) or more.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachHandler(ctx, (c, h) => {
      const where = ` (${h.path} of ${containerLabel(c)})`;
      checkActions(ctx, c, h, where);
      if (h.probe) checkTimings(ctx, h, where);
    });
  },
  fixes: replacementFixes,
};
