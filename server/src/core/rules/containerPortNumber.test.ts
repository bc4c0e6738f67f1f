import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['container-port-number'];

test('containerPort: 1 and 65535 pass, 0, 65536 and negatives fail', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports:
            - containerPort: 1
            - containerPort: 65535
            - containerPort: 0
            #                ^ error container-port-number: containerPort must be between 1 and 65535; 0 is out of range (container 'web')
            - containerPort: 65536
            #                ^^^^^ error container-port-number: 65536 is out of range
            - containerPort: -80
            #                ^^^ error container-port-number: -80 is out of range
  `, { rules });
});

test('Go YAML 1.1 numbers: hex and integral floats are numbers, fractions and booleans are not', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports:
            - containerPort: 0x50
            - containerPort: 80.0
            - containerPort: 8_080
            - containerPort: 0x10000
            #                ^^^^^^^ error container-port-number: 0x10000 (65536) is out of range
            - containerPort: 80.5
            #                ^^^^ error container-port-number: containerPort must be a whole number; 80.5 is not
            - containerPort: yes
            #                ^^^ error container-port-number: read as the boolean true
            - containerPort: http
            #                ^^^^ error container-port-number: containerPort must be a number; 'http' is a string
            - containerPort: [80]
            #                ^^^^ error container-port-number: not a list
  `, { rules });
});

test('a quoted number is a string: error with an unquote fix', () => {
  const yaml = `
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      template:
        spec:
          containers:
            - name: web
              ports:
                - containerPort: "8080"
                #                ^^^^^^ error container-port-number: containerPort must be a number, not a string: remove the quotes around "8080"
  `;
  checkFixture(yaml, { rules });
  assert.equal(applyFix(yaml.replace(/^ *#.*\n/m, ''), 'container-port-number'), [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: d}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          ports:',
    '            - containerPort: 8080',
    '',
  ].join('\n'));
});

test('containerPort is required; hostPort 0 means unset and 65535 is the maximum', () => {
  checkFixture(`
    apiVersion: batch/v1
    kind: CronJob
    metadata: {name: c}
    spec:
      jobTemplate:
        spec:
          template:
            spec:
              initContainers:
                - name: init
                  ports:
                    - name: http
                    # ^^^^ error container-port-number: containerPort is required in every ports entry (init container 'init')
                    - containerPort:
                    # ^^^^^^^^^^^^^ error container-port-number: containerPort is required
              containers:
                - name: job
                  ports:
                    - {containerPort: 80, hostPort: 0}
                    - {containerPort: 81, hostPort: 65535}
                    - {containerPort: 82, hostPort: 65536}
                    #                               ^^^^^ error container-port-number: hostPort must be 0 (unset) or between 1 and 65535; 65536 is out of range
                    - {containerPort: 83, hostPort: -1}
                    #                               ^^ error container-port-number: hostPort must be 0 (unset)
                    - {containerPort: 84, hostPort: "84"}
                    #                               ^^^^ error container-port-number: hostPort must be a number, not a string
  `, { rules });
});

test('objects without a pod template are not checked', () => {
  checkFixture(`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: c}
    spec:
      containers:
        - name: web
          ports: [{containerPort: 0}]
  `, { rules });
});
