import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-backend'];

test('service backends: name required, port name or number, port name is an IANA name so "80" fails', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      defaultBackend:
        service: {name: default-http, port: {number: 65535}}
      rules:
        - http:
            paths:
              - {path: /a, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
              - {path: /b, pathType: Prefix, backend: {service: {name: web, port: {name: "80"}}}}
              #                                                                          ^^^^ error ingress-backend: service.port.name must contain at least one letter (IANA service name); '80' has none; unlike a Service port name
              - {path: /c, pathType: Prefix, backend: {service: {name: web, port: {number: 65536}}}}
              #                                                                            ^^^^^ error ingress-backend: service.port.number must be between 1 and 65535, got 65536
              - {path: /d, pathType: Prefix, backend: {service: {name: web, port: {number: "80"}}}}
              #                                                                            ^^^^ error ingress-backend: service.port.number must be an integer (1-65535); "80" is a quoted string
              - {path: /e, pathType: Prefix, backend: {service: {name: web, port: {name: http, number: 80}}}}
              #                                                                                ^^^^^^ error ingress-backend: service.port sets both name and number; set exactly one
              - {path: /f, pathType: Prefix, backend: {service: {name: web, port: {}}}}
              #                                                             ^^^^ error ingress-backend: service.port needs a name or a number
              - {path: /g, pathType: Prefix, backend: {service: {name: Web, port: {number: 80}}}}
              #                                                        ^^^ error ingress-backend: service.name 'Web' must be a Service name
              - {path: /h, pathType: Prefix, backend: {service: {port: {number: 80}}}}
              #                                        ^^^^^^^ error ingress-backend: service.name is required
              - {path: /i, pathType: Prefix, backend: {service: {name: web, port: {name: http, number: 0}}}}
  `, { rules });
});

test('exactly one of service and resource; resource backends need kind and name', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      rules:
        - http:
            paths:
              - path: /static
                pathType: Prefix
                backend:
                  resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static-assets}
              - path: /both
                pathType: Prefix
                backend:
                  service: {name: web, port: {number: 80}}
                  resource: {kind: StorageBucket, name: b}
                # ^^^^^^^^ error ingress-backend: a backend may set service or resource, not both
              - path: /none
                pathType: Prefix
                backend: {}
              # ^^^^^^^ error ingress-backend: a backend needs a service or a resource
              - path: /bad
                pathType: Prefix
                backend:
                  resource: {apiGroup: Example.com, kind: a/b}
                  #                    ^^^^^^^^^^^ error ingress-backend: resource.apiGroup 'Example.com' must be a DNS subdomain
                  #                                       ^^^ error ingress-backend: resource.kind may not contain '/' or '%'
                # ^^^^^^^^ error ingress-backend: resource.name is required
  `, { rules });
});

test('the fix lower-cases a port name', () => {
  const fixed = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      defaultBackend: {service: {name: web, port: {name: HTTP}}}
  `, 'ingress-backend');
  assert.equal(fixed, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  defaultBackend: {service: {name: web, port: {name: http}}}\n');
});

test('v1beta1 Ingresses (another schema) are not checked', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1beta1
    kind: Ingress
    metadata: {name: i}
    spec:
      backend: {serviceName: web, servicePort: 80}
  `, { rules });
});
