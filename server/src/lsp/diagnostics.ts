/**
 * Diagnostics scheduling. Changes are noted as they arrive; one analysis runs at a time, on the latest texts, so a
 * burst of edits costs one analysis, not one per keystroke (no fixed debounce). An analysis checks the edited
 * documents first and delivers them at once, then re-checks the other files in slices, giving way to incoming
 * messages between slices and starting over when something newer arrived.
 *
 * Delivery is by push (`textDocument/publishDiagnostics`) or, when the client pulls diagnostics, by answering its
 * requests from the same results and asking it to pull again (`workspace/diagnostic/refresh`) when files it did not
 * edit changed: never both, or an editor would show every finding twice.
 */
import type { ClientCapabilities, Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Snapshot } from '../core';
import { checkFileInSteps, filesToRecheck, FindingsCache, RULE_READS } from '../core';
import { Slices } from './slices';
import { toLspDiagnostic } from './convert';
import type { Log } from './log';
import type { ServerState } from './state';

export function usesPullDiagnostics(caps: ClientCapabilities): boolean {
  return caps.textDocument?.diagnostic !== undefined;
}

export interface FileResult {
  /**
   * The snapshot analysed, held weakly: files re-checked at different moments would otherwise each keep their own
   * old snapshot, and with it every version of an edited file, alive.
   */
  snapshot: WeakRef<Snapshot>;
  items: LspDiagnostic[];
  /** Identifies the content of `items`, for pull requests' `previousResultId`. */
  resultId: string;
}

export interface SchedulerDeps {
  connection: Connection;
  state: ServerState;
  log: Log;
  pull: boolean;
  refreshSupported: boolean;
  indexing(): boolean;
  /** Called after every completed analysis (the status bar counts). */
  onAnalysed(snapshot: Snapshot): void;
}

/** Event-loop turns without a newer change before an analysis starts (see `trigger`). */
const QUIET_TURNS = 3;

export class DiagnosticsScheduler {
  private readonly changed = new Set<string>();
  /** Documents the user opened or edited: delivered first and always; a pulling client pulls them by itself. */
  private readonly edited = new Set<string>();
  /** Open documents whose diagnostics are delivered again even when unchanged (indexing completed). */
  private readonly republish = new Set<string>();
  /** The latest result per file, with its content serialized to tell whether it changed. */
  private readonly results = new Map<string, FileResult & { content: string }>();
  /** What was last pushed per file and to which URI, to push only changes and to clear a file that left the workspace. */
  private readonly pushed = new Map<string, { content: string; uri: string }>();
  /** Each file's link signature when it was last re-checked, to tell edits that affect other files from those that cannot. */
  private readonly signatures = new Map<string, string>();
  /** Each document's findings, so that a keystroke re-runs the rules on the documents it touched only. */
  private readonly findings = new FindingsCache();
  /**
   * A workspace pull computed a changed result for an open document before an analysis re-checked it. That analysis
   * then finds the result unchanged, yet the client has not seen it: VS Code ignores a workspace pull's answer for a
   * document it pulls by itself. The client must be asked to pull again.
   */
  private unseenChange = false;
  private scheduled = false;
  private running = false;
  private generation = 0;
  private nextResultId = 0;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Files changed; `edited` files (open documents the user changed or opened) get their diagnostics delivered first, always. */
  noteChanged(keys: Iterable<string>, edited = false): void {
    for (const key of keys) {
      this.changed.add(key);
      if (edited) this.edited.add(key);
    }
    this.generation++;
    this.trigger();
  }

  recheckAll(): void {
    this.noteChanged(this.deps.state.workspace.uris());
  }

  /** Re-checks everything and delivers the open documents' diagnostics again, changed or not. */
  recheckAllAndRepublishOpen(): void {
    for (const key of this.deps.state.openUris()) this.republish.add(key);
    this.recheckAll();
  }

  /**
   * The diagnostics of one file in the current snapshot, computed now unless the last analysis already did.
   * `forWorkspacePull`: the answer goes into a workspace pull (see `unseenChange`).
   */
  resultFor(key: string, forWorkspacePull = false): FileResult {
    const snapshot = this.deps.state.snapshot();
    const cached = this.results.get(key);
    if (cached && cached.snapshot.deref() === snapshot) return cached;
    // An edited document is pulled by the client after its edit, and gets the new result then.
    if (this.analyse(key, snapshot) && forWorkspacePull && this.deps.state.isOpen(key) && !this.edited.has(key)) {
      this.unseenChange = true;
      // An analysis is due anyway (the snapshot changed); this makes sure one runs and asks for the refresh.
      this.trigger();
    }
    return this.results.get(key)!;
  }

