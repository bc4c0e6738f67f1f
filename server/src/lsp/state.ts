/**
 * The server's one Workspace and what feeds it: open documents (whose editor text overrides the file on disk),
 * workspace folders with their read filters, and reads from disk. Nothing here publishes anything; callers tell
 * the diagnostics scheduler what changed.
 */
import { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TextDocumentImpl } from 'vscode-languageserver-textdocument';
import type { Snapshot } from '../core';
import { Workspace } from '../core';
import { readManifest, unanalysedText } from '../node/files';
import { PathFilter } from '../node/glob';
import type { Log } from './log';
import type { ReadSettings } from './settings';
import { canonicalUri, relativePath, uriToPath } from './uris';

export interface Folder {
  /** The folder's URI as the client sent it. */
  uri: string;
  path: string;
  filter: PathFilter;
  maxBytes: number;
}

export function makeFolder(uri: string, settings: ReadSettings): Folder | null {
  const p = uriToPath(uri);
  if (p === null) return null;
  return { uri, path: p, filter: new PathFilter(settings.include, settings.exclude), maxBytes: settings.maxFileSizeKB * 1024 };
}

/** What a read from disk did to the workspace. */
export type ReadOutcome = 'changed' | 'unchanged' | 'ignored';

/**
 * Pending texts longer than this (upwards of 0.1 s of parsing: 3,000 small Pods are 520,000 characters and 0.8 s) are
 * left to the analysis, which parses them in steps, when a request about another file needs a snapshot.
 */
const STEPWISE_CHARS = 100_000;

export class ServerState {
  readonly workspace = new Workspace();
  readonly documents = new TextDocuments(TextDocumentImpl);
  private folders: Folder[] = [];
  /** Open documents by canonical URI. */
  private readonly open = new Map<string, TextDocument>();
  /** Open documents whose latest text is not in the workspace yet. */
  private readonly dirty = new Set<string>();
  /** The version of each open document's text that the workspace holds. */
  private readonly applied = new Map<string, number>();
  /** The open document `parseInSteps` is parsing, if any. */
  private stepping: string | null = null;
  /**
   * The latest disk read issued per file. Reads finish in any order (indexing, file watcher, closing a document);
   * only the latest one may change the workspace, so a slow stale read never overwrites a newer one.
   */
  private readonly readTickets = new Map<string, number>();
  private nextTicket = 0;

  constructor(private readonly log: Log) {}

  workspaceFolders(): readonly Folder[] {
    return this.folders;
  }

  // Open documents.

  /** Notes an opened or edited document; its text reaches the workspace at the next `snapshot()`. */
  noteEdited(doc: TextDocument): string {
    const key = canonicalUri(doc.uri);
    this.open.set(key, doc);
    this.dirty.add(key);
    return key;
  }

