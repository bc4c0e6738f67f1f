/**
 * Hostile input through the CLI as a user runs it (dist/cli.js in a child process): what it prints, with the line
 * and column a user would go to, and that it finishes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_NESTING } from '../../server/src/core/syntax/parse';
import * as H from './inputs';
import { UNLABELLED_POD } from '../lsp/client';

const CLI = path.join(__dirname, '../../dist/cli.js');
/** Wall-clock bound for one CLI run; generous, it only turns a hang into a failure. */
const TIMEOUT_MS = 60_000;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kn-hostile-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function check(dir: string, ...args: string[]): { code: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '.', '--fail-on', 'never', ...args], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.error, undefined, `the CLI did not finish: ${r.error?.message}`);
  return { code: r.status, lines: r.stdout.trim().split('\n').slice(0, -1), stderr: r.stderr };
}

test('a 50 MB file is skipped with one file-not-analysed information saying why', () => {
  const dir = workspace({ 'big.yaml': Buffer.alloc(50 * 1024 * 1024, 'a: b\n'), 'ok.yaml': H.service('web', 'web') + '---\n' + H.deployment('web', 'web') });
  try {
    const r = check(dir);
    assert.equal(r.code, 0);
    assert.deepEqual(r.lines, ['big.yaml:1:1: information file-not-analysed: not analysed: the file is 50.0 MB, over the 2.0 MB limit (kubeNetlens.maxFileSizeKB)']);
    assert.equal(r.stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a binary file with a .yaml name is skipped; invalid UTF-8 is read with replacement characters', () => {
  const known = Buffer.concat([Buffer.from('# \xff\xfe bytes that are not UTF-8: ', 'latin1'), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), Buffer.from('\n' + H.KNOWN)]);
  const dir = workspace({ 'blob.yaml': H.binary(), 'latin.yaml': known });
  try {
    const r = check(dir);
    assert.equal(r.lines[0], 'blob.yaml:1:1: information file-not-analysed: not analysed: the file is binary, not YAML text');
    assert.match(r.lines[1], new RegExp(`^latin\\.yaml:${H.KNOWN_LINE + 1}:${H.KNOWN_COLUMN}: warning service-selector-no-match: `));
    assert.equal(r.lines.length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a BOM, CRLF, lone CR and mixed line endings: the known finding is at the same line and column', () => {
  const onLineOne = `{apiVersion: v1, kind: Service, metadata: {name: web}, spec: {selector: {app: nothing}, ports: [{port: 80}]}}\n${UNLABELLED_POD}`;
  const dir = workspace({
    'lf.yaml': H.KNOWN,
    'bom.yaml': `\uFEFF${H.KNOWN}`,
    'crlf.yaml': H.KNOWN.replace(/\n/g, '\r\n'),
    'cr.yaml': H.KNOWN.replace(/\n/g, '\r'),
    'mixed.yaml': H.KNOWN.split('\n').map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join(''),
    'first-line.yaml': onLineOne,
    'first-line-bom.yaml': `\uFEFF${onLineOne}`,
  });
  try {
    const r = check(dir);
    const at = (file: string) => r.lines.filter((l) => l.startsWith(`${file}:`)).map((l) => l.split(': ').slice(0, 2).join(': '));
    for (const f of ['lf', 'bom', 'crlf', 'cr', 'mixed']) assert.deepEqual(at(`${f}.yaml`), [`${f}.yaml:${H.KNOWN_LINE}:${H.KNOWN_COLUMN}: warning service-selector-no-match`], f);
    // The BOM is not a column: editors do not show it.
    assert.deepEqual(at('first-line.yaml'), ['first-line.yaml:1:63: warning service-selector-no-match']);
    assert.deepEqual(at('first-line-bom.yaml'), ['first-line-bom.yaml:1:63: warning service-selector-no-match']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tabs as indentation: one syntax error, on the tab', () => {
  const dir = workspace({ 'tabs.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n' });
  try {
    const r = check(dir);
    assert.ok(r.lines.some((l) => /^tabs\.yaml:4:1: error yaml-syntax: tabs are not allowed for indentation/.test(l)), r.lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// 10,000 documents are measured at the core (hostile/core.test.ts); through the CLI they only cost CI time.
test('an alias bomb, 5,000 levels of nesting and a 1 MB line: bounded outcomes', () => {
  const dir = workspace({ 'laughs.yaml': H.billionLaughs(), 'deep.yaml': H.deepFlow(5000), 'wide.yaml': H.hugeLine(1_000_000) });
  try {
    const r = check(dir, '--max-file-size-kb', '4096');
    assert.deepEqual(r.lines.map((l) => l.replace(/ \(resource-exhaustion guard\)$/, '')), [
      `deep.yaml:1:1: error yaml-syntax: the document nests collections more than ${MAX_NESTING} levels deep; it is not analysed`,
      'laughs.yaml:6:12: error yaml-syntax: aliases in this document expand to more than 10,000 nodes; it is not analysed',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
