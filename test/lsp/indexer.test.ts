/**
 * The indexer alone, with its reads held back: a run cancelled by a settings or folder change must not report
 * progress once the run that replaced it has said "ready" (the status bar would stay at "indexing" for good).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { Indexer } from '../../server/src/lsp/indexing';
import type { Log } from '../../server/src/lsp/log';
import type { Folder, ServerState } from '../../server/src/lsp/state';
import type { StatusReporter } from '../../server/src/lsp/status';
import { PathFilter } from '../../server/src/node/glob';
import { pathToUri } from '../../server/src/lsp/uris';

test('reads that finish after their run was cancelled report no progress after the next run is ready', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kn-indexer-'));
  for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(join(dir, name), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  const folder: Folder = { uri: pathToUri(dir), path: dir, filter: new PathFilter([], []), maxBytes: 1 << 20 };
  const events: string[] = [];
  // The first run's reads wait until released; the second run's reads are immediate.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  const state = {
    hasFolder: () => true,
    pruneFolder: () => undefined,
    readFromDisk: () => (++reads <= 3 ? held : Promise.resolve()),
  } as unknown as ServerState;
  const status = {
    indexingStarted: () => events.push('started'),
    indexingProgress: () => events.push('progress'),
  } as unknown as StatusReporter;
  const progress = { begin: () => undefined, report: () => undefined, done: () => undefined };
  const connection = { window: { createWorkDoneProgress: async () => progress } } as unknown as Connection;
  let ready!: () => void;
  const indexed = new Promise<void>((resolve) => (ready = resolve));
  const indexer = new Indexer({ connection, state, log: {} as Log, status, onIndexed: () => (events.push('ready'), ready()) });

  indexer.index([folder]);
  while (reads < 3) await new Promise((r) => setTimeout(r, 5));
  indexer.cancel();
  indexer.index([folder]);
  await indexed;
  release();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(events.filter((e) => e === 'ready').length, 1, 'only the second run completes');
  assert.deepEqual(events.slice(events.indexOf('ready') + 1), [], `nothing after ready: ${events.join(' ')}`);
  assert.equal(indexer.busy(), false);
});
