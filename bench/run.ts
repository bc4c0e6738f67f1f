/**
 * `npm run bench`: prints a table of medians and ratios, each measured side by side in one run, and writes the same
 * report to bench/.results/latest.md. Figures, never assertions: performance targets are read here, not enforced by
 * unit tests. `BENCH_ONLY=cold,connectivity,complexity,keystroke,peer,navigation,startup,helm,map` runs a subset.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { CORPUS, corpusPath, lineCount, loadCorpus } from './corpus';
import { coldCheck } from './coldCheck';
import { complexity } from './complexity';
import { connectivityBench } from './connectivity';
import { hoverAfterEdits, keystrokes, keystrokesBesideError } from './keystroke';
import { BenchClient } from './lspClient';
import { candidatePositions, navigation, sample } from './navigation';
import { helmRenderTimings } from './helmRender';
import { ms } from './stats';
import { mapBench } from './networkMap';

const ROOT = resolve(__dirname, '..');
const SERVER = join(ROOT, 'dist', 'server.js');
/** Extra Node.js flags for the language servers the benchmarks start, e.g. `--cpu-prof` to see where a keystroke goes. */
const SERVER_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const YAML_LS = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const ARGO = corpusPath('argoproj__argo-cd', 'manifests', 'install.yaml');
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wants = (name: string) => !only || only.has(name);

/** yaml-language-server offline: syntax validation only; no schema store, no schemas, no other features. */
const YAML_LS_SETTINGS = { yaml: { validate: true, hover: false, completion: false, format: { enable: false }, schemaStore: { enable: false }, schemas: {}, customTags: [] } };

const report: string[] = [];
function say(line = '') {
  console.log(line);
  report.push(line);
}

