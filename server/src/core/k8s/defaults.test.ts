import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFixture } from '../testing/fixture';
import { Workspace } from '../model/workspace';
import { DEFAULT_CONFIG } from '../config';
import { get } from '../syntax/nodes';
import { externallyAccessible, ipFamilyPolicy, isHeadless, normalizedClusterIPs, serviceType, sessionAffinity } from './defaults';

function spec(yaml: string) {
  const ws = new Workspace(DEFAULT_CONFIG);
  const f = parseFixture(`apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n${yaml}`);
  for (const [uri, text] of f.files) ws.setFile(uri, text);
  return get(ws.snapshot().resources[0].node, 'spec');
}

test('type, sessionAffinity default; externally accessible Services', () => {
  assert.equal(serviceType(spec('  ports: []')), 'ClusterIP');
  assert.equal(serviceType(spec('  type: ""')), 'ClusterIP');
  assert.equal(sessionAffinity(spec('  ports: []')), 'None');
  assert.equal(externallyAccessible(spec('  type: NodePort')), true);
  assert.equal(externallyAccessible(spec('  type: LoadBalancer')), true);
  assert.equal(externallyAccessible(spec('  externalIPs: [203.0.113.1]')), true);
  assert.equal(externallyAccessible(spec('  externalIPs: []')), false);
  assert.equal(externallyAccessible(spec('  type: ExternalName')), false);
});

test('clusterIP is copied into an empty clusterIPs, never the reverse', () => {
  assert.deepEqual(normalizedClusterIPs(spec('  clusterIP: 10.96.0.10')).map((e) => e.value), ['10.96.0.10']);
  assert.deepEqual(normalizedClusterIPs(spec('  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, "fd00::a"]')).map((e) => e.value), ['10.96.0.10', 'fd00::a']);
  assert.deepEqual(normalizedClusterIPs(spec('  clusterIP: ""')), []);
  assert.equal(isHeadless(spec('  clusterIP: None')), true);
  assert.equal(isHeadless(spec('  clusterIP: 10.0.0.1')), false);
});

test('ipFamilyPolicy defaults to SingleStack, RequireDualStack for headless Services without selector', () => {
  assert.equal(ipFamilyPolicy(spec('  ports: []')), 'SingleStack');
  assert.equal(ipFamilyPolicy(spec('  clusterIP: None')), 'RequireDualStack');
  assert.equal(ipFamilyPolicy(spec('  clusterIP: None\n  selector: {app: a}')), 'SingleStack');
  assert.equal(ipFamilyPolicy(spec('  ipFamilyPolicy: PreferDualStack')), 'PreferDualStack');
});
