import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-selector-labels'];
const L63 = 'a'.repeat(63);

test('selector keys are qualified names and values label values, at their length limits', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80}]
      selector:
        app.kubernetes.io/name: web
        Tier: Front_End.v1
        empty: ""
        ${L63}: ${L63}
        ${L63}b: x
    #   ${'^'.repeat(64)} error service-selector-labels: the name part must be at most 63 characters
        k: ${L63}b
    #      ${'^'.repeat(64)} error service-selector-labels: must be at most 63 characters, it has 64
        Example.com/x: val
    #   ^^^^^^^^^^^^^ error service-selector-labels: the prefix 'Example.com' must be a lower-case DNS subdomain
        role: -worker
    #         ^^^^^^^ error service-selector-labels: start and end with an alphanumeric
        version: 1
    #            ^ error service-selector-labels: must be a string; YAML reads it as a number
  `, { rules });
});

test('the quick fix quotes a numeric or boolean selector value', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80}]
      selector:
        enabled: yes
  `;
  assert.equal(applyFix(yaml, 'service-selector-labels'), dedentText(yaml.replace('yes', '"yes"')));
});

test('a merge key in a selector is applied, and a merged value is reported where it is written', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
      ports: [{port: 80}]
      selector: {<<: {app: api}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: web
      labels: &sel {app: web, version: 1}
      #                                ^ error service-selector-labels: must be a string; YAML reads it as a number
    spec:
      ports: [{port: 80}]
      selector: {<<: *sel}
  `, { rules });
});