async function startOurs(root: string): Promise<{ client: BenchClient; readyMs: number }> {
  const t0 = performance.now();
  const client = await BenchClient.start([process.execPath, ...SERVER_FLAGS, SERVER, '--stdio'], root, { kubeNetlens: {} }, { trusted: true });
  await client.waitFor(() => client.notifications.find((n) => n.method === 'kubeNetlens/status' && (n.params as { state: string }).state === 'ready'), 600_000, 'indexing');
  return { client, readyMs: performance.now() - t0 };
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`The corpus is not at ${CORPUS}; the benchmarks need ../shared/corpus/real beside the checkout.`);
    process.exitCode = 2;
    return;
  }
  const files = await loadCorpus();
  const lines = lineCount(files);
  say(`# kube-netlens benchmarks`);
  say();
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}. Corpus: ${files.length} files, ${lines.toLocaleString('en-US')} lines.`);
  say();
  say('| # | measurement | figure | comparison | target |');
  say('| --- | --- | --- | --- | --- |');

  if (wants('cold')) {
    const cold = await coldCheck(files, lines);
    say(`| 1 | cold check of the corpus, median of ${cold.runs} (parse, index, link, all rules; ${cold.diagnostics} findings) | ${ms(cold.checkMs)} | bare \`yaml.parseAllDocuments\`: ${ms(cold.parseMs)}; ratio **${cold.ratio.toFixed(2)}×** | ≤ 1.5× |`);
  }

  if (wants('connectivity')) {
    const c = await connectivityBench(files);
    say(`| 8 | connectivity of the corpus, median of ${c.runs}: every pair, both directions (${c.corpusPairs.toLocaleString('en-US')} connections), on the built snapshot | ${ms(c.corpusMs)} | with parse and index ${ms(c.corpusFromTextsMs)}; cold check ${ms(c.coldMs)}; ratio **${(c.corpusMs / c.coldMs).toFixed(2)}×** (with parse **${(c.corpusFromTextsMs / c.coldMs).toFixed(2)}×**) | < 1× cold check |`);
    say(`| 8b | connectivity of a synthetic namespace: 500 workloads, 200 policies (${c.syntheticPairs.toLocaleString('en-US')} connections) | ${ms(c.syntheticMs)} | ${(c.syntheticMs / c.coldMs).toFixed(2)}× the corpus cold check | |`);
  }

  if (wants('complexity')) {
    for (const { shape, growth: g, target } of complexity()) {
      say(`| 7 | ${shape}, at N=${g.n.toLocaleString('en-US')} and ${g.factor}N | ${ms(g.ms)} → ${ms(g.msScaled)} | ratio **${g.ratio.toFixed(2)}×** | ${target} |`);
    }
  }

  if (wants('helm')) {
    const rows = await helmRenderTimings();
    for (const r of rows) say(`| 8 | Helm render of ${r.chart} (${r.objects} objects), median | ${ms(r.oursMs)} | helm template: ${r.helmMs === null ? 'n/a' : `${ms(r.helmMs)}; ratio **${(r.oursMs / r.helmMs).toFixed(2)}×**`} | ≤ 2× |`);
    const ours = rows.reduce((a, r) => a + r.oursMs, 0);
    const helm = rows.every((r) => r.helmMs !== null) ? rows.reduce((a, r) => a + (r.helmMs ?? 0), 0) : null;
    say(`| 8 | Helm render of all ${rows.length} charts (sum of medians) | ${ms(ours)} | helm template: ${helm === null ? 'n/a' : `${ms(helm)}; ratio **${(ours / helm).toFixed(2)}×**`} | ≤ 2× |`);
  }

  let ours: { client: BenchClient; readyMs: number } | null = null;
  if (wants('keystroke') || wants('navigation') || wants('memory')) {
    ours = await startOurs(CORPUS);
    say(`| 4 | memory: server RSS with the whole corpus indexed (indexing took ${ms(ours.readyMs)}) | ${ours.client.rssMB()?.toFixed(0)} MB | | ≤ 300 MB |`);
  }
  let oursKeys = null;
  if (ours && wants('keystroke')) {
    oursKeys = await keystrokes(ours.client, ARGO);
    say(`| 2 | keystroke latency, argo-cd install.yaml, 200 edits: didChange → publishDiagnostics, median | ${ms(oursKeys.median)} | p95 ${ms(oursKeys.p95)}, max ${ms(oursKeys.max)}; slowest at lines ${oursKeys.slowest.map((s) => `${s.line} (${ms(s.ms)})`).join(', ')} | ≤ 30 ms |`);
    say(`| 4b | memory after the keystroke run | ${ours.client.rssMB()?.toFixed(0)} MB | | ≤ 300 MB |`);
    const after = await hoverAfterEdits(ours.client, ARGO);
    say(`| 3b | hover on a Service selector of install.yaml sent right after each of 50 edits there (answered ${after.answered}) | p50 ${ms(after.p50)} | p95 ${ms(after.p95)}, max ${ms(after.max)} | |`);
    ours.client.close(pathToFileURL(ARGO).href);
    const broken = await keystrokesBesideError(ours.client, ARGO, 'name: applicationsets.argoproj.io');
    for (const [where, r] of [['before', broken.before], ['after', broken.after]] as const) {
      say(`| 2c | keystroke latency in install.yaml's 23k-line ApplicationSet CRD with a tab as indentation at line ${broken.tabLine}: ${r.samples.length} edits ${where} it, median | ${ms(r.median)} | p95 ${ms(r.p95)}, max ${ms(r.max)} | ${where === 'before' ? 'as row 2' : ''} |`);
    }
    ours.client.close(pathToFileURL(ARGO).href);
  }
  if (ours && wants('navigation')) {
    const positions = sample(candidatePositions(files), 1000);
    const nav = await navigation(ours.client, files, positions);
    say(`| 3 | hover over ${nav.count} positions on selectors, targetPorts and IPs (answered ${nav.hover.answered}) | p50 ${ms(nav.hover.p50)} | p99 **${ms(nav.hover.p99)}** | p99 ≤ 10 ms |`);
    say(`| 3 | definition at the same positions (answered ${nav.definition.answered}) | p50 ${ms(nav.definition.p50)} | p99 **${ms(nav.definition.p99)}** | p99 ≤ 10 ms |`);
  }
  if (ours) await ours.client.stop();

  if (wants('peer') && existsSync(YAML_LS)) {
    const peer = await BenchClient.start([process.execPath, YAML_LS, '--stdio'], CORPUS, YAML_LS_SETTINGS);
    const peerKeys = await keystrokes(peer, ARGO);
    await peer.stop();
    const ratio = oursKeys ? ` ; ours/theirs **${(oursKeys.median / peerKeys.median).toFixed(3)}×**` : '';
    say(`| 5 | yaml-language-server ${peerVersion()} on the same file and edits (syntax validation only: schema store off, no schemas), median | ${ms(peerKeys.median)} | p95 ${ms(peerKeys.p95)}${ratio} | |`);
  }

  if (wants('map')) {
    const m = await mapBench(files);
    say(`| 8 | network map of the corpus (${m.nodes.toLocaleString('en-US')} nodes, ${m.edges.toLocaleString('en-US')} edges, ${m.broken} broken, ${m.groups} namespaces): data from a fresh snapshot, median of 3 | ${ms(m.dataMs)} | the page's layout in headless Cytoscape (per namespace) ${ms(m.layoutMs)} expanded, ${ms(m.collapsedLayoutMs)} with namespaces collapsed; SVG export (DOT + Graphviz WebAssembly) ${ms(m.svgMs)}, ${m.svgKB.toFixed(0)} KB | |`);
  }

  if (wants('startup')) {
    const example = join(ROOT, 'examples', 'seed', '03-pod-and-service.yaml');
    const t0 = performance.now();
    const client = await BenchClient.start([process.execPath, ...SERVER_FLAGS, SERVER, '--stdio'], join(ROOT, 'examples'), { kubeNetlens: {} }, { trusted: true });
    const uri = pathToFileURL(example).href;
    client.open(uri, readFileSync(example, 'utf8'));
    await client.nextPublication(uri, 0, 1, 60_000);
    const first = performance.now() - t0;
    await client.stop();
    const vsix = readdirSync(ROOT).filter((f) => f.endsWith('.vsix')).map((f) => `${f} ${kb(statSync(join(ROOT, f)).size)}`);
    say(`| 6 | startup: server spawn → initialize → first diagnostics of an example file | ${ms(first)} | server bundle ${kb(statSync(SERVER).size)}; .vsix ${vsix.join(', ') || '(run npm run package)'} | |`);
  }
  mkdirSync(join(ROOT, 'bench', '.results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', '.results', 'latest.md'), report.join('\n') + '\n');
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function peerVersion(): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;
  } catch {
    return '';
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
