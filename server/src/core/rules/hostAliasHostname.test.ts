import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['host-alias-hostname'];

test('hostAliases host names are DNS-1123 subdomains, in Pods and in workload templates', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: resolver}
    spec:
      hostAliases:
        - {ip: 10.0.0.5, hostnames: [db.internal, db, db-0.db.shop.svc.cluster.local]}
        - ip: 10.0.0.6
          hostnames:
            - Cache.Internal
    #         ^^^^^^^^^^^^^^ error host-alias-hostname: hostAliases host name 'Cache.Internal' is not a DNS-1123 subdomain: it has upper-case letters
            - queue_host
    #         ^^^^^^^^^^ error host-alias-hostname: it holds '_'; only lower-case letters, digits, '-' and '.' are allowed
            - example.com.
    #         ^^^^^^^^^^^^ error host-alias-hostname: it ends with a dot
            - -edge.local
    #         ^^^^^^^^^^^ error host-alias-hostname: each part between dots must start and end with a letter or digit
            - 1234
    #         ^^^^ error host-alias-hostname: a hostAliases host name must be a string
            - \${HOST}
      containers: [{name: c, image: busybox}]
    ---
    {apiVersion: apps/v1, kind: Deployment, metadata: {name: d}, spec: {template: {spec: {hostAliases: [{ip: 10.0.0.7, hostnames: [Mail.Local]}]}}}}
    #                                                                                                                              ^^^^^^^^^^ error host-alias-hostname: 'Mail.Local'
  `, { rules });
});

test('the fix lower-cases the name and drops a trailing dot', () => {
  const pod = (name: string) => `
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostAliases: [{ip: 10.0.0.5, hostnames: [${name}]}]
      containers: [{name: c, image: busybox}]
  `;
  assert.match(applyFirstFix(pod('Example.COM.'), 'host-alias-hostname'), /hostnames: \[example\.com\]/);
});
