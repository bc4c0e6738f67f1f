import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeSourceFile } from '../model/sourceFile';
import { splitDocuments } from './documents';
import { parseSpan } from './parse';
import { diffTexts, editScalar, reparseIncrementally } from './incremental';
import { fuzzFull } from '../../../../test/fuzz/random';

/** A small deterministic random generator, so that a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SAMPLE = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: things.example.com',
  'spec:',
  '  versions:',
  '  - name: v1',
  '    schema:',
  '      openAPIV3Schema:',
  '        type: object',
  '        properties:',
  '          spec:',
  '            description: "the spec"',
  '            properties:',
  '              port:',
  '                type: integer',
  '                description: |',
  '                  The port.',
  '                  Must be > 0.',
  '              names:',
  '                items:',
  '                  type: string',
  '                type: array',
  '            type: object',
  '        required: [spec]',
  '',
].join('\n');

/** Two real multi-document files with CRDs, when the shared corpus is beside the checkout. */
function corpusTexts(): string[] {
  const root = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'real');
  return ['kubeflow__manifests/common/knative/knative-eventing/base/upstream/in-memory-channel.yaml', 'istio__istio/samples/security/spire/spire-quickstart.yaml']
    .map((f) => join(root, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
}

/** Removes nothing but compares the parts that matter: the tree with its offsets, and the findings. */
function comparable(doc: ReturnType<typeof parseSpan>) {
  const duplicateKeys = doc.duplicateKeys.map((d) => [d.depth, d.key.start, d.key.end, d.first.start, d.first.end, d.second.start, d.second.end]);
  return { root: JSON.parse(JSON.stringify(doc.root)), issues: doc.issues, duplicateKeys, helm: doc.helm, text: doc.text };
}

const EDITS = ['x', ' ', '\n', '', 'ab', ':', '- ', '#', '"', '\n      z: 1'];

/**
 * One random edit of `text` (at or after `from`), checked against a full re-parse. Returns what `randomEdit` does: the
 * edited text, the file before the edit, and the edit with the index of its document (-1 when the edit changes the
 * documents), to count fast paths.
 */
function randomEditEqualsFullParse(text: string, random: () => number, label: string, from = 0) {
  const made = randomEdit(text, random, from);
  const { edited, before, at, del, ins } = made;
  const after = makeSourceFile('/f.yaml', edited, before);
  const full = splitDocuments(edited).map((s) => parseSpan(edited, s));
  assert.equal(after.docs.length, full.length, label);
  for (const [k, d] of after.docs.entries()) assert.deepEqual(comparable(d), comparable(full[k]), `${label}: insert ${JSON.stringify(ins)} at ${at}, delete ${del}`);
  return made;
}

/** One random edit of `text` at or after `from`: the file before it, and the edit with the index of its document. */
function randomEdit(text: string, random: () => number, from = 0) {
  const at = from + Math.floor(random() * (text.length - from));
  const del = random() < 0.3 ? Math.floor(random() * 3) : 0;
  const ins = EDITS[Math.floor(random() * EDITS.length)];
  const edited = text.slice(0, at) + ins + text.slice(at + del);
  const before = makeSourceFile('/f.yaml', text);
  const spans = splitDocuments(edited);
  const edit = diffTexts(text, edited);
  const k = spans.length === before.docs.length ? spans.findIndex((s) => edit.start >= s.start && edit.newEnd <= s.end) : -1;
  return { edited, before, edit, k, span: spans[k], at, del, ins };
}

test('an incremental re-parse always equals a full re-parse (random edits)', () => {
  const texts = [SAMPLE, ...corpusTexts()];
  let incremental = 0;
  let scalar = 0;
  let total = 0;
  for (const [t, text] of texts.entries()) {
    const random = rng(1234 + t);
    for (let i = 0; i < (t === 0 ? 200 : 40); i++) {
      const { edited, before, edit, k, span } = randomEditEqualsFullParse(text, random, `seed ${1234 + t}, edit ${i}`);
      total++;
      if (k >= 0 && reparseIncrementally(before.docs[k], text, edited, span, edit)) incremental++;
      if (k >= 0 && before.docs[k].root && editScalar(before.docs[k], edited, span, edit)) scalar++;
    }
  }
  // Many random edits stay inside one nested block; make sure the fast path is really taken.
  assert.ok(incremental > total / 4, `only ${incremental} of ${total} edits were incremental`);
  assert.ok(scalar > total / 10, `only ${scalar} of ${total} edits were taken as edits of one scalar`);
});

/** SAMPLE with a syntax error in one place: a tab as indentation, a flow collection left open, an unclosed quote. */
const BROKEN = [
  SAMPLE.replace('                type: integer', '\t\t\t\ttype: integer'),
  SAMPLE.replace('        required: [spec]', '        required: [spec'),
  SAMPLE.replace('            description: "the spec"', '            description: "the spec'),
  SAMPLE.replace('  name: things.example.com', '  name: things.example.com\n  bad key here\n'),
  SAMPLE.replace('                  type: string', '                  type: string\n\t\t  format: x'),
  SAMPLE.replace('              names:', '              names:\n             misaligned: 1'),
  ...corpusTexts().map((t) => t.replace(/\n( +)(type: \w+)\n/, (_m, indent: string, rest: string) => `\n${'\t'.repeat(indent.length / 2)}${rest}\n`)),
];

test('a syntax error elsewhere in the document keeps the incremental path, and equals a full re-parse', () => {
  let incremental = 0;
  let total = 0;
  for (const [t, text] of BROKEN.entries()) {
    assert.ok(makeSourceFile('/f.yaml', text).docs.some((d) => d.issues.length > 0), `case ${t} has a syntax error`);
    const random = rng(99 + t);
    // The corpus files are large, and each edit parses them whole once for the comparison.
    for (let i = 0; i < (text.length > 5000 ? 40 : 200); i++) {
      const { edited, before, edit, k, span } = randomEditEqualsFullParse(text, random, `case ${t}, edit ${i}`);
      if (k < 0 || before.docs[k].issues.length === 0) continue;
      total++;
      if (reparseIncrementally(before.docs[k], text, edited, span, edit)) incremental++;
    }
  }
  assert.ok(incremental > total / 5, `only ${incremental} of ${total} edits in a document with a syntax error were incremental`);
});

/** A CRD-like schema of n properties, four levels deep; with `tab`, a tab as indentation in the middle one. */
function deepSchema(n: number, tab: boolean): { text: string; tabLine: number } {
  const lines = ['apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: deep.example.com', 'spec:', '  schema:', '    openAPIV3Schema:', '      properties:'];
  let tabLine = -1;
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) tabLine = lines.length + 1;
    lines.push(`        p${i}:`, `${i === n >> 1 && tab ? '\t      ' : '          '}type: object`, '          properties:', '            name:', '              type: string');
  }
  return { text: lines.join('\n') + '\n', tabLine };
}

