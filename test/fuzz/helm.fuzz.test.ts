/**
 * Seeded fuzzing of the Helm renderer: templates of real charts (../shared/helm and our fixtures) damaged by random
 * edits, runaway loops, self-recursion, doubling strings and unknown functions, each chart rendered with tight limits.
 * The renderer must always return (a render or a failure saying why), never throw, never report an internal error,
 * and stop at its limits, which it reports as data.
 *
 * Reproduce: `FUZZ_SEED=<seed> FUZZ_CASES=<n> node scripts/test.mjs test/fuzz/helm.fuzz.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { renderChart, type RenderResult } from '../../server/src/core/helm/render';
import { readChartFolder } from '../../server/src/node/chartFiles';
import { fuzzCases, fuzzSeed, Random } from './random';

const SEED = fuzzSeed(20261203);
const CASES = fuzzCases(150);
const LIMITS = { maxSteps: 200_000, maxDepth: 50, maxOutput: 1 << 20, maxMillis: 3000 };

const CHARTS = [
  path.resolve(__dirname, '../../../shared/helm/charts/helm__helm__mychart'),
  path.resolve(__dirname, '../../../shared/helm/charts/stefanprodan__podinfo__podinfo'),
  path.resolve(__dirname, '../fixtures/charts/netlens-shop'),
].filter((p) => existsSync(p));

const INSERTS = [
  '{{', '}}', '{{ end }}', '{{ else }}', '{{ if . }}', '{{ range . }}', '{{ with .Values }}', '(', ')', '|', '$x := ', '{{- ', ' -}}', '"', '`',
  '{{ template "loop" . }}{{ define "loop" }}{{ template "loop" . }}{{ end }}',
  '{{ define "inc" }}{{ include "inc" . }}{{ end }}{{ include "inc" . }}',
  '{{ range until 1000000 }}x{{ end }}',
  '{{ $s := "xx" }}{{ range until 64 }}{{ $s = printf "%s%s" $s $s }}{{ end }}{{ $s }}',
  '{{ tpl "{{ tpl . . }}" "{{ tpl . . }}" }}',
  '{{ nosuchfunction 1 }}', '{{ fail "stop" }}', '{{ required "needed" .Values.nope }}', '{{ toYaml . }}', '{{ .Values.nope.deeper }}',
  '{{ repeat 100000 "abcdefgh" }}', '{{ index . 99 }}', '{{ break }}', '{{ printf "%d %s %!" }}', '((((((((((((((((((((',
];

function mutate(text: string, rng: Random): string {
  let t = text;
  for (let n = rng.between(1, 3); n > 0; n--) {
    const at = rng.int(t.length + 1);
    switch (rng.int(4)) {
      case 0:
        t = t.slice(0, at) + t.slice(at + rng.between(1, 40));
        break;
      case 1:
        t = t.slice(0, at) + t.slice(at, at + rng.between(1, 200)) + t.slice(at);
        break;
      default:
        t = t.slice(0, at) + rng.pick(INSERTS) + t.slice(at);
    }
  }
  return t;
}

const KINDS = new Set<string>(['chart', 'values', 'parse', 'template', 'unknown-function', 'limit']);

test(`mutated templates never break the renderer (seed ${SEED}, ${CASES} cases)`, { skip: CHARTS.length < 3 && 'no ../shared/helm' }, async () => {
  const charts = await Promise.all(CHARTS.map(readChartFolder));
  const rng = new Random(SEED);
  const seen = new Map<string, number>();
  for (let i = 0; i < CASES; i++) {
    const files = new Map(rng.pick(charts));
    const templates = [...files.keys()].filter((p) => p.startsWith('templates/'));
    const victim = rng.pick(templates);
    files.set(victim, mutate(String(files.get(victim)), rng));
    let r: RenderResult;
    try {
      r = renderChart(files, { limits: LIMITS });
    } catch (e) {
      assert.fail(`case ${i} (${victim}) threw: ${(e as Error).stack}`);
    }
    const kind = r.ok ? 'ok' : r.kind;
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
    if (!r.ok) {
      assert.ok(KINDS.has(r.kind), r.kind);
      assert.doesNotMatch(r.message, /internal error/, `case ${i} (${victim}): ${r.message}`);
      if (r.kind === 'limit') assert.ok(r.limit, 'a limit failure names its limit');
    } else assert.ok(r.output.length <= LIMITS.maxOutput * 2);
  }
  // The mutations reach the renderer's limits and its failures, not only its happy path.
  assert.ok((seen.get('limit') ?? 0) > 0 && (seen.get('parse') ?? 0) > 0 && (seen.get('ok') ?? 0) > 0, JSON.stringify([...seen]));
});

test('each limit stops a runaway template and is reported as data', () => {
  const chart = (body: string): Map<string, string> => new Map([['Chart.yaml', 'apiVersion: v2\nname: c\nversion: 1.0.0\n'], ['templates/t.yaml', body]]);
  const cases: [string, string][] = [
    ['{{ define "l" }}{{ include "l" . }}{{ end }}{{ include "l" . }}', 'maxDepth'],
    ['{{ range until 20000 }}{{ range until 20000 }}{{ end }}{{ end }}', 'maxSteps'],
    ['{{ $s := "xx" }}{{ range until 64 }}{{ $s = printf "%s%s" $s $s }}{{ end }}', 'maxOutput'],
    ['{{ range until 100000 }}{{ repeat 100 "x" }}{{ end }}', 'maxOutput'],
    ['{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}', 'maxMillis'],
  ];
  for (const [body, limit] of cases) {
    // Each limit alone: the others are set out of reach.
    const only = { maxSteps: 1e12, maxDepth: 1e6, maxOutput: 1e12, maxMillis: 1e9, [limit]: LIMITS[limit as keyof typeof LIMITS] };
    if (limit === 'maxMillis') only.maxMillis = 300;
    const r = renderChart(chart(body), { limits: only });
    assert.equal(r.ok, false, body);
    if (!r.ok) assert.deepEqual([r.kind, r.limit], ['limit', limit], `${body}: ${r.message}`);
  }
});
