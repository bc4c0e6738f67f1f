import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['endpoints-invalid'];

test('Endpoints addresses and ports', () => {
  checkFixture(`
    apiVersion: v1
    kind: Endpoints
    metadata: {name: external-db}
    subsets:
      - addresses: [{ip: 10.0.0.9}]
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: External_DB}
    #                ^^^^^^^^^^^ error endpoints-invalid: Endpoints name 'External_DB' must be a lower-case DNS subdomain
    subsets:
      - addresses:
          - ip: 10.0.0.5
            hostname: db-0
          - ip: 127.0.0.1
    #           ^^^^^^^^^ error endpoints-invalid: a loopback address
          - ip: 10.0.0.6
            hostname: db.0
    #                 ^^^^ error endpoints-invalid: hostname 'db.0' is not a DNS-1123 label
        notReadyAddresses:
          - ip: db.example.com
    #           ^^^^^^^^^^^^^^ error endpoints-invalid: looks like a host name
        ports:
          - name: "5432"
            port: 5432
          - port: 65536
    #       ^^^^ error endpoints-invalid: ports[1] needs a name
    #             ^^^^^ error endpoints-invalid: port must be between 1 and 65535, got 65536
            protocol: tcp
    #                 ^^^ error endpoints-invalid: did you mean 'TCP'?
      - ports: [{port: 80}]
    #   ^^^^^ error endpoints-invalid: each subset needs at least one entry in addresses or notReadyAddresses
  `, { rules });
});
