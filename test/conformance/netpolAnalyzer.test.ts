/**
 * Conformance with netpol-analyzer's connlist suite: every plain NetworkPolicy case and every Ingress/Route case must
 * match its expected output line for line, at least 90% of the whole suite must, and every case that does not is
 * listed below with the reason; no other may fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { actualLines, cases, difference, expectedLines, SUITE } from './netpolAnalyzer';

const MUST_MATCH = new Set(['k8s-netpol', 'k8s-netpol+ingress-route']);

const IPV6 = 'IPv6 networks of an AdminNetworkPolicy are analysed here; netpol-analyzer ignores them with a warning (the IPv4 lines match)';
const APPS_POD = 'the Pod is written with apiVersion apps/v1, which the API server refuses; netpol-analyzer reads it by kind alone';
const MNP_IPBLOCK = "a MultiNetworkPolicy ipBlock that matches members' own secondary-network addresses (static IPs) is not modelled";

/** Where we differ, and why. */
const KNOWN: Record<string, string> = {
  anp_and_banp_using_networks_with_ipv6_test: IPV6,
  anp_banp_test_multiple_warnings: IPV6,
  udn_with_ingress_controller: APPS_POD,
  udn_with_ingress_controller_two_pods: APPS_POD,
  nad_test_16: MNP_IPBLOCK,
  nad_test_17: MNP_IPBLOCK,
};

test('netpol-analyzer connlist suite', { skip: !existsSync(SUITE) && 'no ../shared/peers/netpol-analyzer' }, () => {
  const tally = new Map<string, { matched: number; total: number }>();
  const unexpected: string[] = [];
  const known: string[] = [];
  for (const c of cases()) {
    const t = tally.get(c.class) ?? { matched: 0, total: 0 };
    tally.set(c.class, t);
    t.total++;
    const diff = difference(actualLines(c), expectedLines(c));
    if (!diff) t.matched++;
    else if (KNOWN[c.dir] && !MUST_MATCH.has(c.class)) known.push(`${c.class} ${c.dir}: ${KNOWN[c.dir]}`);
    else unexpected.push(`${c.class} ${c.dir}: ${diff.slice(0, 400)}`);
  }
  const matched = [...tally.values()].reduce((n, t) => n + t.matched, 0);
  const total = [...tally.values()].reduce((n, t) => n + t.total, 0);
  console.log([...tally].map(([k, t]) => `${k} ${t.matched}/${t.total}`).join(', ') + `; all ${matched}/${total}`);
  for (const f of [...known, ...unexpected]) console.log(`  not matched: ${f}`);
  assert.deepEqual(unexpected, []);
  assert.ok(matched >= 0.9 * total, `${matched}/${total} cases match; at least 90% must`);
});
