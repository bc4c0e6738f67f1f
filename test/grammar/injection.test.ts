import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { codeServerInstalled, isCI, VSCODE_YAML_SYNTAXES } from '../e2e/paths';
import { fullMatch, highlights, INJECTION, loadOniguruma, yamlGrammar } from './tokenize';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The text forms of one IPv6 address: full, RFC 5952, uncompressed, every `::` compression, embedded IPv4. */
function ipv6Forms(groups: number[]): string[] {
  const hex = groups.map((g) => g.toString(16));
  const forms = new Set([hex.join(':'), ipaddr.IPv6.parse(hex.join(':')).toString(), ipaddr.IPv6.parse(hex.join(':')).toNormalizedString()]);
  for (let i = 0; i < 8; i++) {
    for (let j = i + 1; j <= 8; j++) {
      if (groups.slice(i, j).every((g) => g === 0)) forms.add(`${hex.slice(0, i).join(':')}::${hex.slice(j).join(':')}`);
    }
  }
  const v4 = `${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
  forms.add(`${hex.slice(0, 6).join(':')}:${v4}`);
  for (let i = 0; i < 6; i++) {
    for (let j = i + 1; j <= 6; j++) {
      if (groups.slice(i, j).every((g) => g === 0)) forms.add(`${hex.slice(0, i).join(':')}::${hex.slice(j, 6).map((h) => `${h}:`).join('')}${v4}`);
    }
  }
  return [...forms];
}

describe('the injection grammar regexes', () => {
  test('IPv4: every octet boundary, and what is not an address', async () => {
    await loadOniguruma();
    for (const octet of ['0', '9', '10', '99', '100', '199', '200', '249', '250', '255']) {
      for (const at of [0, 3]) {
        const parts = ['10', '20', '30', '40'];
        parts[at] = octet;
        assert.ok(fullMatch('ipv4', parts.join('.')), parts.join('.'));
      }
    }
    for (const bad of ['256.1.1.1', '1.1.1.256', '1.300.1.1', '01.1.1.1', '1.1.1.00', '1.2.3', '1.2.3.4.5', '1..2.3', '1.2.3.4a', 'a1.2.3.4']) {
      assert.ok(!fullMatch('ipv4', bad), bad);
    }
  });

  test('IPv4 CIDR: prefix lengths 0 to 32 and no further', async () => {
    await loadOniguruma();
    for (let p = 0; p <= 32; p++) assert.ok(fullMatch('cidr-ipv4', `10.0.0.0/${p}`), `/${p}`);
    for (const bad of ['10.0.0.0/33', '10.0.0.0/40', '10.0.0.0/', '10.0.0.0/08', '10.0.0.256/8']) assert.ok(!fullMatch('cidr-ipv4', bad), bad);
  });

  test('IPv6: every text form of 500 generated addresses, cross-checked with ipaddr.js', async () => {
    await loadOniguruma();
    const next = random(42);
    let checked = 0;
    for (let n = 0; n < 500; n++) {
      // Many zero groups, so that every position and length of `::` occurs.
      const groups = Array.from({ length: 8 }, () => (next() < 0.5 ? 0 : Math.floor(next() * 0x10000)));
      for (const form of ipv6Forms(groups)) {
        assert.ok(ipaddr.IPv6.isValid(form), `generator produced an invalid address: ${form}`);
        assert.ok(fullMatch('ipv6', form), form);
        checked++;
      }
    }
    assert.ok(checked > 1500, `only ${checked} forms`);
  });

  test('IPv6: malformed addresses are not highlighted', async () => {
    await loadOniguruma();
    const bad = ['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', ':::', '12345::1', 'g::1', '1:2:3:4:5:6:7::8', '::1.2.3.256',
      '1:2:3:4:5:6:7:1.2.3.4', '1::2:3:4:5:6:7:8', 'fe80::1%eth0', ':1', '1:'];
    for (const b of bad) {
      assert.ok(!ipaddr.IPv6.isValid(b) || b.includes('%'), `test case is valid: ${b}`);
      assert.ok(!fullMatch('ipv6', b), b);
    }
  });

  test('IPv6 CIDR: prefix lengths 0 to 128 and no further', async () => {
    await loadOniguruma();
    for (let p = 0; p <= 128; p++) assert.ok(fullMatch('cidr-ipv6', `2001:db8::/${p}`), `/${p}`);
    for (const bad of ['2001:db8::/129', '2001:db8::/200', '2001:db8::/', '2001:db8::/064']) assert.ok(!fullMatch('cidr-ipv6', bad), bad);
  });
});

// Each sample: a YAML text and the tokens our grammar must scope in it, exactly (none means none).
const SAMPLES: [string, [string, string][]][] = [
  ['spec:\n  clusterIP: 10.96.0.10', [['10.96.0.10', 'constant.numeric.ipv4.kube-netlens']]],
  ['loadBalancerIP: "192.168.1.10"', [['192.168.1.10', 'constant.numeric.ipv4.kube-netlens']]],
  ["clusterIPs: ['10.96.0.10', 'fd00:10:96::a']", [['10.96.0.10', 'constant.numeric.ipv4.kube-netlens'], ['fd00:10:96::a', 'constant.numeric.ipv6.kube-netlens']]],
  ['clusterIPs: ["10.96.0.10", fd00:10:96::a]', [['10.96.0.10', 'constant.numeric.ipv4.kube-netlens'], ['fd00:10:96::a', 'constant.numeric.ipv6.kube-netlens']]],
  ['- ipBlock:\n    cidr: 10.0.0.0/8\n    except:\n    - 10.1.0.0/16', [
    ['10.0.0.0', 'constant.numeric.ipv4.kube-netlens'], ['/', 'punctuation.separator.cidr.kube-netlens'], ['8', 'constant.numeric.prefix-length.kube-netlens'],
    ['10.1.0.0', 'constant.numeric.ipv4.kube-netlens'], ['/', 'punctuation.separator.cidr.kube-netlens'], ['16', 'constant.numeric.prefix-length.kube-netlens']]],
  ['cidr: "2001:db8::/64"', [['2001:db8::', 'constant.numeric.ipv6.kube-netlens'], ['/', 'punctuation.separator.cidr.kube-netlens'], ['64', 'constant.numeric.prefix-length.kube-netlens']]],
  ['ip: ::ffff:10.0.0.1', [['::ffff:10.0.0.1', 'constant.numeric.ipv6.kube-netlens']]],
  ['url: http://10.0.0.1:8080/healthz', [['10.0.0.1', 'constant.numeric.ipv4.kube-netlens']]],
  ['ips: [10.0.0.1, 10.0.0.2]', [['10.0.0.1', 'constant.numeric.ipv4.kube-netlens'], ['10.0.0.2', 'constant.numeric.ipv4.kube-netlens']]],
  ['ports:\n- port: 80\n  targetPort: 8080 # the app\n  nodePort: 30080', [['80', 'constant.numeric.port.kube-netlens'], ['8080', 'constant.numeric.port.kube-netlens'], ['30080', 'constant.numeric.port.kube-netlens']]],
  ['        - containerPort: 65535', [['65535', 'constant.numeric.port.kube-netlens']]],
  ['ports: [{port: 443, protocol: TCP}]', [['443', 'constant.numeric.port.kube-netlens']]],
  ['backend:\n  service:\n    port:\n      number: 8443', [['8443', 'constant.numeric.port.kube-netlens']]],
  // Nothing to highlight: invalid values keep YAML's colours, and so do comments, keys and other numbers.
  ['port: 65536\nnodePort: 0\ntargetPort: "8080"\nreplicas: 80\ncontainerPort: 080', []],
  ['# clusterIP: 10.0.0.1\nbad: 10.0.0.256\ncidr: 10.0.0.0/33\nname: web-10.0.0.1\nimage: nginx:1.25.3', []],
  ['time: "12:30:45"\nref: std::string\nversion: v1.2.3.4', []],
];

/** The host grammars: the TextMate YAML grammar from npm, and VS Code 1.100's own (from code-server) when installed. */
const HOSTS: [string, () => Record<string, string> | undefined][] = [
  ['tm-grammars YAML', () => ({ 'source.yaml': require.resolve('tm-grammars/grammars/yaml.json') })],
  ['VS Code 1.100 YAML (code-server)', () => {
    if (!codeServerInstalled()) return undefined;
    const files: Record<string, string> = { 'source.yaml': join(VSCODE_YAML_SYNTAXES, 'yaml.tmLanguage.json') };
    for (const v of ['1.0', '1.1', '1.2', '1.3']) files[`source.yaml.${v}`] = join(VSCODE_YAML_SYNTAXES, `yaml-${v}.tmLanguage.json`);
    files['source.yaml.embedded'] = join(VSCODE_YAML_SYNTAXES, 'yaml-embedded.tmLanguage.json');
    return Object.values(files).every(existsSync) ? files : undefined;
  }],
];

for (const [host, files] of HOSTS) {
  describe(`the injection grammar in ${host}`, () => {
    test('highlights addresses, CIDRs and ports in values, and nothing else', async (t) => {
      const f = files();
      if (!f) {
        if (isCI) assert.fail(`${host} is not installed (run test/e2e/install-code-server.sh)`);
        t.skip(`${host} is not installed (run test/e2e/install-code-server.sh)`);
        return;
      }
      const grammar = await yamlGrammar(f);
      for (const [yaml, expected] of SAMPLES) assert.deepEqual(highlights(grammar, yaml), expected, yaml);
    });
  });
}

test('the injection grammar is injected into source.yaml and never into comments', () => {
  assert.equal(INJECTION.injectionSelector, 'L:source.yaml -comment');
});
