/**
 * What kube-netlens may do with the machine: read the manifests of the workspace, and nothing else. It never runs a
 * program and never opens a network connection, whatever the workspace contains.
 *
 * Accepted, and asserted precisely below: the language server's bundle contains vscode-languageserver's node
 * transports, which `require('net')` for the `--socket=<port>` and `--pipe=<name>` transports (a connection to the
 * editor on the loopback interface or a local pipe, chosen by whoever launches the server, never by workspace
 * content), and its `Files` helpers, which `require('child_process')` to ask npm or yarn for global module folders
 * (`resolveGlobalNodePath`, `resolveGlobalYarnPath`); our sources never call those helpers. Everything else is
 * forbidden: no other module of either bundle requires them, nothing requires http, https, http2, tls, dgram,
 * worker_threads, cluster, vm or inspector, and there is no eval or new Function.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-protocol/node';
import { readManifest, walkManifests } from '../../server/src/node/files';
import { deployment, service } from '../hostile/inputs';
import { FileChangeType, withClient } from '../lsp/client';
import type { TestClient } from '../lsp/client';

const ROOT = path.join(__dirname, '../..');
const TRAP = path.join(__dirname, 'trap.cjs');
const FORBIDDEN = ['child_process', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'worker_threads', 'cluster', 'vm', 'inspector'];

function requires(bundle: string): string[] {
  return [...bundle.matchAll(/require\("(?:node:)?([a-z_0-9/]+)"\)/g)].map((m) => m[1]);
}

/** The text of the bundled module that performs `require("<name>")`: from the require back to its module wrapper. */
function moduleAround(bundle: string, name: string): string {
  const at = bundle.indexOf(`require("${name}")`);
  return bundle.slice(Math.max(0, at - 3000), at + 6000);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

test('our sources import nothing that runs programs or opens connections, and never evaluate code', () => {
  const files = sourceFiles(path.join(ROOT, 'server/src'));
  assert.ok(files.length > 20);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:from|import|require\()\s*['"](?:node:)?([a-z_0-9/]+)['"]/g)) {
      assert.ok(!FORBIDDEN.includes(m[1]), `${path.relative(ROOT, f)} imports ${m[1]}`);
    }
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(/, path.relative(ROOT, f));
    assert.doesNotMatch(text, /resolveGlobal(Node|Yarn)Path|Files\.resolve/, `${path.relative(ROOT, f)} calls vscode-languageserver's npm/yarn helpers`);
  }
});

