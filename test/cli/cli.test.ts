// The CLI as a user runs it: the built dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const ROOT = join(__dirname, '..', '..');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the seed examples: the missing --- separators and the outdented names, with exact positions; as printed, the lost indentation and the Service that selects no pod', () => {
  const r = run(['check', 'examples/seed']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  const findings = lines.slice(0, -1).map((l) => l.split(': ').slice(0, 2).join(': '));
  assert.deepEqual(findings, [
    'examples/seed/01-pod-two-containers.yaml:6:1: error metadata-outdented',
    'examples/seed/02-two-pods.yaml:6:1: error metadata-outdented',
    'examples/seed/02-two-pods.yaml:11:1: error missing-document-separator',
    'examples/seed/02-two-pods.yaml:14:1: error metadata-outdented',
    'examples/seed/03-pod-and-service.yaml:7:1: error metadata-outdented',
    'examples/seed/03-pod-and-service.yaml:12:1: error missing-document-separator',
    'examples/seed/03-pod-and-service.yaml:15:1: error metadata-outdented',
    'examples/seed/as-printed/01-pod-two-containers.yaml:1:1: error object-flattened',
    'examples/seed/as-printed/02-two-pods.yaml:1:1: error object-flattened',
    'examples/seed/as-printed/03-pod-and-service.yaml:1:1: error object-flattened',
    // The folder repeats objects (the reconstructions beside it), so each file is its own unit: the file's Pod is
    // the one it misses.
    'examples/seed/as-printed/03-pod-and-service.yaml:14:1: warning service-selector-no-match',
  ]);
  assert.match(lines[lines.length - 1], /^10 errors, 1 warning, 0 information, 0 hints in 6 files/);
});

test('once the seed objects are separated and indented, the Service selecting app=nginx matches no pod', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-seed-'));
  const seed = readFileSync(join(ROOT, 'examples/seed/03-pod-and-service.yaml'), 'utf8');
  const fixed = seed.replace(/\napiVersion: v1\nkind: Service/, '\n---\napiVersion: v1\nkind: Service').replace(/^name: /gm, '  name: ');
  writeFileSync(join(dir, 'app.yaml'), fixed);
  const r = run(['check', dir, '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.diagnostics.map((d: { rule: string; severity: string }) => `${d.severity} ${d.rule}`), ['warning service-selector-no-match']);
  assert.match(out.diagnostics[0].message, /selector app=nginx matches no pod template in namespace 'default'/);
  assert.equal(r.code, 0, 'warnings do not fail the default --fail-on error');
  assert.equal(run(['check', dir, '--fail-on', 'warning']).code, 1);
});

test('the shop example is clean and exits 0', () => {
  const r = run(['check', 'examples/shop']);
  assert.equal(r.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 7 files (13 documents, 12 resources; 6 manifests, 3 links)\n');
  assert.equal(r.code, 0);
});

test('JSON output has exactly the documented shape, 1-based lines and columns and an exclusive end', () => {
  const r = run(['check', 'examples/mistakes/payments.yaml', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['version', 'diagnostics', 'summary']);
  assert.equal(out.version, 1);
  assert.deepEqual(Object.keys(out.summary), ['files', 'documents', 'resources', 'manifests', 'links', 'errors', 'warnings', 'information', 'hints']);
  assert.deepEqual(out.diagnostics, [{
    file: 'examples/mistakes/payments.yaml',
    line: 27,
    column: 5,
    endLine: 27,
    endColumn: 18,
    severity: 'warning',
    rule: 'service-selector-no-match',
    message: "selector app=paymnets matches no pod template in namespace 'default'; nearest: pod template of deployment/payments has app=payments",
  }]);
  const text = readFileSync(join(ROOT, 'examples/mistakes/payments.yaml'), 'utf8').split('\n')[26];
  assert.equal(text.slice(4, 17), 'app: paymnets');
});

test('SARIF 2.1.0 with every rule, help URIs and real regions', () => {
  const r = run(['check', 'examples/mistakes', '--format', 'sarif']);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'kube-netlens');
  assert.ok(driver.rules.length >= 10);
  for (const rule of driver.rules) assert.match(rule.helpUri, /docs\/rules\.md#/);
  const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'service-port-duplicate');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 13, startColumn: 13, endLine: 13, endColumn: 16 });
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'examples/mistakes/duplicate-ports.yaml');
  assert.equal(driver.rules[result.ruleIndex].id, 'service-port-duplicate');
});

