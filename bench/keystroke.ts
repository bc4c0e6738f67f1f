/**
 * Benchmark 2 and 5: keystroke latency. A language server opens argo-cd's install.yaml with the whole corpus as its
 * workspace; 200 single-character edits spread evenly over the file are applied one at a time, and each is timed
 * from didChange to the publishDiagnostics of that version. The same edits drive yaml-language-server for comparison.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchClient } from './lspClient';
import { median, percentile } from './stats';

export interface KeystrokeResult {
  samples: number[];
  median: number;
  p95: number;
  max: number;
  /** The edits that took longest, by line, to say what bounds p95. */
  slowest: { line: number; ms: number }[];
}

/**
 * 200 positions spread evenly over the file, each inside the first word of its line (after the indentation and any
 * `- `), where typing renames a key or changes a value and the YAML stays valid, as it mostly does while a person
 * types. Blank and comment lines move on to the next line that has a word.
 */
export function editPlan(text: string, count = 200): { line: number; character: number }[] {
  const lines = text.split('\n');
  const plan: { line: number; character: number }[] = [];
  for (let i = 0; i < count; i++) {
    let line = Math.min(lines.length - 1, Math.floor(((i + 0.5) * lines.length) / count));
    while (line < lines.length - 1 && !/^\s*(- )*[A-Za-z0-9]/.test(lines[line])) line++;
    const word = /^\s*(- )*/.exec(lines[line])![0].length;
    plan.push({ line, character: Math.min(word + 1, lines[line].replace(/\r$/, '').length) });
  }
  return plan;
}

export async function keystrokes(client: BenchClient, file: string, count = 200): Promise<KeystrokeResult> {
  const text = readFileSync(file, 'utf8');
  return timedEdits(client, file, text, editPlan(text, count));
}

/**
 * Typing in a large document that has a syntax error elsewhere (issue 12, item 5): a tab as indentation halfway down
 * the document that holds `marker` (argo-cd's 23k-line ApplicationSet CRD), then `count` edits spread over the rest
 * of that document, on lines before and after the tab.
 */
export async function keystrokesBesideError(client: BenchClient, file: string, marker: string, count = 100): Promise<{ tabLine: number; before: KeystrokeResult; after: KeystrokeResult }> {
  const original = readFileSync(file, 'utf8');
  const lines = original.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  const from = lines.lastIndexOf('---', at) + 1;
  const next = lines.findIndex((l, i) => i > at && l === '---');
  const to = next < 0 ? lines.length : next;
  let tabLine = Math.floor((from + to) / 2);
  while (!/^ {2,}[a-z]/.test(lines[tabLine])) tabLine++;
  lines[tabLine] = lines[tabLine].replace(/^ {2}/, '\t');
  const text = lines.join('\n');
  const plan = editPlan(lines.slice(from, to).join('\n'), count + 1)
    .map((p) => ({ ...p, line: p.line + from }))
    .filter((p) => p.line !== tabLine)
    .slice(0, count);
  const all = await timedEdits(client, file, text, plan);
  // Edits before the tab and after it are told apart: the `yaml` package's recovery from a tab as indentation spreads
  // errors down to the end of the document, which the parser undoes (syntax/tabIndent.ts); edits after it once
  // re-parsed the document whole.
  const side = (after: boolean) => summary(all.samples.filter((_, i) => plan[i].line > tabLine === after), plan.filter((p) => p.line > tabLine === after).map((p) => p.line));
  return { tabLine: tabLine + 1, before: side(false), after: side(true) };
}

function summary(samples: number[], lines: number[]): KeystrokeResult {
  const slowest = samples.map((ms, i) => ({ line: lines[i] + 1, ms })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { samples, median: median(samples), p95: percentile(samples, 95), max: Math.max(...samples), slowest };
}

async function timedEdits(client: BenchClient, file: string, text: string, plan: { line: number; character: number }[]): Promise<KeystrokeResult> {
  const uri = pathToFileURL(file).href;
  const mark = client.publications.length;
  client.open(uri, text);
  await client.nextPublication(uri, mark, 1, 120_000);
  const samples: number[] = [];
  for (const { line, character } of plan) {
    const since = client.publications.length;
    const t0 = performance.now();
    const version = client.change(uri, line, character, 'x');
    const pub = await client.nextPublication(uri, since, version);
    const ms = pub.at - t0;
    samples.push(ms);
  }
  return summary(samples, plan.map((p) => p.line));
}

/**
 * Hover right after an edit: the first hover after a keystroke waits for that keystroke's snapshot and link graph,
 * which the hover benchmark (on an unchanged workspace) never does. `count` edits from the same plan, each followed at
 * once by a hover on the selector of the file's first Service, timed from request to answer.
 */
export async function hoverAfterEdits(client: BenchClient, file: string, count = 50): Promise<{ p50: number; p95: number; max: number; answered: number }> {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const service = text.indexOf('\nkind: Service\n');
  const selector = text.indexOf('selector:', service);
  const line = text.slice(0, selector).split('\n').length;
  const character = /^\s*/.exec(text.split('\n')[line])![0].length;
  const samples: number[] = [];
  let answered = 0;
  // Edits from the end of the plan, at lines after the Service's, so that the hover position stays where it is.
  for (const edit of editPlan(text, 400).filter((e) => e.line > line + 1).slice(-count)) {
    const since = client.publications.length;
    const version = client.change(uri, edit.line, edit.character, 'x');
    const t0 = performance.now();
    const h = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    samples.push(performance.now() - t0);
    if (h) answered++;
    await client.nextPublication(uri, since, version);
  }
  return { p50: median(samples), p95: percentile(samples, 95), max: Math.max(...samples), answered };
}
