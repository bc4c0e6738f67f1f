import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { definition, references } from './navigation';
import { hover } from './hover';

const SERVICE = `
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: cart, namespace: shop}
  spec: {selector: {app: cart}, ports: [{name: http, port: 7000, targetPort: 8080}]}
`;

const config = (value: string) => `
  //- cm.yaml
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: conf, namespace: shop}
  data:
    CART_URL: ${value}
`;

test('definition: a Service named by DNS in a ConfigMap leads to the Service name and, from the port, its port', () => {
  const name = atCursor(`${SERVICE}${config('http://ca$0rt.shop.svc.cluster.local:7000/api')}`);
  assert.deepEqual(definition(name.snapshot, name.uri, name.offset).map(name.show), ['svc.yaml: cart']);
  const port = atCursor(`${SERVICE}${config('http://cart.shop.svc.cluster.local:70$000/api')}`);
  assert.deepEqual(definition(port.snapshot, port.uri, port.offset).map(port.show), ['svc.yaml: 7000']);
});

test('references: from the Service name back to the configuration that names it', () => {
  const c = atCursor(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: ca$0rt, namespace: shop}
    spec: {selector: {app: cart}, ports: [{port: 7000}]}
    //- web.yaml
    apiVersion: v1
    kind: Pod
    metadata: {name: web, namespace: shop}
    spec:
      containers: [{name: web, args: ["--cart=cart:7000", "--other=carts:7000"]}]
  `);
  assert.deepEqual(references(c.snapshot, c.uri, c.offset).map(c.show), ['web.yaml: cart']);
});

test('hover: the reference in words, then the Service; a missing one says so', () => {
  const c = atCursor(`${SERVICE}${config('http://ca$0rt.shop.svc.cluster.local/api')}`);
  const text = hover(c.snapshot, c.uri, c.offset)?.markdown ?? '';
  assert.match(text, /^\*\*Service reference\*\* `cart\.shop\.svc\.cluster\.local` in data key 'CART_URL': Service `cart` in namespace shop, port 80 \(the default of its URL scheme\)\./);
  assert.match(text, /Service `cart` exposes no port 80\./);
  assert.match(text, /cart\.shop\.svc\.cluster\.local/);
  const missing = atCursor(`${SERVICE}${config('redis-0.re$0dis.shop.svc.cluster.local:6379')}`);
  assert.match(hover(missing.snapshot, missing.uri, missing.offset)?.markdown ?? '', /the pod `redis-0` of the StatefulSet whose headless Service is Service `redis` in namespace shop, port 6379\.\n\nNo such Service in the workspace/);
});