test('paths found by walking a directory are the argument joined with the relative path; node_modules and .git are skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-walk-'));
  mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: none}\n  ports: [{port: 80}]\n';
  writeFileSync(join(dir, 'deep', 'er', 'svc.yml'), svc);
  writeFileSync(join(dir, 'node_modules', 'svc.yaml'), svc);
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file), ['deep/er/svc.yml']);
});

test('--default-namespace changes where objects without a namespace live', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-ns-'));
  writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: web}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: c, image: nginx}]}\n');
  assert.equal(JSON.parse(run(['check', dir, '--format', 'json']).stdout).summary.warnings, 1);
  assert.equal(JSON.parse(run(['check', dir, '--format', 'json', '--default-namespace', 'shop']).stdout).summary.warnings, 0);
});

test('usage and I/O errors exit 2 with a clear message and no stack trace', () => {
  for (const args of [['frobnicate'], ['check', '--format', 'xml'], ['check', '--fail-on'], ['check', 'no/such/path'], ['check', '--bogus']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^kube-netlens: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: kube-netlens check/);
  assert.match(help.stdout, /--version/);
  const version = run(['check', '--version']);
  assert.deepEqual([version.code, version.stdout.trim(), version.stderr], [0, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, '']);
});

test('--config applies include and exclude below each directory named, as the editor does in a workspace folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-cfg-'));
  const bad = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: nothing}\n  ports: [{port: 80}]\n';
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'app', 'svc.yaml'), bad);
  writeFileSync(join(dir, 'app', 'svc.generated.yaml'), bad);
  writeFileSync(join(dir, 'vendor', 'svc.yaml'), bad);
  const files = (config: object, ...paths: string[]) => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const r = run(['check', '--config', join(dir, 'config.json'), '--format', 'json', '--fail-on', 'never', ...paths]);
    assert.equal(r.code, 0, r.stderr);
    return [...new Set((JSON.parse(r.stdout).diagnostics as { file: string }[]).map((d) => d.file.slice(dir.length + 1)))].sort();
  };
  assert.deepEqual(files({}, dir), ['app/svc.generated.yaml', 'app/svc.yaml', 'vendor/svc.yaml']);
  assert.deepEqual(files({ exclude: ['vendor', '*.generated.yaml'] }, dir), ['app/svc.yaml']);
  assert.deepEqual(files({ include: ['app/**'] }, dir), ['app/svc.generated.yaml', 'app/svc.yaml']);
  // Relative to the directory named: `/svc.yaml` anchors to it.
  assert.deepEqual(files({ exclude: ['/svc.yaml'] }, join(dir, 'app')), ['app/svc.generated.yaml']);
  // A file named on the command line is asked for, so it is checked whatever the globs say.
  assert.deepEqual(files({ exclude: ['vendor'] }, join(dir, 'vendor', 'svc.yaml')), ['vendor/svc.yaml']);
});

test('a chart\'s helpers (templates/_helpers.tpl) are read as part of it and get no diagnostics; a .tpl elsewhere is not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-chart-'));
  mkdirSync(join(dir, 'web', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'web', 'templates', '_helpers.tpl'), '{{- define "web.labels" -}}\napp: web\n{{- end }}\n');
  writeFileSync(join(dir, 'web', 'templates', 'service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    {{- include "web.labels" . | nindent 4 }}\n  ports:\n    - port: 80\n');
  writeFileSync(join(dir, 'stray.tpl'), 'not: [a chart\n');
  const r = run(['check', dir]);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /note: Helm chart web \(.*web\): 2 templates analysed without rendering/);
  assert.match(r.stdout, /0 errors, 0 warnings, 0 information, 0 hints in 3 files/);
});