  /** Forgets a closed document. The caller then reads the file from disk again (`reloadClosed`). */
  noteClosed(doc: TextDocument): string {
    const key = canonicalUri(doc.uri);
    this.open.delete(key);
    this.dirty.delete(key);
    this.applied.delete(key);
    return key;
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  openUris(): string[] {
    return [...this.open.keys()];
  }

  /** The URI to send to the client for a file: its own spelling for an open document. */
  clientUri(key: string): string {
    return this.open.get(key)?.uri ?? key;
  }

  /** The version of an open document that the current snapshot analysed, or null for a closed file. */
  appliedVersion(key: string): number | null {
    return this.applied.get(key) ?? null;
  }

  /** Puts every pending editor text into the workspace and returns the current snapshot. */
  snapshot(): Snapshot {
    for (const key of this.dirty) this.apply(key);
    this.dirty.clear();
    return this.workspace.snapshot();
  }

  /**
   * A snapshot for a request about one file: that file and every pending text are put in, except large texts of
   * other files, which the analysis parses in steps (`parseInSteps`). A hover in one file need not wait for a file
   * of thousands of documents just opened or pasted in another: it is answered as if that had not happened yet.
   */
  snapshotFor(key: string): Snapshot {
    for (const other of [...this.dirty]) {
      if (other !== key && (other === this.stepping || (this.open.get(other)?.getText().length ?? 0) > STEPWISE_CHARS)) continue;
      this.apply(other);
      this.dirty.delete(other);
    }
    return this.workspace.snapshot();
  }

  /**
   * Puts the pending editor texts into the workspace a document at a time, calling `pause` between documents (it
   * yields to the event loop when a slice is over). A text that changed meanwhile stays pending for `snapshot()`,
   * which then re-parses it from what this parsed.
   */
  async parseInSteps(pause: () => Promise<unknown>): Promise<void> {
    for (const key of [...this.dirty]) {
      const doc = this.open.get(key);
      if (!doc || !this.dirty.has(key)) continue;
      const version = doc.version;
      const text = doc.getText();
      const done = this.unanalysed(key, text) || (await this.parseStepwise(key, text, pause));
      if (done && this.open.get(key) === doc && doc.version === version && this.dirty.has(key)) {
        this.dirty.delete(key);
        this.applied.set(key, version);
      }
    }
  }

  /** One text through `Workspace.setFileInSteps`; false when the parser threw (it stays pending for `snapshot()`). */
  private async parseStepwise(key: string, text: string, pause: () => Promise<unknown>): Promise<boolean> {
    const steps = this.workspace.setFileInSteps(key, text);
    this.stepping = key;
    try {
      for (let step = steps.next(); !step.done; step = steps.next()) await pause();
      return true;
    } catch (e) {
      // `snapshot()` parses it again, guarded, and turns it into a skipped file.
      this.log.fileError('parsing', key, e);
      return false;
    } finally {
      this.stepping = null;
    }
  }

  /** Puts one open document's latest text into the workspace. */
  private apply(key: string): void {
    const doc = this.open.get(key);
    if (!doc) return;
    const text = doc.getText();
    if (!this.unanalysed(key, text)) this.setText(key, text);
    this.applied.set(key, doc.version);
  }

  /** Skips a text over the limits (as a file on disk would be: parsing 50 MB would stall the server); true if so. */
  private unanalysed(key: string, text: string): boolean {
    const max = this.folderFor(key)?.maxBytes ?? this.workspace.getConfig().maxFileSizeKB * 1024;
    const skipped = unanalysedText(text, max);
    if (skipped) this.workspace.skipFile(key, skipped);
    return skipped !== null;
  }

  /** Parses a file's text; a parser bug on one file turns it into a skipped file instead of breaking the server. */
  private setText(key: string, text: string): void {
    try {
      this.workspace.setFile(key, text);
    } catch (e) {
      this.log.fileError('parsing', key, e);
      this.workspace.skipFile(key, 'not analysed: internal error while parsing the file (see the kube-netlens log)');
    }
  }

  // Workspace folders.

  setFolders(folders: Folder[]): void {
    this.folders = folders;
  }

  getFolders(): readonly Folder[] {
    return this.folders;
  }

  hasFolder(uri: string): boolean {
    return this.folders.some((f) => f.uri === uri);
  }

  /** The first folder whose filters accept the file, if any. */
  folderFor(key: string, folders: readonly Folder[] = this.folders): Folder | undefined {
    const p = uriToPath(key);
    if (p === null) return undefined;
    return folders.find((f) => {
      const rel = relativePath(f.path, p);
      return rel !== null && f.filter.accepts(rel);
    });
  }

  /**
   * Removes a folder and every closed file that no remaining folder accepts. Returns the removed files. Reads
   * still in flight for those files are discarded when they finish, because no folder accepts them any more.
   */
  removeFolder(uri: string): string[] {
    this.folders = this.folders.filter((f) => f.uri !== uri);
    return this.removeWhere((key) => !this.folderFor(key));
  }

  /** After a folder was walked: removes its closed files that are no longer on disk or no longer accepted. */
  pruneFolder(folder: Folder, found: ReadonlySet<string>): string[] {
    const others = this.folders.filter((f) => f.uri !== folder.uri);
    return this.removeWhere((key) => {
      const p = uriToPath(key);
      return p !== null && relativePath(folder.path, p) !== null && !found.has(key) && !this.folderFor(key, others);
    });
  }

  /** A file or folder deleted on disk: removes the closed files at or below it. */
  removeDeleted(key: string): string[] {
    return this.removeWhere((k) => k === key || k.startsWith(key.endsWith('/') ? key : `${key}/`));
  }

  private removeWhere(test: (key: string) => boolean): string[] {
    const removed: string[] = [];
    for (const key of this.workspace.uris()) {
      if (this.open.has(key) || !test(key)) continue;
      this.workspace.removeFile(key);
      this.readTickets.set(key, ++this.nextTicket);
      removed.push(key);
    }
    return removed;
  }

  // Disk.

  /**
   * Reads a closed file from disk into the workspace when a folder accepts it; removes it when it is gone or no
   * longer accepted. An open document is left alone: the editor's text wins until it is closed.
   */
  async readFromDisk(key: string): Promise<ReadOutcome> {
    if (this.open.has(key)) return 'ignored';
    const folder = this.folderFor(key);
    const p = uriToPath(key);
    if (!folder || p === null) return this.removeDeleted(key).length > 0 ? 'changed' : 'ignored';
    const ticket = ++this.nextTicket;
    this.readTickets.set(key, ticket);
    // Any workspace folder may hold the real file behind a link; no path outside all of them is ever read.
    const res = await readManifest(p, this.folders.map((f) => f.path), folder.maxBytes);
    // While the read was in flight the document may have been opened, its folder removed, the filters changed, or
    // a newer read issued; then this result is stale.
    if (this.readTickets.get(key) !== ticket || this.open.has(key) || !this.folderFor(key)) return 'ignored';
    const before = this.workspace.getFile(key);
    if (res.ok) this.setText(key, res.text);
    else if (res.missing) this.workspace.removeFile(key);
    else if (before?.skipped !== res.reason) this.workspace.skipFile(key, res.reason);
    return this.workspace.getFile(key) === before ? 'unchanged' : 'changed';
  }

  /** After a document closed: the disk version comes back, or the file leaves the workspace. */
  async reloadClosed(key: string): Promise<ReadOutcome> {
    if (uriToPath(key) === null || !this.folderFor(key)) {
      this.readTickets.set(key, ++this.nextTicket);
      return this.workspace.removeFile(key) ? 'changed' : 'unchanged';
    }
    return this.readFromDisk(key);
  }
}
