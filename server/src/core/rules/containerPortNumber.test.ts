import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
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
            #                ^ error container-port-number: containerPort must be between 1 and 65535, got 0 (container 'web')
            - containerPort: 65536
            #                ^^^^^ error container-port-number: containerPort must be between 1 and 65535, got 65536
            - containerPort: -80
            #                ^^^ error container-port-number: got -80
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
            #                ^^^^^^^ error container-port-number: containerPort must be between 1 and 65535, got 65536
            - containerPort: 80.5
            #                ^^^^ error container-port-number: containerPort must be an integer (1-65535); '80.5' is not an integer
            - containerPort: yes
            #                ^^^ error container-port-number: YAML reads 'yes' as the boolean true, not a number
            - containerPort: http
            #                ^^^^ error container-port-number: containerPort must be an integer (1-65535); 'http' is a string, not a number
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
                #                ^^^^^^ error container-port-number: containerPort must be an integer (1-65535); "8080" is a quoted string, not a number
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
                    #                               ^^^^^ error container-port-number: hostPort must be between 0 and 65535, got 65536
                    - {containerPort: 83, hostPort: -1}
                    #                               ^^ error container-port-number: hostPort must be between 0 and 65535, got -1
                    - {containerPort: 84, hostPort: "84"}
                    #                               ^^^^ error container-port-number: hostPort must be an integer (0-65535); "84" is a quoted string
  `, { rules });
});

test('a miscased containerport key is named, and the fix renames it', () => {
  const yaml = `
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports:
            - name: udps
              containerport: 3535
  `;
  checkFixture(`${yaml}${' '.repeat(12)}^^^^^^^^^^^^^ error container-port-number: containerPort is required in every ports entry; 'containerport' is another field (keys are case-sensitive) (container 'web')\n`, { rules });
  assert.equal(applyFix(yaml, 'container-port-number'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      ports:\n        - name: udps\n          containerPort: 3535\n');
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
