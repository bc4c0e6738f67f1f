import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cidrContainsCIDR, cidrContainsIP, cidrSize, classifyIP, describeCidrClass, firstAddress, lastAddress, parseCIDR, parseIP, specialIPReason } from './ip';

const ip = (s: string) => {
  const p = parseIP(s);
  assert.ok(p, `${s} should parse`);
  return p;
};
const cidr = (s: string) => {
  const p = parseCIDR(s);
  assert.ok(p, `${s} should parse`);
  return p;
};

test('parseIP accepts canonical IPv4 and IPv6 addresses', () => {
  assert.deepEqual([ip('10.0.0.1').family, ip('10.0.0.1').canonical, ip('10.0.0.1').nonCanonical], ['IPv4', '10.0.0.1', null]);
  assert.deepEqual([ip('2001:db8::1').family, ip('2001:db8::1').nonCanonical], ['IPv6', null]);
  assert.equal(ip('0.0.0.0').canonical, '0.0.0.0');
  assert.equal(ip('255.255.255.255').canonical, '255.255.255.255');
  assert.equal(ip('::').canonical, '::');
});

test('parseIP reads IPv4 leading zeros as decimal, like ParseIPSloppy, and flags them as non-canonical', () => {
  const p = ip('010.000.001.020');
  assert.equal(p.canonical, '10.0.1.20');
  assert.match(p.nonCanonical!, /leading zeros/);
  assert.equal(ip('0010.0.0.1').canonical, '10.0.0.1');
});

test('parseIP rejects what Go rejects', () => {
  for (const bad of ['256.0.0.1', '10.0.0', '10.0.0.1.2', '0x0a.0.0.1', '10.1', '167772161', '', ' 10.0.0.1', '10.0.0.1 ', 'fe80::1%eth0', '[::1]', '1:2:3:4:5:6:7:8:9', '12345::1', ':::', 'example.com', '10.0.0.1/32', '-1.0.0.0', '::ffff:256.1.1.1']) {
    assert.equal(parseIP(bad), null, JSON.stringify(bad));
  }
});

test('parseIP flags non-RFC 5952 IPv6 spellings and IPv4-mapped addresses', () => {
  assert.match(ip('2001:DB8::1').nonCanonical!, /2001:db8::1/);
  assert.match(ip('2001:db8:0:0:0:0:0:1').nonCanonical!, /2001:db8::1/);
  assert.match(ip('2001:0db8::1').nonCanonical!, /canonical/);
  const mapped = ip('::ffff:10.0.0.1');
  assert.equal(mapped.family, 'IPv4');
  assert.equal(mapped.canonical, '10.0.0.1');
  assert.match(mapped.nonCanonical!, /IPv4-mapped/);
  assert.equal(ip('::ffff:010.0.0.1').canonical, '10.0.0.1');
  assert.equal(ip('64:ff9b::1.2.3.4').canonical, '64:ff9b::102:304');
});

test('parseCIDR requires a prefix within the family size', () => {
  assert.equal(cidr('10.0.0.0/8').prefix, 8);
  assert.equal(cidr('0.0.0.0/0').prefix, 0);
  assert.equal(cidr('10.0.0.1/32').hostBitsSet, false);
  assert.equal(cidr('2001:db8::/128').prefix, 128);
  for (const bad of ['10.0.0.0', '10.0.0.0/33', '2001:db8::/129', '10.0.0.0/', '/8', '10.0.0.0/-1', '10.0.0.0/8/8', 'x/8', '10.0.0.0/ 8', '10.0.0.0/0x8']) {
    assert.equal(parseCIDR(bad), null, JSON.stringify(bad));
  }
});

test('parseCIDR detects host bits and gives the canonical network', () => {
  const c = cidr('10.1.2.3/8');
  assert.equal(c.hostBitsSet, true);
  assert.equal(c.canonical, '10.0.0.0/8');
  const v6 = cidr('2001:db8::1/64');
  assert.equal(v6.canonical, '2001:db8::/64');
  assert.equal(v6.hostBitsSet, true);
  const zeros = cidr('010.0.0.0/8');
  assert.equal(zeros.canonical, '10.0.0.0/8');
});

test('parseCIDR treats an IPv4-mapped IPv6 CIDR as IPv4 when its prefix covers the mapping', () => {
  const c = cidr('::ffff:10.0.0.0/104');
  assert.equal(c.family, 'IPv4');
  assert.equal(c.prefix, 8);
  assert.equal(c.canonical, '10.0.0.0/8');
  assert.equal(cidr('::ffff:10.0.0.0/64').family, 'IPv6');
});

