import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkFixture } from '../testing/fixture';
import { atCursor } from '../testing/cursor';
import { definition, references } from '../features/navigation';
import { DEFAULT_CONFIG } from '../config';
import { Workspace } from '../model/workspace';
import { checkFile } from './runner';
import { REPO_ROOT } from '../../../../test/fuzz/corpus';

const rules = ['monitor-target-unresolved', 'link-unverifiable'];

/** Service api (port `http`) and Deployment api (container port `metrics`) in namespace shop. */
const APP = `
    //- app.yaml
    {apiVersion: v1, kind: Service, metadata: {name: api, namespace: shop, labels: {app: api}}, spec: {selector: {app: api}, ports: [{name: http, port: 80}]}}
    ---
    {apiVersion: apps/v1, kind: Deployment, metadata: {name: api, namespace: shop}, spec: {selector: {matchLabels: {app: api}}, template: {metadata: {labels: {app: api}}, spec: {containers: [{name: api, ports: [{name: metrics, containerPort: 9090}]}]}}}}
`;

/** A monitor as one flow-style object, whose `spec` continues on the next line(s). */
const monitor = (kind: string, metadata: string) => `{apiVersion: monitoring.coreos.com/v1, kind: ${kind}, metadata: ${metadata},\n    `;

test('ServiceMonitor: a selector that matches no Service of its unit, and a port name the Services lack', () => {
  checkFixture(`${APP}
    //- monitors.yaml
    ${monitor('ServiceMonitor', '{name: typo, namespace: shop}')}spec: {selector: {matchLabels: {app: apii}}, endpoints: [{port: http}]}}
    #      ^^^^^^^^ warning monitor-target-unresolved: selector app=apii matches no Service in namespace 'shop', so Prometheus scrapes nothing for servicemonitor/typo
    ---
    ${monitor('ServiceMonitor', '{name: api, namespace: shop}')}spec: {selector: {matchLabels: {app: api}}, endpoints: [{port: http}, {port: metrics}]}}
    #                                                                            ^^^^^^^ warning monitor-target-unresolved: no Service port named 'metrics' in the 1 Service servicemonitor/api selects (service/api); named ports there: http
  `, { rules });
});

test('PodMonitor: selects pod templates, and its port names a container port', () => {
  checkFixture(`${APP}
    //- monitors.yaml
    ${monitor('PodMonitor', '{name: api, namespace: shop}')}spec: {selector: {matchLabels: {app: api}}, podMetricsEndpoints: [{port: metrics}, {port: http}]}}
    #                                                                                         ^^^^ warning monitor-target-unresolved: no container port named 'http' in the 1 pod template podmonitor/api selects (deployment/api); named ports there: metrics
    ---
    ${monitor('PodMonitor', '{name: elsewhere, namespace: monitoring}')}spec: {selector: {matchLabels: {app: api}}}}
    #      ^^^^^^^^ warning monitor-target-unresolved: selector app=api matches no pod template in namespace 'monitoring', so Prometheus scrapes nothing for podmonitor/elsewhere; deployment/api in namespace 'shop' matches, but without a namespaceSelector the monitor looks only in its own namespace
    ---
    ${monitor('PodMonitor', '{name: any, namespace: monitoring}')}spec: {namespaceSelector: {any: true}, selector: {matchLabels: {app: api}}, podMetricsEndpoints: [{port: metrics}]}}
  `, { rules });
});

test('quiet on a monitor for targets installed by other means, or one that may be applied where they are', () => {
  checkFixture(`${APP}
    //- other/monitors.yaml
    ${monitor('ServiceMonitor', '{name: kubelet, namespace: kube-system}')}spec: {selector: {matchLabels: {k8s-app: kubelet}}, endpoints: [{port: https-metrics}]}}
    ---
    ${monitor('ServiceMonitor', '{name: floating}')}spec: {selector: {matchLabels: {app: api}}, endpoints: [{port: http}]}}
    ---
    ${monitor('ServiceMonitor', '{name: listed, namespace: monitoring}')}spec: {namespaceSelector: {matchNames: [shop]}, selector: {matchLabels: {app: api}}, endpoints: [{port: http}]}}
  `, { rules });
});

test("kube-linter's dangling-servicemonitor fixture: the four monitors it reports, and none it calls clean", () => {
  const file = path.resolve(REPO_ROOT, '../shared/peers/kube-linter/fixtures/dangling-servicemonitor.yml');
  const ws = new Workspace(DEFAULT_CONFIG);
  ws.setFile('/peers/dangling-servicemonitor.yml', readFileSync(file, 'utf8'));
  const found = checkFile(ws.snapshot(), '/peers/dangling-servicemonitor.yml').filter((d) => d.rule === 'monitor-target-unresolved');
  // kube-linter: app1 and app2 (selector app=app), app1 with namespace test2 and no selector, app1 with both.
  assert.deepEqual(found.map((d) => d.message.replace(/, so Prometheus.*?(;|$)/, '$1').split(';')[0]), [
    "selector app.kubernetes.io/name=app matches no Service in namespace 'default'",
    "selector app.kubernetes.io/name=app matches no Service in namespace 'default'",
    "selector {} (everything) matches no Service in namespace 'test2'",
    "selector app.kubernetes.io/name=app1 matches no Service in namespace 'test2'",
  ]);
});

test('navigation: a monitor selector leads to the Services, a port to the port name, and back', () => {
  const monitor = `
    //- sm.yaml
    apiVersion: monitoring.coreos.com/v1
    kind: ServiceMonitor
    metadata: {name: api, namespace: shop}
    spec:
      selector: {matchLabels: {app: api}}
      endpoints: [{port: ht$0tp}]
  `;
  const c = atCursor(`${APP}${monitor}`);
  assert.deepEqual(definition(c.snapshot, c.uri, c.offset).map(c.show), ['app.yaml: http']);
  const back = atCursor(`${APP.replace('{name: http, port: 80}', '{name: ht$0tp, port: 80}')}${monitor.replace('$0', '')}`);
  assert.deepEqual(references(back.snapshot, back.uri, back.offset).map(back.show), ['sm.yaml: http']);
});
