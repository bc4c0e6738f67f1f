/**
 * Memory soak (issue 12, "Memory"): the language server indexes the shared corpus, then argo-cd's install.yaml is
 * edited EDITS times in typing bursts (a few characters typed, then deleted again, so the text stays the size it
 * was), waiting for the diagnostics after each burst. RSS and the peak (VmHWM) are sampled every SAMPLE edits, and a
 * heap snapshot is written (`--heapsnapshot-signal`) at the edits listed in SNAPSHOTS, into bench/.results/.
 *
 *   npm run build && node --import tsx bench/memorySoak.ts
 *   EDITS=3000 SNAPSHOTS=0,1000,3000 CORPUS=/path/to/shared/corpus/real node --import tsx bench/memorySoak.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS as DEFAULT_CORPUS } from './corpus';
import { editPlan } from './keystroke';
import { BenchClient } from './lspClient';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', '.results');
const EDITS = Number(process.env.EDITS ?? 3000);
const SAMPLE = Number(process.env.SAMPLE ?? 250);
const SNAPSHOTS = new Set((process.env.SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
const BURST = 4;
/** The corpus beside the checkout, or CORPUS=… (a worktree lies elsewhere). */
const CORPUS = process.env.CORPUS ?? DEFAULT_CORPUS;
const FILE = join(CORPUS, 'argoproj__argo-cd', 'manifests', 'install.yaml');

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Asks the server for a heap snapshot and waits until the file is complete (its size stops growing). */
async function heapSnapshot(client: BenchClient, label: string): Promise<void> {
  const before = new Set(readdirSync(OUT));
  client.child.kill('SIGUSR2');
  for (let last = -1; ; ) {
    await new Promise((r) => setTimeout(r, 2000));
    const made = readdirSync(OUT).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (!made) continue;
    const size = statSync(join(OUT, made)).size;
    if (size > 0 && size === last) {
      console.log(`heap snapshot at ${label}: ${join(OUT, made)} (${(size / 2 ** 20).toFixed(0)} MB)`);
      return;
    }
    last = size;
  }
}

async function main() {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is not at ${CORPUS}`);
  mkdirSync(OUT, { recursive: true });
  const server = join(ROOT, 'dist', 'server.js');
  // SERVER_FLAGS: V8 flags to try on the server, e.g. `--max-semi-space-size=32`.
  const flags = [...(process.env.SERVER_FLAGS ?? '').split(' ').filter(Boolean), ...(SNAPSHOTS.size > 0 ? [`--heapsnapshot-signal=SIGUSR2`, `--diagnostic-dir=${OUT}`] : [])];
  const client = await BenchClient.start([process.execPath, ...flags, server, '--stdio'], CORPUS, { kubeNetlens: {} }, { trusted: true });
  await client.waitFor(() => client.notifications.find((n) => n.method === 'kubeNetlens/status' && (n.params as { state: string }).state === 'ready'), 600_000, 'indexing');
  const pid = client.child.pid!;
  console.log(`indexed: RSS ${procStatus(pid, 'VmRSS').toFixed(0)} MB, peak ${procStatus(pid, 'VmHWM').toFixed(0)} MB`);

  const uri = pathToFileURL(FILE).href;
  const text = readFileSync(FILE, 'utf8');
  let mark = client.publications.length;
  client.open(uri, text);
  await client.nextPublication(uri, mark, 1, 120_000);
  console.log(`opened: RSS ${procStatus(pid, 'VmRSS').toFixed(0)} MB, peak ${procStatus(pid, 'VmHWM').toFixed(0)} MB`);
  if (SNAPSHOTS.has(0)) await heapSnapshot(client, 'edit 0');

  const plan = editPlan(text, Math.ceil(EDITS / (2 * BURST)));
  let version = 1;
  const send = (line: number, character: number, endCharacter: number, insert: string) => {
    version++;
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: endCharacter } }, text: insert }],
    });
  };
  let edits = 0;
  for (let i = 0; edits < EDITS; i++) {
    const { line, character } = plan[i % plan.length];
    // A burst: BURST characters typed, diagnostics awaited, then BURST backspaces, awaited again.
    for (let k = 0; k < BURST; k++) send(line, character + k, character + k, 'x');
    mark = client.publications.length;
    await client.nextPublication(uri, mark, version, 120_000);
    for (let k = BURST - 1; k >= 0; k--) send(line, character + k, character + k + 1, '');
    mark = client.publications.length;
    await client.nextPublication(uri, mark, version, 120_000);
    const before = edits;
    edits += 2 * BURST;
    if (Math.floor(edits / SAMPLE) > Math.floor(before / SAMPLE)) console.log(`edit ${edits}: RSS ${procStatus(pid, 'VmRSS').toFixed(0)} MB, peak ${procStatus(pid, 'VmHWM').toFixed(0)} MB`);
    for (const s of SNAPSHOTS) if (s > before && s <= edits) await heapSnapshot(client, `edit ${edits}`);
  }
  console.log(`end: RSS ${procStatus(pid, 'VmRSS').toFixed(0)} MB, peak ${procStatus(pid, 'VmHWM').toFixed(0)} MB after ${edits} edits`);
  await client.stop();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
