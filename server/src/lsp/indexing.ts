/**
 * Indexing: reading every manifest of the workspace folders in the background, with `window/workDoneProgress`
 * and `kubeNetlens/status` progress. Folders added while indexing runs join the run; a removed folder is dropped
 * (ServerState discards its files and any read still in flight); a re-index cancels the run and starts over.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { walkFiltered } from '../node/glob';
import type { Log } from './log';
import type { Folder, ServerState } from './state';
import type { StatusReporter } from './status';
import { pathToUri } from './uris';

interface Run {
  cancelled: boolean;
  /** Files and folders the include and exclude settings left out, by path. */
  excluded: string[];
}

/** What a completed run tells the output channel. */
export interface IndexRun {
  ms: number;
  excluded: readonly string[];
}

/** Files read at the same time. */
const CONCURRENCY = 16;

export interface IndexerDeps {
  connection: Connection;
  state: ServerState;
  log: Log;
  status: StatusReporter;
  /** Called when a run completes without being cancelled: everything is read. */
  onIndexed(run: IndexRun): void;
}

export class Indexer {
  private queue: Folder[] = [];
  private run: Run | null = null;
  private waiting: ((run: IndexRun) => void)[] = [];

  constructor(private readonly deps: IndexerDeps) {}

  busy(): boolean {
    return this.run !== null;
  }

  /** Resolves when a run next completes: the current one, or the run that replaces it when it is cancelled. */
  nextIndexed(): Promise<IndexRun> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Reads these folders, joining the current run if there is one. */
  index(folders: Folder[]): void {
    this.queue.push(...folders);
    if (!this.run && this.queue.length > 0) void this.start();
  }

  /** Stops the current run (its reads in flight finish but no new ones start) and forgets queued folders. */
  cancel(): void {
    if (this.run) this.run.cancelled = true;
    this.run = null;
    this.queue = [];
  }

  private async start(): Promise<void> {
    const run: Run = { cancelled: false, excluded: [] };
    const t0 = Date.now();
    this.run = run;
    const { connection, state, status, log } = this.deps;
    status.indexingStarted();
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin('kube-netlens', 0, 'Looking for manifests…', false);
    let indexed = 0;
    let total = 0;
    let lastReport = 0;
    // LSP progress must not go back, even when a folder added during the run makes the total grow.
    let percentage = 0;
    const report = () => {
      // Reads in flight when the run was cancelled still finish; the run that replaced it owns the status now, and a
      // late "indexing" from this one, after that run's "ready", would leave the status bar at "indexing" for good.
      if (run.cancelled) return;
      status.indexingProgress(indexed, total);
      const now = Date.now();
      if (now - lastReport < 100 && indexed < total) return;
      lastReport = now;
      percentage = Math.max(percentage, total ? Math.floor((indexed / total) * 100) : 0);
      progress?.report(percentage, `Indexing ${total.toLocaleString('en-US')} manifests…`);
    };
    try {
      while (this.queue.length > 0 && !run.cancelled) {
        const files: string[] = [];
        for (const folder of this.queue.splice(0)) {
          if (run.cancelled) break;
          if (state.hasFolder(folder.uri)) files.push(...(await this.walk(folder, run)));
        }
        total += files.length;
        report();
        await forEachConcurrently(files, CONCURRENCY, async (key) => {
          if (run.cancelled) return;
          try {
            await state.readFromDisk(key);
          } catch (e) {
            log.fileError('indexing', key, e);
          }
          indexed++;
          report();
        });
      }
    } catch (e) {
      log.error('kube-netlens: indexing failed', e);
    } finally {
      progress?.done();
      if (this.run === run) this.run = null;
      if (!run.cancelled) {
        const done: IndexRun = { ms: Date.now() - t0, excluded: run.excluded };
        this.deps.onIndexed(done);
        for (const resolve of this.waiting.splice(0)) resolve(done);
      }
    }
  }

  /** Lists a folder's accepted manifests and drops the files it no longer has. */
  private async walk(folder: Folder, run: Run): Promise<string[]> {
    const { state, log } = this.deps;
    let found;
    try {
      found = await walkFiltered(folder.path, folder.path, folder.filter, { onExcluded: (rel) => run.excluded.push(path.join(folder.path, rel)) });
    } catch (e) {
      log.error(`kube-netlens: cannot read workspace folder ${folder.path}`, e);
      return [];
    }
    const keys = found.map((f) => pathToUri(f.absolute));
    // The folder may have been removed during the walk; then none of this is wanted.
    if (!state.hasFolder(folder.uri)) return [];
    state.pruneFolder(folder, new Set(keys));
    return keys;
  }
}

async function forEachConcurrently<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
