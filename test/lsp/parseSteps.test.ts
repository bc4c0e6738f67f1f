/**
 * ServerState alone, with the pauses of its stepwise parse held: a request about another file is answered from a
 * snapshot without the file being parsed (it does not wait for it), one about that file gets it whole, and the parse
 * put in at the end equals a parse at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerState } from '../../server/src/lsp/state';
import type { Log } from '../../server/src/lsp/log';
import { manyHostPorts } from '../complexity/shapes';
import { makeSourceFile } from '../../server/src/core/model/sourceFile';

test('a file of many documents is parsed in steps; requests about other files do not wait for it', async () => {
  const log = { fileError: (_what: string, _key: string, e: unknown) => assert.fail(String(e)) } as unknown as Log;
  const state = new ServerState(log);
  const small = 'file:///w/svc.yaml';
  const big = 'file:///w/pods.yaml';
  const smallText = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n';
  const bigText = manyHostPorts(50);
  state.noteEdited(TextDocument.create(small, 'yaml', 1, smallText));
  state.snapshot();
  state.noteEdited(TextDocument.create(big, 'yaml', 1, bigText));
  let pauses = 0;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const parsing = state.parseInSteps(() => (++pauses === 10 ? held : Promise.resolve()));
  while (pauses < 10) await new Promise((r) => setImmediate(r));

  // Paused after ten of fifty documents.
  assert.equal(state.snapshotFor(small).files.has(big), false, 'a request about svc.yaml does not wait for pods.yaml');
  release();
  await parsing;
  assert.equal(pauses, 50, 'one pause per document');
  const file = state.snapshotFor(small).files.get(big)!;
  assert.deepEqual(JSON.parse(JSON.stringify(file.docs)), JSON.parse(JSON.stringify(makeSourceFile(big, bigText).docs)));
  assert.equal(state.appliedVersion(big), 1);
});

test('a request about the file being parsed in steps gets it whole at once; the stepwise result is then dropped', async () => {
  const state = new ServerState({ fileError: () => undefined } as unknown as Log);
  const big = 'file:///w/pods.yaml';
  const doc = TextDocument.create(big, 'yaml', 1, manyHostPorts(20));
  state.noteEdited(doc);
  let paused!: () => void;
  const first = new Promise<void>((resolve) => (paused = resolve));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const parsing = state.parseInSteps(() => (paused(), held));
  await first;
  const now = state.snapshotFor(big);
  assert.equal(now.files.get(big)!.docs.length, 20);
  // The document changes while the stepwise parse is paused: it stays pending, and the next snapshot has the edit.
  TextDocument.update(doc, [{ text: manyHostPorts(21) }], 2);
  state.noteEdited(doc);
  release();
  await parsing;
  assert.equal(state.snapshot().files.get(big)!.docs.length, 21);
  assert.equal(state.appliedVersion(big), 2);
});

test('before the analysis starts, a large pending text is left to it by requests about other files, not a small one', () => {
  const state = new ServerState({ fileError: () => undefined } as unknown as Log);
  const small = 'file:///w/svc.yaml';
  const big = 'file:///w/pods.yaml';
  const other = 'file:///w/cm.yaml';
  state.noteEdited(TextDocument.create(small, 'yaml', 1, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'));
  state.noteEdited(TextDocument.create(big, 'yaml', 1, manyHostPorts(1000)));
  state.noteEdited(TextDocument.create(other, 'yaml', 1, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'));
  const forSmall = state.snapshotFor(small);
  assert.deepEqual([forSmall.files.has(small), forSmall.files.has(other), forSmall.files.has(big)], [true, true, false]);
  assert.equal(state.snapshotFor(big).files.get(big)!.docs.length, 1000);
});
