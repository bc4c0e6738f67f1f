import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dnsNamesIn } from './serviceDns';

/** Each name found, as `form service.namespace(pod):port` with the text it spans. */
function found(text: string): string[] {
  return dnsNamesIn(text, 'cluster.local').map((d) => `${d.form} ${d.service}.${d.namespace ?? '-'}${d.pod ? `(${d.pod})` : ''}:${d.port ?? '-'} [${text.slice(d.start, d.end)}]${d.portStart === null ? '' : ` port [${text.slice(d.portStart, d.portEnd!)}]`}`);
}

test('the forms of a Service DNS name, with the ranges of the host and the written port', () => {
  const cases: [string, string[]][] = [
    ['cart:7000', ['bare cart.-:7000 [cart:7000] port [7000]']],
    ['cart.shop:7000', ['namespaced cart.shop:7000 [cart.shop:7000] port [7000]']],
    ['cart.shop', ['namespaced cart.shop:- [cart.shop]']],
    ['http://cart.shop.svc.cluster.local:7000/path', ['svc cart.shop:7000 [cart.shop.svc.cluster.local:7000] port [7000]']],
    ['redis-0.redis.shop.svc.cluster.local', ['svc redis.shop(redis-0):- [redis-0.redis.shop.svc.cluster.local]']],
    ['https://cart.shop.svc/', ['svc cart.shop:443 [cart.shop.svc]']],
    ['amqp://guest:guest@rabbitmq:5672', ['bare rabbitmq.-:5672 [rabbitmq:5672] port [5672]']],
    ['--upstream=http://cart:7000,http://web.shop.svc:80', ['bare cart.-:7000 [cart:7000] port [7000]', 'svc web.shop:80 [web.shop.svc:80] port [80]']],
    ['proxy_pass http://cart/;', ['bare cart.-:80 [cart]']],
    ['cart.shop.svc.cluster.local.:7000', ['svc cart.shop:7000 [cart.shop.svc.cluster.local.:7000] port [7000]']],
  ];
  for (const [text, want] of cases) assert.deepEqual(found(text), want, text);
});

test('stays quiet on anything that is not clearly a cluster DNS name', () => {
  for (const text of [
    'cart', // a bare word
    'cart.shop is great', // two labels in prose: neither a port nor a URL nor the whole value
    'api.example.com', // any other shape
    'https://api.example.com:443/v1',
    '10.0.0.1:80', // an IP: a Service name starts with a letter
    'localhost:8080',
    'http://localhost/',
    '${CART_HOST}:7000', // placeholders
    '${cart}:7000',
    '$(cart):7000',
    '{{cart}}:7000',
    'cart.shop.svc.other.domain', // another cluster domain
    'a.b.cart.shop.svc', // too many labels before svc
    'Cart:7000', // upper case: not a Service name
    'cart:99999', // not a port
    'cart:7000x',
    '  # cart:7000', // a comment line
    'key=cart-:7000', // not a DNS label
  ]) assert.deepEqual(found(text), [], text);
});

test('a comment line in a config file is skipped, the live lines are read', () => {
  assert.deepEqual(found('upstream:\n  # server cart:7000\n  server web:8080\n'), ['bare web.-:8080 [web:8080] port [8080]']);
});

test('a value with thousands of names is data: the first 256 are read', () => {
  assert.equal(dnsNamesIn('cart:7000 '.repeat(10000), 'cluster.local').length, 256);
});
