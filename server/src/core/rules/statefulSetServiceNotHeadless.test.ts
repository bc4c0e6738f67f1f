import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['statefulset-service-not-headless'];

test('notes a governing Service with a cluster IP, and is quiet for a headless one', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      serviceName: db
    #              ^^ information statefulset-service-not-headless: Service 'db' is not headless (type ClusterIP, with a cluster IP); per-pod DNS names (<pod>.db) need clusterIP: None
      selector: {matchLabels: {app: db}}
      template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: postgres}]}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: db}
    spec: {selector: {app: db}, ports: [{port: 5432}]}
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: cache}
    spec:
      serviceName: cache
    #              ^^^^^ information statefulset-service-not-headless: (clusterIP: 10.0.0.12)
      selector: {matchLabels: {app: cache}}
      template: {metadata: {labels: {app: cache}}, spec: {containers: [{name: c, image: redis}]}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: cache}
    spec: {clusterIP: 10.0.0.12, selector: {app: cache}, ports: [{port: 6379}]}
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: mq}
    spec:
      serviceName: mq
      selector: {matchLabels: {app: mq}}
      template: {metadata: {labels: {app: mq}}, spec: {containers: [{name: mq, image: rabbitmq}]}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: mq}
    spec: {clusterIP: None, selector: {app: mq}, ports: [{port: 5672}]}
  `, { rules });
});
