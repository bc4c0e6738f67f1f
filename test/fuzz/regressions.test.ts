/**
 * Every failure the fuzzer found, kept forever. Fixture files in `regressions/` are damaged manifests that once
 * crashed, hung or gave unstable results; inputs too large to keep as files are generated here from the pattern that
 * caused the failure. Each must be analysed within the CPU budget, with all invariants kept (see analyse.ts), and
 * with the same result from scratch, after an edit, and from a deeper call stack.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core/model/workspace';
import { MAX_NESTING } from '../../server/src/core/syntax/parse';
import { analyse, comparable } from './analyse';

const BUDGET_MS = 1000;
const DIR = path.join(__dirname, 'regressions');
const URI = '/ws/regression.yaml';

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function fresh(text: string): string {
  const ws = new Workspace();
  ws.setFile(URI, text);
  return comparable(analyse(ws).diagnostics);
}

/** Runs `f` with `depth` extra frames on the stack, as a server handler deep in a call chain would. */
function atDepth<T>(depth: number, f: () => T): T {
  return depth === 0 ? f() : atDepth(depth - 1, f);
}

function checkStable(name: string, text: string): string {
  const t0 = cpuMs();
  const result = fresh(text);
  const ms = cpuMs() - t0;
  assert.ok(ms < BUDGET_MS, `${name}: analysis took ${ms.toFixed(0)} ms of CPU`);
  assert.equal(atDepth(2000, () => fresh(text)), result, `${name}: the result depends on the depth of the caller's stack`);
  const ws = new Workspace();
  ws.setFile(URI, 'apiVersion: v1\nkind: Service\nmetadata: {name: before}\n---\n' + text.slice(0, text.length >> 1));
  analyse(ws);
  ws.setFile(URI, text);
  assert.equal(comparable(analyse(ws).diagnostics), result, `${name}: an incremental analysis differs from a fresh one`);
  return result;
}

for (const name of readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  test(`fuzz regression ${name}`, () => {
    checkStable(name, readFileSync(path.join(DIR, name), 'utf8'));
  });
}

test('a collection nested deeper than the limit gives one stable diagnostic, however deep', () => {
  for (const depth of [MAX_NESTING + 1, 700, 1000, 5000]) {
    for (const open of ['[', '{', '- ']) {
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: ${open === '- ' ? '\n' : ''}${open.repeat(depth)}x\n`;
      const diags = JSON.parse(checkStable(`${depth} × ${open}`, text))[0][1] as { message: string }[];
      assert.deepEqual(diags.map((d) => d.message), [`the document nests collections more than ${MAX_NESTING} levels deep; it is not analysed (resource-exhaustion guard)`], `${depth} × ${open}`);
    }
  }
  // At the limit, the document is still analysed.
  const ok = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: ${'['.repeat(MAX_NESTING - 2)}${']'.repeat(MAX_NESTING - 2)}\n`;
  assert.equal(JSON.parse(checkStable('at the limit', ok))[0][1].length, 0);
});

test('a key followed by `{{` lines later is not a Helm action, and is found in linear time (regex took 14 s)', () => {
  const staircase = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i % 60)}k${i}:\n${' '.repeat(200)}`).join('\n');
  checkStable('helm scan', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  value: "{{"\n${staircase}\n`);
});

test('many blank lines in a broken document are scanned in linear time (regex took a minute)', () => {
  checkStable('blank lines', `x: [\n${' \n'.repeat(100_000)}apiVersion: v1\nkind: Service\nmetadata:\n  namespace: a\n`);
});

test('a quote that the relaxed re-parse reads differently opens no deep flow collection (took 30 s at 150 KB)', () => {
  const braces = '{'.repeat(75_000);
  checkStable('relaxed deep flow', `apiVersion: v1\nkind: Service\nmetadata:\n  app: '${braces}\n  name: web\n  app: '${braces}\nspec:\n  ports:\n    - port: 80\n`);
});

test('the relaxed re-parse of quoted continuations stays linear: many quotes on one line, many continuations', () => {
  const quotes = Array.from({ length: 16_000 }, (_, i) => `k${i}: "v"`).join(', ');
  checkStable('many quotes on a line', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {${quotes}}\nx: "open\n`);
  const continuations = Array.from({ length: 2_000 }, (_, i) => `  k${i}: "a\nb"`).join('\n');
  checkStable('many continuations', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${continuations}\n`);
});
