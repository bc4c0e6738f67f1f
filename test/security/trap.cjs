// Preloaded (node --require) into the CLI and the language server by the security tests: every way to run a
// program or open a network connection is replaced by one that records the attempt on stderr and throws.
/* eslint-disable @typescript-eslint/no-require-imports */
const report = (what) => {
  process.stderr.write(`KUBE-NETLENS-TRAP: ${what}\n`);
  throw new Error(`kube-netlens security trap: ${what}`);
};
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = (...args) => report(`child_process.${name}(${JSON.stringify(args[0])})`);
}
const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) net[name] = (...args) => report(`net.${name}(${JSON.stringify(args[0])})`);
net.Socket.prototype.connect = function connect(...args) {
  return report(`net.Socket.connect(${JSON.stringify(args[0])})`);
};
for (const mod of ['node:http', 'node:https', 'node:http2']) {
  const m = require(mod);
  for (const name of ['request', 'get', 'connect', 'createServer']) if (typeof m[name] === 'function') m[name] = (...args) => report(`${mod}.${name}(${JSON.stringify(String(args[0]))})`);
}
const dgram = require('node:dgram');
dgram.createSocket = () => report('dgram.createSocket');
const dns = require('node:dns');
dns.lookup = (host) => report(`dns.lookup(${host})`);