test('--config rejects an unknown rule id, a config that is not an object, and wrong types: exit 2 with the setting named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-cfg-'));
  writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  const cases: [string, RegExp][] = [
    ['{"rules": {"service-selector-nomatch": {"severity": "off"}}}', /invalid setting rules\.service-selector-nomatch in .*: is not a rule id/],
    ['{"rules": {"service-selector-no-match": "off"}}', /invalid setting rules\.service-selector-no-match in .*: must be an object/],
    ['{"rules": {"service-selector-no-match": {"severity": "loud"}}}', /rules\.service-selector-no-match\.severity .*must be one of/],
    ['{"rules": []}', /invalid setting rules .*must be an object keyed by rule id/],
    ['[]', /invalid setting \(root\) .*must be an object of settings, got a list/],
    ['"strict"', /invalid setting \(root\) .*must be an object of settings, got "strict"/],
    ['{"exclude": "vendor"}', /invalid setting exclude .*must be a list of strings/],
    ['{"maxFileSizeKB": "big"}', /invalid setting maxFileSizeKB .*must be a positive number/],
    ['{"defaultNamespace": 7}', /invalid setting defaultNamespace .*must be a namespace name/],
    ['{"rules": {', /cannot read --config .*JSON/],
  ];
  for (const [text, message] of cases) {
    writeFileSync(join(dir, 'config.json'), text);
    const r = run(['check', '--config', join(dir, 'config.json'), dir]);
    assert.equal(r.code, 2, text);
    assert.equal(r.stdout, '', text);
    assert.match(r.stderr, message, text);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  writeFileSync(join(dir, 'config.json'), '{"rules": {"service-selector-no-match": {"severity": "off"}}, "exclude": []}');
  assert.equal(run(['check', '--config', join(dir, 'config.json'), dir]).code, 0);
});

/** A directory where readdir fails even for root, if this machine has one (another pid's map_files usually is). */
const UNLISTABLE = ['/proc/1/map_files', '/proc/1/fdinfo'].find((d) => {
  try {
    readdirSync(d);
    return false;
  } catch {
    return true;
  }
});

test('an unreadable file or a path that is not a regular file exits 2 and says so on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-unreadable-'));
  writeFileSync(join(dir, 'svc.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status, 0);
  // Reading /proc/self/mem at offset 0 fails with EIO, for root too.
  for (const [target, message] of [['/proc/self/mem', /^kube-netlens: \/proc\/self\/mem: cannot read: EIO/m], [join(dir, 'pipe.yaml'), /pipe\.yaml: not analysed: not a regular file/]] as const) {
    const r = run(['check', join(dir, 'svc.yaml'), target, '--format', 'json']);
    assert.equal(r.code, 2, target);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.equal(JSON.parse(r.stdout).summary.documents, 1, 'the readable file is still checked');
  }
});

test('a directory that cannot be listed exits 2 and says so on stderr', { skip: UNLISTABLE ? false : 'no unlistable directory on this machine' }, () => {
  const r = run(['check', UNLISTABLE!]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^kube-netlens: cannot read directory \/proc\/1\/\w+: EACCES/);
});

test('a directory link that is not followed is reported once on stderr; the run stays clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-dirlink-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  symlinkSync(join(dir, 'sub'), join(dir, 'loop'));
  const r = run(['check', '.', 'sub', '.'], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, 'kube-netlens: loop: symbolic link to a directory, not followed\n');
});

test('a reader that stops early (| head -1) ends the run quietly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-epipe-'));
  // Far more output than a pipe buffer holds: 600 findings of about 150 bytes.
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `s${i}.yaml`), `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  selector: {app: "${'x'.repeat(60)}"}\n  ports: [{port: 80}]\n`);
  const child = spawn(process.execPath, [CLI, 'check', '.', '--fail-on', 'never'], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});

test('a closed pipe keeps the exit status the findings give: 1 with errors, 0 under --fail-on never, no trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-pipe-'));
  // Errors (an invalid port number), far more of them than a pipe buffer holds.
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `s${i}.yaml`), `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  ports: [{port: 70000, name: "${'x'.repeat(40)}"}]\n`);
  for (const [flags, status] of [['', 1], ['--fail-on never', 0]] as const) {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" check . ${flags} | head -1`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, status, flags);
    assert.equal(r.stderr, '', flags);
    assert.match(r.stdout, /^s\d+\.yaml:\d+:\d+: error /, flags);
  }
});