test('the CLI bundle requires only the file system, paths and the process', () => {
  const cli = readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
  for (const r of requires(cli)) assert.ok(!FORBIDDEN.includes(r), `dist/cli.js requires ${r}`);
  assert.doesNotMatch(cli, /\beval\(|new Function\(/);
});

test('the server bundle requires net and child_process only in the library modules documented above', () => {
  const server = readFileSync(path.join(ROOT, 'dist/server.js'), 'utf8');
  const found = requires(server);
  for (const r of found) assert.ok(!FORBIDDEN.includes(r) || r === 'net' || r === 'child_process', `dist/server.js requires ${r}`);
  assert.equal(found.filter((r) => r === 'net').length, 1, 'one module requires net');
  assert.match(moduleAround(server, 'net'), /SocketMessageReader/, 'net is required by the jsonrpc node transports');
  assert.equal(found.filter((r) => r === 'child_process').length, 1, 'one module requires child_process');
  assert.match(moduleAround(server, 'child_process'), /resolveGlobalNodePath/, 'child_process is required by the Files helpers');
  assert.doesNotMatch(server, /\beval\(|new Function\(/);
});

test('the file walker follows no symbolic link out of the workspace', async () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'kn-links-')));
  try {
    const ws = path.join(base, 'ws');
    const outside = path.join(base, 'outside');
    mkdirSync(path.join(ws, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.yaml'), service('secret', 'x'));
    writeFileSync(path.join(ws, 'sub', 'real.yaml'), service('web', 'web'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'to-file.yaml'));
    symlinkSync(outside, path.join(ws, 'to-dir'));
    symlinkSync('../../outside/secret.yaml', path.join(ws, 'sub', 'relative.yaml'));
    symlinkSync(path.join(ws, 'sub', 'real.yaml'), path.join(ws, 'inside.yaml'));
    symlinkSync(ws, path.join(ws, 'sub', 'loop'));
    symlinkSync(path.join(base, 'nowhere.yaml'), path.join(ws, 'dangling.yaml'));
    const skipped: string[] = [];
    const found = await walkManifests(ws, '.', { onSkip: (p, reason) => skipped.push(`${path.relative(ws, p)}: ${reason}`) });
    assert.deepEqual(found.map((f) => f.display), ['inside.yaml', 'sub/real.yaml']);
    assert.deepEqual(skipped.sort(), ['sub/loop: symbolic link to a directory, not followed', 'sub/relative.yaml: symbolic link to a path outside the workspace', 'to-dir: symbolic link to a path outside the workspace', 'to-file.yaml: symbolic link to a path outside the workspace']);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('readManifest opens no path whose real location is outside the roots', async () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'kn-read-')));
  try {
    const ws = path.join(base, 'ws');
    mkdirSync(path.join(ws, 'sub'), { recursive: true });
    writeFileSync(path.join(base, 'secret.yaml'), service('secret', 'x'));
    writeFileSync(path.join(ws, 'sub', 'real.yaml'), service('web', 'web'));
    const links: Record<string, string> = { 'passwd.yaml': '/etc/passwd', 'environ.yaml': '/proc/self/environ', 'secret.yaml': path.join(base, 'secret.yaml'), 'up.yaml': '../secret.yaml' };
    for (const [name, target] of Object.entries(links)) symlinkSync(target, path.join(ws, name));
    symlinkSync(base, path.join(ws, 'base'));
    for (const name of [...Object.keys(links), 'base/secret.yaml']) {
      const res = await readManifest(path.join(ws, name), [ws], 1 << 20);
      assert.deepEqual(res, { ok: false, reason: 'not read: a symbolic link to a path outside the workspace', missing: true }, name);
    }
    symlinkSync(path.join(ws, 'sub', 'real.yaml'), path.join(ws, 'inside.yaml'));
    assert.equal((await readManifest(path.join(ws, 'inside.yaml'), [ws], 1 << 20)).ok, true, 'a link inside the workspace is read');
    assert.equal((await readManifest(path.join(ws, 'secret.yaml'), [path.join(ws, 'sub'), base], 1 << 20)).ok, true, 'any of the roots may hold the target');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

async function symbolNames(client: TestClient, query: string): Promise<string[]> {
  return (await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query })).map((s) => s.name);
}

/** Polls workspace symbols until `name` is there: the server has taken in what was sent before. */
async function untilSymbol(client: TestClient, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await symbolNames(client, name)).includes(name)) {
    assert.ok(Date.now() < deadline, `symbol ${name} never appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('LSP: no entry point reads a link out of the workspace: indexing, watched files, closing a document', async () => {
  const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'kn-outside-')));
  try {
    writeFileSync(path.join(outside, 'secret.yaml'), service('secret-outside', 'x'));
    await withClient({ files: { 'real.yaml': service('marker-0', 'x') } }, async (client) => {
      await client.waitReady();
      const links: Record<string, string> = { 'link.yaml': path.join(outside, 'secret.yaml'), 'passwd.yaml': '/etc/passwd', 'environ.yaml': '/proc/self/environ' };
      for (const [name, target] of Object.entries(links)) symlinkSync(target, path.join(client.dir, name));
      const expectNoSecret = async (marker: string, entry: string) => {
        await untilSymbol(client, marker);
        assert.deepEqual(await symbolNames(client, 'secret'), [], entry);
      };
      // Watched files: created, then changed, each with a real file in the same batch as a marker.
      for (const [i, type] of ([FileChangeType.Created, FileChangeType.Changed] as FileChangeType[]).entries()) {
        client.writeFile(`m${i + 1}.yaml`, service(`marker-${i + 1}`, 'x'));
        client.fileEvents([...Object.keys(links).map((rel) => ({ rel, type })), { rel: `m${i + 1}.yaml`, type: FileChangeType.Created }]);
        await expectNoSecret(`marker-${i + 1}`, `didChangeWatchedFiles ${type}`);
      }
      // Closing a document reads the file from disk again.
      client.open('link.yaml', service('while-open', 'x'));
      await untilSymbol(client, 'while-open');
      client.close('link.yaml');
      client.writeFile('m3.yaml', service('marker-3', 'x'));
      client.fileEvents([{ rel: 'm3.yaml', type: FileChangeType.Created }]);
      await expectNoSecret('marker-3', 'didClose');
      assert.deepEqual(await symbolNames(client, 'while-open'), [], 'the closed document left the workspace');
      // Indexing again (new read settings) walks the folder.
      client.writeFile('m4.yaml', service('marker-4', 'x'));
      client.changeSettings({ exclude: ['nothing/**'] });
      await expectNoSecret('marker-4', 'indexing');
    });
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('CLI: a link out of a named directory is not read', () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'kn-cli-links-')));
  try {
    mkdirSync(path.join(base, 'ws'));
    writeFileSync(path.join(base, 'secret.yaml'), service('secret', 'x'));
    writeFileSync(path.join(base, 'ws', 'svc.yaml'), service('web', 'web'));
    symlinkSync(path.join(base, 'secret.yaml'), path.join(base, 'ws', 'link.yaml'));
    symlinkSync('/etc/passwd', path.join(base, 'ws', 'passwd.yaml'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', 'ws', '--format', 'json', '--fail-on', 'never'], { cwd: base, encoding: 'utf8', timeout: 30_000 });
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.files, 1);
    assert.deepEqual([...new Set(out.diagnostics.map((d: { file: string }) => d.file))], ['ws/svc.yaml']);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

/**
 * A workspace whose kustomization names files outside it, absolute paths and remote bases. The outside targets are
 * named pipes: opening one for reading blocks until a writer comes, so a run that read one would never finish.
 */
function hostileKustomizeWorkspace(base: string): string {
  const ws = path.join(base, 'ws');
  mkdirSync(path.join(ws, 'app'), { recursive: true });
  mkdirSync(path.join(base, 'outside'));
  for (const f of ['outside/pipe.yaml', 'abs-pipe.yaml']) assert.equal(spawnSync('mkfifo', [path.join(base, f)]).status, 0, 'mkfifo');
  writeFileSync(path.join(ws, 'app', 'kustomization.yaml'), `resources:\n  - service.yaml\n  - deployment.yaml\n  - ../../outside/pipe.yaml\n  - ${path.join(base, 'abs-pipe.yaml')}\n  - ../../outside\n  - https://example.com/base.yaml\n  - github.com/example/repo//base?ref=v1\n  - git@github.com:example/repo.git\npatches:\n  - path: ../../outside/pipe.yaml\n`);
  writeFileSync(path.join(ws, 'app', 'service.yaml'), service('web', 'web'));
  writeFileSync(path.join(ws, 'app', 'deployment.yaml'), deployment('web', 'web'));
  return ws;
}

test('the CLI reads no path a kustomization names outside the workspace, fetches no URL and runs nothing', () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'kn-kust-')));
  try {
    const ws = hostileKustomizeWorkspace(base);
    const r = spawnSync(process.execPath, ['--require', TRAP, path.join(ROOT, 'dist/cli.js'), 'check', '.', '--format', 'json'], { cwd: ws, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.error, undefined, 'the CLI finished (it opened no pipe)');
    assert.doesNotMatch(r.stderr, /KUBE-NETLENS-TRAP/);
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.files, 3);
    assert.deepEqual(out.diagnostics.filter((d: { severity: string }) => d.severity !== 'information'), []);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('the trap itself catches a connection and a program run (so the tests above can fail)', () => {
  for (const code of ["require('net').connect(9, '127.0.0.1')", "require('child_process').execSync('true')", "require('https').get('https://example.com')"]) {
    const r = spawnSync(process.execPath, ['--require', TRAP, '-e', code], { encoding: 'utf8', timeout: 10_000 });
    assert.match(r.stderr, /KUBE-NETLENS-TRAP/, code);
  }
});
