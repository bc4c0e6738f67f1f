import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['ingress-backend-unresolved', 'link-unverifiable'];

/** The head of an Ingress whose default backend's `service` map follows. */
const defaultBackend = `
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      defaultBackend:
        service:`;

const api = `
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
      selector: {app: api}
      ports:
        - name: http
          port: 80
          targetPort: 8080
        - name: metrics
          port: 9090
`;

test('warns on a port the Service does not expose, listing what it exposes, on the port value', () => {
  checkFixture(`${api}
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      defaultBackend:
        service: {name: api, port: {number: 80}}
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: api
                    port:
                      number: 8080
    #                         ^^^^ warning ingress-backend-unresolved: Service 'api' has no port 8080; it exposes 80/TCP (http), 9090/TCP (metrics); did you mean 80?
              - path: /m
                pathType: Prefix
                backend:
                  service:
                    name: api
                    port: {name: metric}
    #                            ^^^^^^ warning ingress-backend-unresolved: Service 'api' has no port named 'metric'; it exposes 80/TCP (http), 9090/TCP (metrics); did you mean 'metrics'?
              - path: /ok
                pathType: Prefix
                backend:
                  service: {name: api, port: {name: metrics}}
  `, { rules });
});

test('warns on a missing Service, in the default backend too, with a did-you-mean', () => {
  checkFixture(`${api}${defaultBackend}
          name: apj
    #           ^^^ warning ingress-backend-unresolved: no Service 'apj' in namespace 'default'; did you mean 'api'?
          port: {number: 80}
  `, { rules });
});

test("looks in the Ingress's own namespace only", () => {
  checkFixture(`${api}
    //- shop.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      ports: [{port: 80}]
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web, namespace: shop}
    spec:
      defaultBackend:
        service: {name: web, port: {number: 80}}
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: api
    #                     ^^^ warning ingress-backend-unresolved: no Service 'api' in namespace 'shop'; a Service 'api' exists in namespace 'default', but a backend can only name a Service in the object's own namespace
                    port: {number: 80}
  `, { rules });
});

test('a Service of the same name nearby in another namespace is reported as a namespace mix-up', () => {
  checkFixture(`${api}
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web, namespace: shop}
    spec:
      defaultBackend:
        service:
          name: api
    #           ^^^ warning ingress-backend-unresolved: no Service 'api' in namespace 'shop'; a Service 'api' exists in namespace 'default'
          port: {number: 80}
  `, { rules });
});

test('is quiet when the Ingress routes only to Services defined elsewhere (a chart, an operator, another repository)', () => {
  checkFixture(`${api}
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: dashboard, namespace: kube-system}
    spec:
      defaultBackend:
        service: {name: kubernetes-dashboard, port: {number: 443}}
    //- far/away/other/project/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: kubernetes-dashboard-local, namespace: kube-system}
    spec:
      ports: [{port: 443}]
  `, { rules });
});

test('reads the removed v1beta1 form: serviceName and an IntOrString servicePort', () => {
  checkFixture(`${api}
    //- ing.yaml
    apiVersion: extensions/v1beta1
    kind: Ingress
    metadata: {name: web}
    spec:
      backend: {serviceName: api, servicePort: http}
      rules:
        - http:
            paths:
              - path: /
                backend:
                  serviceName: api
                  servicePort: 9091
    #                          ^^^^ warning ingress-backend-unresolved: Service 'api' has no port 9091
              - backend:
                  serviceName: nope
    #                          ^^^^ warning ingress-backend-unresolved: no Service 'nope'
                  servicePort: 80
  `, { rules });
});

test('stays quiet: resource backends, ExternalName Services, invalid port names, Helm templates', () => {
  checkFixture(`${api}
    //- ext.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: external}
    spec:
      type: ExternalName
      externalName: example.com
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      defaultBackend:
        resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static}
      rules:
        - http:
            paths:
              - path: /ext
                pathType: Prefix
                backend: {service: {name: external, port: {number: 443}}}
              - path: /bad
                pathType: Prefix
                backend: {service: {name: api, port: {name: "8080"}}}
    //- chart/templates/ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: {{ .Release.Name }}}
    spec:
      defaultBackend: {service: {name: {{ .Values.svc }}, port: {number: 80}}}
  `, { rules });
});

test('a Service that a broken document or a Helm template might define is unverifiable, not missing', () => {
  checkFixture(`
    //- app/ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      defaultBackend:
        service:
          name: api
    #           ^^^ information link-unverifiable: cannot verify Service 'api': none in namespace 'default', but 1 document that might define it could not be read (a YAML syntax error)
          port: {number: 80}
    //- app/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
      ports: [{port: 80}
  `, { rules });
});

test('a patch of the Service makes a missing port unverifiable', () => {
  checkFixture(`${api}${defaultBackend}
          name: api
          port: {number: 443}
    #                    ^^^ information link-unverifiable: cannot verify port 443 of Service 'api': it exposes 80/TCP (http), 9090/TCP (metrics), but a patch (svc-patch.yaml) modifies it
    //- svc-patch.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
      ports: [{name: https, port: 443}]
  `, { rules });
});

test('the quick fix replaces the name or the port with the suggestion', () => {
  const ing = (name: string, port: string) => `    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      defaultBackend:
        service:
          name: ${name}
          port: ${port}
  `;
  assert.equal(applyFirstFix(`${api}\n    //- ing.yaml\n${ing('apii', '{number: 80}')}`, 'ingress-backend-unresolved'), dedent(ing('api', '{number: 80}')));
  assert.equal(applyFirstFix(`${api}\n    //- ing.yaml\n${ing('api', '{number: 8080}')}`, 'ingress-backend-unresolved'), dedent(ing('api', '{number: 80}')));
  assert.equal(applyFirstFix(`${api}\n    //- ing.yaml\n${ing('api', '{name: htp}')}`, 'ingress-backend-unresolved'), dedent(ing('api', '{name: http}')));
});
