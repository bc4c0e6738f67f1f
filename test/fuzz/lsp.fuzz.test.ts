/**
 * Seeded fuzzing of the language server over stdio: mutated manifests sent as didOpen and didChange (full texts and
 * incremental edits), each followed by a pull-diagnostics request that must answer within a second with ranges that
 * lie within the text and exactly the diagnostics the core computes for the same texts. Hover, definition and
 * symbol requests go along (answered, or refused as unknown methods: never left hanging). The server must stay
 * alive, log no internal error, and exit cleanly at the end.
 *
 * Reproduce with the printed seed: `FUZZ_SEED=<seed> FUZZ_LSP_CASES=<n> node scripts/test.mjs test/fuzz/lsp.fuzz.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { PULL_CAPABILITIES, withClient } from '../lsp/client';
import type { TestClient } from '../lsp/client';
import { assertRangesWithin, comparableLsp, coreDiagnostics, editBetween } from './lsp';
import { loadCorpus } from './corpus';
import { mutate } from './mutate';
import { fuzzSeed, Random } from './random';

const SEED = fuzzSeed(20261126);
const CASES = process.env.FUZZ_LSP_CASES && /^\d+$/.test(process.env.FUZZ_LSP_CASES) ? Number(process.env.FUZZ_LSP_CASES) : 200;
const ANSWER_BUDGET_MS = 1000;
const SEEDS = path.join(__dirname, 'seeds');

/** The workspace the server indexes: the fuzz seeds, which link to one another. */
function seedFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of ['service-and-deployment.yaml', 'policy-and-ingress.yaml', 'kustomization.yaml', 'web-patch.yaml', 'chart/templates/service.yaml']) out[rel] = readFileSync(path.join(SEEDS, rel), 'utf8');
  return out;
}

async function timed<T>(what: string, slowest: { ms: number; what: string }, request: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await request();
  const ms = performance.now() - t0;
  if (ms > slowest.ms) Object.assign(slowest, { ms, what });
  assert.ok(ms < ANSWER_BUDGET_MS, `${what}: answered after ${ms.toFixed(0)} ms (budget ${ANSWER_BUDGET_MS} ms)`);
  return result;
}

async function pull(client: TestClient, rel: string): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri(rel) } });
  assert.equal(report.kind, 'full');
  return report.items ?? [];
}

/** Sends a request a language client might send at a cursor; an answer or an error response both count as answered. */
async function featureRequest(client: TestClient, rel: string, method: string, text: string, rng: Random): Promise<void> {
  const lines = text.split(/\r\n|\r|\n/);
  const line = rng.int(lines.length);
  const position = { line, character: rng.int(lines[line].length + 1) };
  const textDocument = { uri: client.uri(rel) };
  // Each request as a client sends it; malformed requests are the hostile tests' business.
  const params =
    method === 'textDocument/references'
      ? { textDocument, position, context: { includeDeclaration: rng.chance(0.5) } }
      : method === 'textDocument/codeAction'
        ? { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }
        : method === 'textDocument/documentSymbol'
          ? { textDocument }
          : { textDocument, position };
  await client.connection.sendRequest(method, params).catch((e: { code?: number }) => {
    if (e?.code !== -32601) throw e;
  });
}

test(`LSP fuzz: ${CASES} cases over stdio, seed ${SEED}`, async () => {
  const files = seedFiles();
  const rels = Object.keys(files).filter((r) => r !== 'kustomization.yaml');
  const { groups } = loadCorpus();
  const rng = new Random(SEED);
  console.log(`LSP fuzz: seed ${SEED}, ${CASES} cases`);
  await withClient({ files, capabilities: PULL_CAPABILITIES }, async (client) => {
    await client.waitReady();
    const texts = new Map(Object.entries(files).map(([rel, t]) => [client.uri(rel), t]));
    const opened = new Set<string>();
    const slowest = { ms: 0, what: '' };
    const started = performance.now();
    for (let n = 0; n < CASES; n++) {
      const rel = rng.pick(rels);
      const uri = client.uri(rel);
      const before = texts.get(uri)!;
      const donor = rng.pick(rng.pick(groups).files).text;
      const m = rng.chance(0.1) ? { text: files[rel], applied: ['restore'] } : mutate(before, rng, donor, 2);
      const label = `case ${n} (seed ${SEED}) on ${rel}: ${m.applied.join(', ')}`;
      if (!opened.has(rel)) {
        client.open(rel, m.text);
        opened.add(rel);
      } else if (rng.chance(0.5)) client.change(rel, [editBetween(before, m.text)]);
      else client.change(rel, [{ text: m.text }]);
      texts.set(uri, m.text);
      const items = await timed(`${label}: textDocument/diagnostic`, slowest, () => pull(client, rel));
      assertRangesWithin(m.text, items, label);
      assert.deepEqual(comparableLsp(items), coreDiagnostics(texts, uri), `${label}: the server's diagnostics differ from the core's on the same texts`);
      if (n % 5 === 0) {
        const method = rng.pick(['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentSymbol', 'textDocument/codeAction']);
        await timed(`${label}: ${method}`, slowest, () => featureRequest(client, rel, method, m.text, rng));
      }
      assert.equal(client.process.exitCode, null, `${label}: the server exited`);
    }
    const problems = client.logs.filter((l) => /internal error|uncaught|unhandled/i.test(l));
    assert.deepEqual(problems, [], 'the server logged internal errors');
    console.log(`LSP fuzz: ${CASES} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; slowest answer ${slowest.ms.toFixed(0)} ms: ${slowest.what}`);
  });
});
