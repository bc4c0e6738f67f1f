/**
 * Seeded typing: single characters typed and deleted anywhere in multi-document files, the way an editor sends them,
 * checking after every keystroke that what the language server reuses between keystrokes (documents re-parsed in
 * part or moved instead of re-parsed, a snapshot derived from the previous one, findings of unchanged documents, the
 * line index) gives exactly what a from-scratch analysis of the same text gives.
 *
 * The workspace is `examples/` and the fuzz seeds, plus one file that holds all their documents in a row, so that
 * links run between documents of one file as well as between files.
 * Reproduce a failure with `FUZZ_SEED=<seed> node scripts/test.mjs test/fuzz/typing.fuzz.test.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/model/workspace';
import { Snapshot } from '../../server/src/core/model/snapshot';
import { checkFile, FindingsCache } from '../../server/src/core/rules/runner';
import { LineIndex } from '../../server/src/core/text';
import { loadCorpus, REPO_ROOT } from './corpus';
import { fuzzCases, fuzzSeed, Random } from './random';
import { linkGraph } from '../../server/src/core/model/graph/ofSnapshot';

const SEED = fuzzSeed(20261126);
const KEYSTROKES = fuzzCases(400);
const TYPED = ['x', 'a', '8', '0', '-', ' ', ' ', ':', '\n', '\n  ', '"', "'", '#', '{', '\r\n'];

/** What a snapshot holds, in order: objects, pod templates, unreadable documents, and every link of the graph. */
function shape(s: Snapshot): string {
  const at = (r: { uri: string; start: number; end: number }) => `${r.uri}@${r.start}-${r.end}`;
  return JSON.stringify({
    resources: s.resources.map((r) => `${r.id} ${r.namespaces.join(',')}`),
    templates: s.templates.map((t) => `${t.owner.id} ${t.labels.map((l) => `${l.key}=${l.value}`).join(',')}`),
    unknown: s.unknown.map((u) => `${u.uri}#${u.docIndex} ${u.reason}`),
    links: linkGraph(s).all.map((l) => `${l.kind} ${at(l.from)} -> ${l.to.map(at).join(' ')}`),
  });
}

function lineStarts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, i) => index.lineStart(i));
}

test(`typing: ${KEYSTROKES} keystrokes, seed ${SEED}, reused work equals a fresh analysis`, () => {
  const groups = loadCorpus().groups.filter((g) => !g.dir.includes('/shared/corpus/'));
  const files = groups.flatMap((g) => g.files);
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  const combined = `${REPO_ROOT}/all-in-one.yaml`;
  texts.set(combined, files.map((f) => f.text.replace(/\s*$/, '\n')).join('---\n'));
  const ws = new Workspace();
  for (const [uri, text] of texts) ws.setFile(uri, text);
  const cache = new FindingsCache();
  const rng = new Random(SEED);
  const uris = [...texts.keys()];
  for (let n = 0; n < KEYSTROKES; n++) {
    const uri = rng.chance(0.6) ? combined : rng.pick(uris);
    const text = texts.get(uri)!;
    const at = rng.int(text.length + 1);
    const typed = rng.chance(0.25) ? '' : rng.pick(TYPED);
    const next = typed === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed + text.slice(at);
    const label = `keystroke ${n} (seed ${SEED}): ${typed === '' ? 'delete' : JSON.stringify(typed)} at ${at} of ${uri}`;
    texts.set(uri, next);
    const file = ws.setFile(uri, next);
    assert.deepEqual(lineStarts(file.lineIndex()), lineStarts(new LineIndex(next)), `${label}: line index`);
    const snapshot = ws.snapshot();
    const built = new Snapshot(new Map(snapshot.files), snapshot.config);
    // On some keystrokes only, so that a graph is also seeded from one built several keystrokes before.
    if (rng.chance(0.4)) assert.equal(shape(snapshot), shape(built), `${label}: the derived snapshot`);
    else {
      // Links from the edited file alone, as go to definition asks for them, without building the whole graph.
      const ends = (links: { kind: string; from: { start: number }; to: { uri: string; start: number }[] }[]) => JSON.stringify(links.map((l) => [l.kind, l.from.start, l.to.map((t) => `${t.uri}@${t.start}`)]));
      assert.equal(ends(linkGraph(snapshot).linksFrom(uri)), ends(linkGraph(built).all.filter((l) => l.from.uri === uri)), `${label}: links from the edited file`);
    }
    for (const u of uris) {
      const reused = JSON.stringify(checkFile(snapshot, u, { cache }));
      const fresh = JSON.stringify(checkFile(built, u));
      assert.equal(reused, fresh, `${label}: findings of ${u}`);
    }
  }
  // The typed texts, parsed from scratch, give the same findings as the workspace that followed every keystroke.
  const scratch = new Workspace();
  for (const [uri, text] of texts) scratch.setFile(uri, text);
  for (const u of uris) assert.equal(JSON.stringify(checkFile(ws.snapshot(), u, { cache })), JSON.stringify(checkFile(scratch.snapshot(), u)), `after typing: ${u}`);
});
