import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-external-name'];

test('an ExternalName Service needs a lower-case DNS name and no cluster IP fields', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: ok}
    spec:
      type: ExternalName
      externalName: db.example.com.
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ip-looking}
    spec:
      type: ExternalName
      externalName: 203.0.113.10
      clusterIP: ""
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: missing}
    spec:
      type: ExternalName
    #       ^^^^^^^^^^^^ error service-external-name: needs spec.externalName
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: bad}
    spec:
      type: ExternalName
      externalName: DB.example.com
    #               ^^^^^^^^^^^^^^ error service-external-name: is not a lower-case DNS name
      clusterIP: None
    # ^^^^^^^^^ error service-external-name: clusterIP may not be set on a Service of type ExternalName
      ipFamilyPolicy: SingleStack
    # ^^^^^^^^^^^^^^ error service-external-name: ipFamilyPolicy may not be set
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: not-external}
    spec:
      externalName: NOT CHECKED
      ports: [{port: 80}]
  `, { rules });
});