test('--version and -v print the version, before or after check; the help names every command and option', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  for (const args of [['--version'], ['-v'], ['check', '--version'], ['check', 'examples', '-v']]) assert.deepEqual(run(args), { code: 0, stdout: `${version}\n`, stderr: '' }, args.join(' '));
  const usage = run(['--help']).stdout;
  assert.equal(run(['check', '-h']).stdout, usage);
  for (const option of parsedOptions()) assert.match(usage, new RegExp(`(^|[ ,])${option}\\b`, 'm'), option);
  assert.match(usage, /^ {2}kube-netlens rules /m);
});

test('the README synopsis and docs/cli.md list every option the parser accepts, and the rules command', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const synopsis = readme.slice(readme.indexOf('kube-netlens check [paths…]'));
  const man = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
  for (const option of parsedOptions().filter((o) => o.startsWith('--'))) {
    assert.ok(synopsis.slice(0, synopsis.indexOf('```')).includes(option), `README synopsis: ${option}`);
    assert.match(man, new RegExp(`^(\`-[a-z]\`, )?\`${option}[ \`]`, 'm'), `docs/cli.md: ${option}`);
  }
  assert.match(synopsis, /^kube-netlens rules/m);
  assert.match(man, /^`kube-netlens rules`$/m);
});

/** The flags args.ts parses (its `case '-…':` labels and the first-argument checks), read from its source. */
function parsedOptions(): string[] {
  const source = readFileSync(join(ROOT, 'server/src/cli/args.ts'), 'utf8');
  const options = [...source.matchAll(/(?:case |argv\[0\] === )'(-[-a-z]+)'/g)].map((m) => m[1]);
  assert.ok(options.includes('--max-file-size-kb') && options.includes('-v'), 'the parser is read');
  return [...new Set(options)].sort();
}

test('a full disk (> /dev/full) is an I/O error: exit 2 and a message', () => {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, 'check', 'examples/shop'], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^kube-netlens: cannot write the output: ENOSPC/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    closeSync(full);
  }
});

test('a file over the size limit is skipped with one information diagnostic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-big-'));
  writeFileSync(join(dir, 'big.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: "' + 'x'.repeat(4096) + '"\n');
  const out = JSON.parse(run(['check', dir, '--format', 'json', '--max-file-size-kb', '2']).stdout);
  assert.deepEqual(out.diagnostics.map((d: { rule: string; severity: string; line: number }) => [d.rule, d.severity, d.line]), [['file-not-analysed', 'information', 1]]);
  assert.match(out.diagnostics[0].message, /over the 2 KB limit/);
});

test('a newline in a label value or a file name never starts a line of its own: no forged CI annotations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-forge-'));
  const forged = '\n::error file=README.md,line=1::owned\r\nREADME.md:1:1: error forged\u2028x';
  const svc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: ${JSON.stringify(`x${forged}`)}\n  ports:\n    - port: 80\n`;
  const names = [`a${forged.replace(/\//g, '')}.yaml`, '::warning file=README.md::x.yaml'];
  for (const n of names) writeFileSync(join(dir, n), svc);
  const text = run(['check', '.'], dir);
  assert.equal(text.code, 1);
  const lines = text.stdout.split('\n').filter((l) => l !== '');
  const shown = ['./::warning file=README.md::x.yaml:', 'a\\x0a::error file=README.md,line=1::owned\\x0d\\x0aREADME.md:1:1: error forged\\u2028x.yaml:'];
  for (const l of lines.slice(0, -1)) assert.ok(shown.some((p) => l.startsWith(p)), `a line starts with the finding's own path: ${JSON.stringify(l)}`);
  assert.equal(lines.length, 5, 'two findings per file and the summary');
  // The two files define the same Service, so each is its own unit, with no pods: the selectors are advice.
  assert.match(lines.at(-1)!, /^2 errors, 0 warnings, 2 information/);
  // JSON and SARIF carry the exact strings, safely quoted.
  const json = JSON.parse(run(['check', '.', '--format', 'json'], dir).stdout);
  assert.deepEqual(new Set(json.diagnostics.map((d: { file: string }) => d.file)), new Set(names));
  assert.ok(json.diagnostics.every((d: { message: string }) => d.message.includes(forged)));
  const sarif = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).stdout);
  const results = sarif.runs[0].results as { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  assert.deepEqual(new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)), new Set(names));
  assert.ok(results.every((r) => r.message.text.includes(forged)));
});
