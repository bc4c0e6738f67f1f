// `kube-netlens map` as a user runs it: the built dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const ROOT = join(__dirname, '..', '..');

const map = (...args: string[]) => spawnSync(process.execPath, [CLI, 'map', ...args], { cwd: ROOT, encoding: 'utf8' });

test('map --format json: the core\'s map of examples/shop, with places as the paths named and 0-based ranges', () => {
  const r = map('examples/shop', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['nodes', 'edges', 'groups']);
  assert.equal(out.nodes.length, 9);
  assert.equal(out.edges.length, 7);
  const api = out.nodes.find((n: { id: string }) => n.id === 'Service:shop/api');
  assert.deepEqual(api.reveal, { uri: 'examples/shop/api.yaml', range: { start: { line: 40, character: 8 }, end: { line: 40, character: 11 } }, where: 'examples/shop/api.yaml:41' });
  assert.equal(api.place.where, 'examples/shop/api.yaml:38');
});

test('map --format dot and mermaid: namespaces as clusters and subgraphs, port chains on the edges, broken links dashed', () => {
  const dot = map('examples/mistakes', '--format', 'dot').stdout;
  assert.match(dot, /^digraph networkMap \{/);
  assert.match(dot, /subgraph cluster_\d+ \{\n {4}label="namespace default";/);
  assert.match(dot, / -> n\d+ \[label="selector", style=dashed, color="#c62828"/);
  assert.match(dot, /label="no match\\nselector app=paymnets matches no pod template in\\n/);
  const mermaid = map('examples/shop', '--format', 'mermaid').stdout;
  assert.match(mermaid, /^flowchart LR\n/);
  assert.match(mermaid, /subgraph ns0\["namespace shop"\]/);
  assert.match(mermaid, /n1 -->\|"80 → http \(8080\), 9090 → metrics \(9090\)"\| n0/);
});

test('map --format svg renders in process with Graphviz in WebAssembly', () => {
  const r = map('examples/shop', '--format', 'svg');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<\?xml version="1.0"[\s\S]*<svg [\s\S]*>Service api<\/text>[\s\S]*>80 → http \(8080\), 9090 → metrics \(9090\)<\/text>[\s\S]*<\/svg>\n?$/);
});

test('map --format html: one page with its script, styles and data inline, and a CSP that allows only them', () => {
  const html = map('examples/shop', '--format', 'html').stdout;
  const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
  assert.ok(nonce);
  assert.match(html, /content="default-src 'none'; img-src data:; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'; font-src 'none'"/);
  assert.equal(html.match(/<script\b/g)?.length, 2);
  assert.equal(html.match(new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}"`, 'g'))?.length, 1);
  assert.doesNotMatch(html, /\b(src|href)="https?:/);
  const data = JSON.parse(/<script type="application\/json" id="map-data" nonce="[^"]+">(.*?)<\/script>/s.exec(html)![1]);
  assert.equal(data.nodes.length, 9);
});

test('map --focus and --namespace narrow the map; bad options are usage errors', () => {
  const ids = (...args: string[]) => JSON.parse(map('examples', '--format', 'json', ...args).stdout).nodes.map((n: { id: string }) => n.id).sort();
  assert.deepEqual(ids('--focus', 'shop/redis', '--hops', '1'), ['Service:shop/redis', 'StatefulSet:shop/redis']);
  assert.deepEqual(ids('--namespace', 'batch'), ['Job:batch/report']);
  assert.deepEqual(ids('--namespace', 'shop', '--kind', 'Ingress'), ['Ingress:shop/shop', 'controller:nginx', 'internet']);
  const bad = map('examples', '--format', 'png');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be dot, svg, mermaid, html, json, not 'png'/);
  assert.equal(map('examples', '--focus', 'redis').status, 2);
  assert.match(map('--help').stdout, /^Usage: kube-netlens map \[paths…\]/);
});
