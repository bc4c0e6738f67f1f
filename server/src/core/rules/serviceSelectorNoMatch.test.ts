import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-selector-no-match', 'link-unverifiable'];

test('warns when the selector matches no pod template, naming the nearest', () => {
  checkFixture(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: web
    spec:
      selector:
        app: nginx
      # ^^^^^^^^^^ warning service-selector-no-match: selector app=nginx matches no pod template in namespace 'default'; nearest: pod template of deployment/web has app=ngnix
      ports:
        - port: 80
    //- deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      selector:
        matchLabels:
          app: ngnix
      template:
        metadata:
          labels:
            app: ngnix
        spec:
          containers:
            - name: web
              image: nginx
  `, { rules });
});

test('matches pod template labels across files, never the workload metadata.labels', () => {
  checkFixture(`
    //- a/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
    # ^^^^^^^^ warning service-selector-no-match: deployment/web has these labels in its own metadata.labels
        app: web
      ports: [{port: 80}]
    //- b/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels: {app: web}
    spec:
      selector: {matchLabels: {app: other}}
      template:
        metadata: {labels: {app: other}}
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});

test('all selector labels must match (AND)', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
        app: web
        tier: backend
      # ^^^^^^^^^^^^^ warning service-selector-no-match: has tier=frontend
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
      labels: {app: web, tier: frontend}
    spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});

test('is quiet when a pod template in the same namespace matches, in any pod source kind', () => {
  for (const [kind, api, path] of [
    ['Deployment', 'apps/v1', 'template'],
    ['StatefulSet', 'apps/v1', 'template'],
    ['DaemonSet', 'apps/v1', 'template'],
    ['ReplicaSet', 'apps/v1', 'template'],
    ['ReplicationController', 'v1', 'template'],
    ['Job', 'batch/v1', 'template'],
    ['Rollout', 'argoproj.io/v1alpha1', 'template'],
  ]) {
    checkFixture(`
      apiVersion: v1
      kind: Service
      metadata: {name: web}
      spec:
        selector: {app: web}
        ports: [{port: 80}]
      ---
      apiVersion: ${api}
      kind: ${kind}
      metadata: {name: web}
      spec:
        ${path}:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: nginx}]}
    `, { rules });
  }
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: cron}
    spec:
      selector: {app: cron}
      ports: [{port: 80}]
    ---
    apiVersion: batch/v1
    kind: CronJob
    metadata: {name: cron}
    spec:
      schedule: "* * * * *"
      jobTemplate:
        spec:
          template:
            metadata: {labels: {app: cron}}
            spec: {containers: [{name: c, image: busybox}]}
  `, { rules });
});

test('respects namespaces: the default namespace, explicit namespaces and the setting', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      selector: {app: web}
    # ^^^^^^^^ warning service-selector-no-match: in namespace 'shop'
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, namespace: shop, labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
  `, { rules, config: { defaultNamespace: 'shop' } });
});

test('labels set at run time by the controller are satisfiable', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: db-0}
    spec:
      selector:
        app: db
        statefulset.kubernetes.io/pod-name: db-0
      ports: [{port: 5432}]
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      serviceName: db
      selector: {matchLabels: {app: db}}
      template:
        metadata: {labels: {app: db}}
        spec: {containers: [{name: db, image: postgres}]}
  `, { rules });
});

test('no selector, an ExternalName Service and a Helm template Service are not checked', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: external}
    spec:
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ext}
    spec:
      type: ExternalName
      externalName: example.com
      selector: {app: nothing}
  `, { rules });
});

test('a broken document nearby makes the link unknown, not dangling', () => {
  checkFixture(`
    //- app/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
    # ^^^^^^^^ information link-unverifiable: cannot verify selector app=web
        app: web
      ports: [{port: 80}]
    //- app/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        metadata:
          labels:
            app: web
         bad: [
  `, { rules });
});

test('a Helm template nearby makes the link unknown', () => {
  checkFixture(`
    //- chart/templates/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
    # ^^^^^^^^ information link-unverifiable: a Helm template
        app: web
    //- chart/templates/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ .Release.Name }}
    spec:
      template:
        metadata:
          labels:
            {{- include "labels" . | nindent 8 }}
  `, { rules });
});

test('suppression by comment and by annotation', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      # kube-netlens-disable-next-line service-selector-no-match
      selector: {app: a}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: b
      annotations:
        kube-netlens.io/ignore: service-selector-no-match
    spec:
      selector: {app: b}
  `, { rules });
});