test('a tab deep in a large document is one error on its line, and edits after it stay as incremental as without it', () => {
  const { text, tabLine } = deepSchema(100, true);
  const [doc] = makeSourceFile('/f.yaml', text).docs;
  // The `yaml` package's recovery alone read every line after the tab at the wrong depth, down to the end.
  assert.deepEqual(doc.issues.map((i) => [i.code, text.slice(0, i.start).split('\n').length - 1]), [['TAB_AS_INDENT', tabLine]]);
  assert.deepEqual(doc.duplicateKeys, []);
  // The same random edits of the lines after the tab's, in the document with the tab and in the one without.
  const incremental = (source: string, check: boolean) => {
    const after = source.split('\n').slice(0, tabLine + 1).join('\n').length + 1;
    const random = rng(7);
    let n = 0;
    for (let i = 0; i < 60; i++) {
      const { edited, before, edit, k, span } = check
        ? randomEditEqualsFullParse(source, random, `edit ${i} after the tab`, after)
        : randomEdit(source, random, after);
      if (k >= 0 && reparseIncrementally(before.docs[k], source, edited, span, edit)) n++;
    }
    return n;
  };
  const withTab = incremental(text, true);
  const clean = incremental(deepSchema(100, false).text, false);
  assert.ok(clean > 10 && withTab === clean, `incremental edits after the tab: ${withTab}, in the same document without it: ${clean}`);
});