  /**
   * Starts an analysis once the burst of changes has been taken in. The connection takes in one message per
   * event-loop turn (decoding, then dispatch), so the start waits until QUIET_TURNS turns in a row brought no newer
   * change: edits that arrived together, or piled up while the previous analysis ran, are analysed once, at their
   * latest version. There is no timer; an isolated edit waits a few turns (microseconds).
   */
  private trigger(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    const startWhenSettled = (seen: number, quiet: number) => {
      if (this.generation !== seen) quiet = 0;
      if (quiet < QUIET_TURNS) {
        const now = this.generation;
        setImmediate(() => startWhenSettled(now, quiet + 1));
        return;
      }
      this.scheduled = false;
      void this.run();
    };
    startWhenSettled(this.generation, 0);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      await this.analyseChanges();
    } catch (e) {
      this.deps.log.error('kube-netlens: internal error while computing diagnostics', e);
    } finally {
      this.running = false;
      if (this.changed.size > 0 || this.edited.size > 0 || this.republish.size > 0) this.trigger();
    }
  }

  private async analyseChanges(): Promise<void> {
    const { state, pull } = this.deps;
    // Pending editor texts are parsed a document at a time first; what changes meanwhile joins this analysis.
    const slices = new Slices();
    await state.parseInSteps(() => slices.pause());
    const generation = this.generation;
    const snapshot = state.snapshot();
    const edited = new Set(this.edited);
    const first = [...new Set([...this.edited, ...this.republish])].filter((k) => snapshot.files.has(k));
    const changed = new Set(this.changed);
    this.edited.clear();
    this.republish.clear();
    this.changed.clear();
    let othersChanged = this.forgetRemoved(snapshot);
    // The edited files first, then the others their edits reach: all are checked a document at a time, and the slice
    // can end inside a file. One file of 3,000 documents takes a second to check, and a hover must not wait for it.
    const order = [...first.map((key) => ({ key, first: true })), ...filesToRecheck(snapshot, changed, { indexing: this.deps.indexing(), isOpen: (k) => state.isOpen(k) }, this.signatures, RULE_READS).filter((k) => !first.includes(k)).map((key) => ({ key, first: false }))];
    for (let i = 0; i < order.length; i++) {
      const { key, first: always } = order[i];
      const steps = this.checkInSteps(key, snapshot);
      let step = steps.next();
      while (!step.done) {
        if ((await slices.pause()) && this.generation !== generation) {
          // Newer changes arrived: this snapshot is stale. What was not checked yet is carried over to the next run,
          // an edited file still as edited, so that it is delivered first and always.
          for (const left of order.slice(i)) (!left.first ? this.changed : edited.has(left.key) ? this.edited : this.republish).add(left.key);
          if (pull && (othersChanged || this.unseenChange)) this.refresh();
          return;
        }
        step = steps.next();
      }
      if (this.record(key, snapshot, step.value, always) && !(always && edited.has(key))) othersChanged = true;
    }
    if (pull && (othersChanged || this.unseenChange)) this.refresh();
    this.deps.onAnalysed(snapshot);
  }

  /** The core's `checkFileInSteps`, with its errors logged: a file whose check throws has no findings. */
  private *checkInSteps(key: string, snapshot: Snapshot): Generator<void, Diagnostic[], void> {
    try {
      return yield* checkFileInSteps(snapshot, key, { cache: this.findings, onRuleError: (rule, uri, e) => this.deps.log.fileError(`rule ${rule}`, uri, e) });
    } catch (e) {
      this.deps.log.fileError('diagnostics', key, e);
      return [];
    }
  }

  /** Checks one file at once and records the result (see `record`). Returns true when the file's diagnostics changed. */
  private analyse(key: string, snapshot: Snapshot, always = false): boolean {
    const steps = this.checkInSteps(key, snapshot);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return this.record(key, snapshot, step.value, always);
  }

  /**
   * Records a file's findings; in push mode publishes them when they changed (or always, for an edited document).
   * Returns true when the file's diagnostics changed.
   */
  private record(key: string, snapshot: Snapshot, found: Diagnostic[], always = false): boolean {
    const { state, log } = this.deps;
    let items: LspDiagnostic[] = [];
    try {
      items = found.map((d) => toLspDiagnostic(d, snapshot, (k) => state.clientUri(k)));
    } catch (e) {
      log.fileError('diagnostics', key, e);
    }
    const content = JSON.stringify(items);
    const previous = this.results.get(key);
    const changed = previous?.content !== content;
    const resultId = changed || !previous ? String(++this.nextResultId) : previous.resultId;
    this.results.set(key, { snapshot: new WeakRef(snapshot), items, resultId, content });
    if (!this.deps.pull) {
      const shown = this.pushed.get(key)?.content;
      const worthSending = always || (shown === undefined ? items.length > 0 : shown !== content);
      if (worthSending) this.publish(key, items, content);
    }
    return previous ? changed : items.length > 0;
  }

  private publish(key: string, items: LspDiagnostic[], content: string): void {
    const { state, connection } = this.deps;
    const version = state.appliedVersion(key);
    const uri = state.clientUri(key);
    this.pushed.set(key, { content, uri });
    void connection.sendDiagnostics({ uri, ...(version !== null ? { version } : {}), diagnostics: items });
  }

  /**
   * Files that left the workspace lose their results, and pushed diagnostics are cleared. Returns true when one of
   * them had diagnostics (a pulling client must then pull again).
   */
  private forgetRemoved(snapshot: Snapshot): boolean {
    let hadDiagnostics = false;
    for (const [key, result] of this.results) {
      if (snapshot.files.has(key)) continue;
      this.results.delete(key);
      this.findings.forget(key);
      if (result.items.length > 0) hadDiagnostics = true;
    }
    for (const [key, shown] of this.pushed) {
      if (snapshot.files.has(key)) continue;
      this.pushed.delete(key);
      if (shown.content !== '[]') void this.deps.connection.sendDiagnostics({ uri: shown.uri, diagnostics: [] });
    }
    return hadDiagnostics;
  }

  private refresh(): void {
    this.unseenChange = false;
    if (!this.deps.refreshSupported) return;
    this.deps.connection.languages.diagnostics.refresh();
  }
}
