import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['statefulset-service-missing', 'link-unverifiable'];

/** A StatefulSet; `note` is an annotation line placed under `serviceName`. */
const sts = (serviceName: string, ns = '', note = '') => `
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db${ns ? `, namespace: ${ns}` : ''}}
    spec:
      serviceName: ${serviceName}${note ? `\n    #              ${note}` : ''}
      selector: {matchLabels: {app: db}}
      template:
        metadata: {labels: {app: db}}
        spec: {containers: [{name: db, image: postgres, ports: [{containerPort: 5432}]}]}
`;

const headless = (name: string, app = 'db') => `
    apiVersion: v1
    kind: Service
    metadata: {name: ${name}}
    spec:
      clusterIP: None
      selector: {app: ${app}}
      ports: [{port: 5432}]
`;

test('warns when serviceName names no Service in the namespace, with a did-you-mean', () => {
  checkFixture(`
    //- sts.yaml${sts('db-headles', '', `^^^^^^^^^^ warning statefulset-service-missing: serviceName 'db-headles' names no Service in namespace 'default', so the pods get no stable DNS names (<pod>.db-headles); create a headless Service 'db-headles', or did you mean 'db-headless'?`)}
    //- svc.yaml${headless('db-headless')}
  `, { rules });
  checkFixture(`
    //- sts.yaml${sts('db-headless', 'data', `^^^^^^^^^^^ warning statefulset-service-missing: names no Service in namespace 'data'`)}
    //- svc.yaml${headless('db-headless')}
  `, { rules });
});

test("warns when the Service does not select the StatefulSet's pods", () => {
  checkFixture(`
    //- sts.yaml${sts('db', '', `^^ warning statefulset-service-missing: Service 'db' does not select the pods of statefulset/db: its selector app=database does not match`)}
    //- svc.yaml${headless('db', 'database')}
  `, { rules });
});

test('stays quiet for a matching headless Service, a selector-less one, no serviceName, and Helm templates', () => {
  checkFixture(`
    //- a/sts.yaml${sts('db')}
    //- a/svc.yaml${headless('db')}
    //- b/sts.yaml${sts('manual', 'b')}
    //- b/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: manual, namespace: b}
    spec: {clusterIP: None}
    //- c/sts.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: c}
    spec:
      selector: {matchLabels: {app: c}}
      template: {metadata: {labels: {app: c}}, spec: {containers: [{name: c, image: c}]}}
    //- chart/templates/sts.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: {{ .Release.Name }}}
    spec:
      serviceName: {{ .Release.Name }}-headless
  `, { rules });
});

test('a StatefulSet whose pods declare no ports needs no governing Service, unless its serviceName looks like a typo', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: bot}
    spec:
      serviceName: bot
      selector: {matchLabels: {app: bot}}
      template: {metadata: {labels: {app: bot}}, spec: {containers: [{name: bot, image: bot}]}}
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: bot2}
    spec:
      serviceName: bot-headles
    #              ^^^^^^^^^^^ warning statefulset-service-missing: did you mean 'bot-headless'?
      selector: {matchLabels: {app: bot2}}
      template: {metadata: {labels: {app: bot2}}, spec: {containers: [{name: bot, image: bot}]}}
    ---${headless('bot-headless', 'bot2')}
  `, { rules });
});

test('a Service that an unreadable document might define is unverifiable', () => {
  checkFixture(`
    //- app/sts.yaml${sts('db', '', `^^ information link-unverifiable: cannot verify serviceName 'db'`)}
    //- app/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: db}
    spec: {clusterIP: None, selector: {app: db}
  `, { rules });
});

test('the quick fix corrects serviceName to the nearest Service name', () => {
  assert.equal(applyFirstFix(`\n    //- sts.yaml${sts('db-headles')}\n    //- svc.yaml${headless('db-headless')}`, 'statefulset-service-missing'), dedent(sts('db-headless')));
});