test('a block re-parsed in a file with CRLF line ends keeps the last value of the block free of the \\r', () => {
  // Found by the core fuzzer: a character that is not safe in a plain scalar, typed into a key, re-parses the block.
  const text = 'spec:\r\n  podSelector:\r\n    matchLabels:\r\n      app: pay\r\n  policyTypes: [Ingress]\r\n';
  const edited = text.replace('matchLabels', 'match\uD800Labels');
  const after = makeSourceFile('/f.yaml', edited, makeSourceFile('/f.yaml', text));
  assert.deepEqual(comparable(after.docs[0]), comparable(parseSpan(edited, splitDocuments(edited)[0])));
  assert.ok(JSON.stringify(after.docs[0].root).includes('"value":"pay"'));
});

test('falls back to a full parse when the edit changes the structure around the block', () => {
  const text = 'a:\n  b:\n    c: 1\nd: 2\n';
  const before = makeSourceFile('/f.yaml', text);
  const edited = 'a:\n  b:\n  c: 1\nd: 2\n';
  const edit = diffTexts(text, edited);
  assert.equal(reparseIncrementally(before.docs[0], text, edited, splitDocuments(edited)[0], edit), null);
  const after = makeSourceFile('/f.yaml', edited, before);
  assert.deepEqual(comparable(after.docs[0]), comparable(parseSpan(edited, splitDocuments(edited)[0])));
});

test('diffTexts finds the same range as a character-by-character comparison, across chunk boundaries', () => {
  const random = rng(7);
  const naive = (a: string, b: string) => {
    let start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
    let oldEnd = a.length;
    let newEnd = b.length;
    while (oldEnd > start && newEnd > start && a[oldEnd - 1] === b[newEnd - 1]) {
      oldEnd--;
      newEnd--;
    }
    return { start, oldEnd, newEnd };
  };
  for (let n = 0; n < 300; n++) {
    // Few distinct characters, so that the edited text often repeats what surrounds it.
    const length = Math.floor(random() * 5000);
    const text = Array.from({ length }, () => 'ab\n'[Math.floor(random() * 3)]).join('');
    const at = Math.floor(random() * (length + 1));
    const removed = Math.floor(random() * Math.min(3000, length - at + 1));
    const inserted = Array.from({ length: Math.floor(random() * 2500) }, () => 'ab\n'[Math.floor(random() * 3)]).join('');
    const edited = text.slice(0, at) + inserted + text.slice(at + removed);
    assert.deepEqual(diffTexts(text, edited), naive(text, edited), `case ${n}`);
  }
});

test('typing inside a word re-parses one scalar, and equals a full re-parse, duplicate keys included', () => {
  const texts = [SAMPLE, 'a: 1\nab: 2\nlist:\n  - 8\n  - true\nquoted: {x: 1}\n"ac": 3\n', ...corpusTexts()];
  let fast = 0;
  let total = 0;
  for (const text of texts) {
    const lines = text.split('\n');
    // Each edit re-parses the whole file, so every line of a large file costs quadratic time: the default pass edits an
    // evenly spread sample of lines, `npm run test:fuzz` (FUZZ_FULL=1) every line.
    const stride = fuzzFull() ? 1 : Math.max(1, Math.ceil(lines.length / 60));
    let offset = 0;
    for (const [n, line] of lines.entries()) {
      const word = n % stride === 0 ? /^(\s*(?:- )*)([A-Za-z0-9]+)/.exec(line) : null;
      for (const [at, ins, del] of word ? ([[1, 'x', 0], [0, '', 1], [word[2].length, '0', 0], [word[2].length - 1, '', 1]] as const) : []) {
        const pos = offset + word![1].length + at;
        const edited = text.slice(0, pos) + ins + text.slice(pos + del);
        const before = makeSourceFile('/f.yaml', text);
        const after = makeSourceFile('/f.yaml', edited, before);
        const full = splitDocuments(edited).map((s) => parseSpan(edited, s));
        for (const [k, d] of after.docs.entries()) {
          assert.deepEqual(comparable(d), comparable(full[k]), `insert ${JSON.stringify(ins)} at ${pos}, delete ${del}: ${JSON.stringify(line)}`);
        }
        const spans = splitDocuments(edited);
        const edit = diffTexts(text, edited);
        const k = spans.findIndex((s) => edit.start >= s.start && edit.newEnd <= s.end);
        if (spans.length === before.docs.length && k >= 0 && before.docs[k].root && editScalar(before.docs[k], edited, spans[k], edit)) fast++;
        total++;
      }
      offset += line.length + 1;
    }
  }
  assert.ok(fast > total / 2, `only ${fast} of ${total} edits inside words were taken as edits of one scalar`);
});
