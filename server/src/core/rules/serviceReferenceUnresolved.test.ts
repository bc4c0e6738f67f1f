import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['service-reference-unresolved', 'link-unverifiable'];

/** Services `cart` (7000 → 8080) and headless `redis` in namespace shop. */
const SERVICES = `
    //- svc.yaml
    {apiVersion: v1, kind: Service, metadata: {name: cart, namespace: shop}, spec: {selector: {app: cart}, ports: [{name: http, port: 7000, targetPort: 8080}]}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: redis, namespace: shop}, spec: {clusterIP: None, selector: {app: redis}, ports: [{port: 6379}]}}
`;

/** A Pod in namespace shop whose container's env list follows. */
const POD = `
    //- web.yaml
    apiVersion: v1
    kind: Pod
    metadata: {name: web, namespace: shop}
    spec:
      containers:
        - name: web
          env:`;

test('warns on a port the Service does not expose, in every form, with the port it likely means', () => {
  checkFixture(`${SERVICES}${POD}
            - {name: A, value: "cart:8080"}
    #                                ^^^^ warning service-reference-unresolved: Service 'cart' has no port 8080; it exposes 7000/TCP (http); did you mean 7000?
            - {name: B, value: "http://cart.shop.svc.cluster.local:7001/path"}
    #                                                              ^^^^ warning service-reference-unresolved: Service 'cart' has no port 7001
            - {name: C, value: "cart.shop:7000"}
            - {name: D, value: "redis-0.redis.shop.svc.cluster.local:6380"}
          args: ["--cart=cart:7000", "--metrics=0.0.0.0:9090"]
  `, { rules });
});

test('a missing Service is a warning with evidence: a typo, or another name of the object reaching its Services', () => {
  checkFixture(`${SERVICES}${POD}
            - {name: A, value: "cart.shop:7000"}
            - {name: B, value: "http://checkout.shop.svc:8080"}
    #                                  ^^^^^^^^ warning service-reference-unresolved: no Service 'checkout' in namespace 'shop'
            - {name: C, value: "redis-0.rediss.shop.svc.cluster.local"}
    #                                   ^^^^^^ warning service-reference-unresolved: no Service 'rediss' in namespace 'shop'; did you mean 'redis'?
  `, { rules });
});

test('without evidence a missing Service is installed by other means: a chart, an operator, the cluster itself', () => {
  checkFixture(`${SERVICES}${POD}
            - {name: DB, value: "postgres.db.svc.cluster.local:5432"}
            - {name: K8S, value: "https://kubernetes.default.svc"}
            - {name: DNS, value: "kube-dns.kube-system.svc.cluster.local:53"}
            - {name: MIRROR, value: "cart-target.shop.svc:7000"}
            - {name: WORD, value: "checkout:8080"}
  `, { rules });
});

test('a Service of that name in a written namespace is evidence; one that only defaults to it is not', () => {
  checkFixture(`
    //- svc.yaml
    {apiVersion: v1, kind: Service, metadata: {name: cart, namespace: web}, spec: {ports: [{port: 7000}]}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: mysql}, spec: {ports: [{port: 3306}]}}
    //- cm.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: conf, namespace: shop}
    data:
      nginx.conf: |
        upstream cart { server cart.shop.svc.cluster.local:7000; }
    #                          ^^^^ warning service-reference-unresolved: no Service 'cart' in namespace 'shop'; a Service 'cart' exists in namespace 'web', whose DNS name is cart.web
        # server mysql.mysql1.svc:3306;
      db: mysql.mysql1.svc:3306
  `, { rules });
});

test('an unreadable document nearby does not hide a likely typo (the link policy), and makes the rest unverifiable', () => {
  checkFixture(`${SERVICES}${POD}
            - {name: A, value: "cart.shop:7000"}
            - {name: B, value: "carts.shop:7000"}
    #                           ^^^^^ warning service-reference-unresolved: no Service 'carts' in namespace 'shop'; did you mean 'cart'?; 1 document nearby could not be read (a YAML syntax error)
            - {name: C, value: "orders.shop:7000"}
    #                           ^^^^^^ information link-unverifiable: cannot verify Service 'orders'
    //- broken.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: carts, namespace: shop
  `, { rules });
});

test('the fix replaces the name or the port with the suggestion', () => {
  const fix = (value: string) => applyFirstFix(`${SERVICES}${POD}\n            - {name: A, value: "${value}"}\n`, 'service-reference-unresolved');
  assert.match(fix('http://cartt.shop.svc:7000'), /value: "http:\/\/cart\.shop\.svc:7000"/);
  assert.match(fix('cart:8080'), /value: "cart:7000"/);
});