test('first, last and size of a CIDR, with BigInt for IPv6', () => {
  const c = cidr('10.96.0.0/12');
  assert.equal(firstAddress(c), '10.96.0.0');
  assert.equal(lastAddress(c), '10.111.255.255');
  assert.equal(cidrSize(c), 1048576n);
  assert.equal(cidrSize(cidr('10.0.0.5/32')), 1n);
  assert.equal(cidrSize(cidr('0.0.0.0/0')), 4294967296n);
  const v6 = cidr('fd00:10:96::/112');
  assert.equal(firstAddress(v6), 'fd00:10:96::');
  assert.equal(lastAddress(v6), 'fd00:10:96::ffff');
  assert.equal(cidrSize(cidr('::/0')), 2n ** 128n);
  assert.equal(lastAddress(cidr('10.1.2.3/8')), '10.255.255.255');
});

test('containment and overlap', () => {
  const svc = cidr('10.96.0.0/12');
  assert.equal(cidrContainsIP(svc, ip('10.96.0.10')), true);
  assert.equal(cidrContainsIP(svc, ip('10.111.255.255')), true);
  assert.equal(cidrContainsIP(svc, ip('10.112.0.0')), false);
  assert.equal(cidrContainsIP(svc, ip('10.95.255.255')), false);
  assert.equal(cidrContainsIP(svc, ip('fd00::1')), false);
  assert.equal(cidrContainsIP(svc, ip('::ffff:10.96.0.1')), true);
  assert.equal(cidrContainsIP(cidr('fd00:10:96::/112'), ip('fd00:10:96::a')), true);
  assert.equal(cidrContainsCIDR(svc, cidr('10.100.0.0/16')), true);
  assert.equal(cidrContainsCIDR(cidr('10.100.0.0/16'), svc), false);
});

test('classifyIP', () => {
  const cases: [string, string][] = [
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'public'],
    ['224.0.0.251', 'link-local-multicast'],
    ['224.0.1.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'link-local-multicast'],
    ['ff12::1', 'link-local-multicast'],
    ['ff05::1', 'multicast'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['100.128.0.0', 'public'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.10', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['fd00::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['255.255.255.255', 'broadcast'],
    ['8.8.8.8', 'public'],
    ['2606:4700::1111', 'public'],
  ];
  for (const [addr, cls] of cases) assert.equal(classifyIP(ip(addr)), cls, addr);
});

test('specialIPReason follows ValidateNonSpecialIP', () => {
  assert.match(specialIPReason(ip('0.0.0.0'))!, /unspecified/);
  assert.match(specialIPReason(ip('127.0.0.1'))!, /loopback/);
  assert.match(specialIPReason(ip('169.254.1.1'))!, /link-local/);
  assert.match(specialIPReason(ip('224.0.0.1'))!, /multicast/);
  assert.match(specialIPReason(ip('::ffff:127.0.0.1'))!, /loopback/);
  assert.equal(specialIPReason(ip('224.0.1.1')), null);
  assert.equal(specialIPReason(ip('10.0.0.1')), null);
  assert.equal(specialIPReason(ip('8.8.8.8')), null);
  assert.equal(specialIPReason(ip('255.255.255.255')), null);
});

test('describeCidrClass: the special range that holds a block, public, or what a wider block holds', () => {
  const cases: Record<string, string> = {
    '10.0.0.0/8': 'a private (RFC 1918) network',
    '172.20.0.0/16': 'a private (RFC 1918) network',
    '100.64.0.0/10': 'a shared address space (RFC 6598, carrier-grade NAT) network',
    '169.254.0.0/16': 'a link-local network',
    '224.0.0.0/24': 'a link-local multicast network',
    '224.0.0.0/4': 'a multicast network',
    '198.51.100.0/24': 'a documentation network',
    'fd00::/8': 'a unique local IPv6 network',
    '8.8.8.0/24': 'a public network',
    '2600::/16': 'a public network',
    '0.0.0.0/0': 'public addresses and special ranges: unspecified, loopback, link-local, link-local multicast, multicast, private (RFC 1918), shared (RFC 6598), documentation, broadcast',
    '96.0.0.0/3': 'public addresses and special ranges: loopback, shared (RFC 6598)',
    '::/0': 'public addresses and special ranges: unspecified, loopback, link-local, link-local multicast, multicast, documentation, unique local',
  };
  assert.deepEqual(Object.fromEntries(Object.keys(cases).map((c) => [c, describeCidrClass(parseCIDR(c)!)])), cases);
});
