/**
 * The mutable set of files the analysis sees. The edges feed it texts (from disk or from the editor); it hands out
 * immutable snapshots, rebuilt only when something changed.
 */
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { makeSourceFile, skippedFile, sourceFileInSteps } from './sourceFile';
import type { SourceFile } from './sourceFile';
import { Snapshot } from './snapshot';

export class Workspace {
  private readonly files = new Map<string, SourceFile>();
  private current: Snapshot | null = null;
  /** The last snapshot handed out, from which the next one is derived when only a few files changed. */
  private last: Snapshot | undefined;

  constructor(private config: Config = DEFAULT_CONFIG) {}

  setConfig(config: Config): void {
    this.config = config;
    this.current = null;
  }

  getConfig(): Config {
    return this.config;
  }

  /**
   * `setFile` in steps: parses document by document (see `sourceFileInSteps`), and puts the file in only if nothing
   * else replaced it meanwhile (a caller that needed it at once set it itself); returns whether it did.
   */
  *setFileInSteps(uri: string, text: string): Generator<void, boolean, void> {
    const previous = this.files.get(uri);
    if (previous && previous.text === text && !previous.skipped) return true;
    const file = yield* sourceFileInSteps(uri, text, previous);
    if (this.files.get(uri) !== previous) return false;
    this.files.set(uri, file);
    this.current = null;
    return true;
  }

  /** Adds or replaces a file's text. Unchanged documents keep their parse. */
  setFile(uri: string, text: string): SourceFile {
    const previous = this.files.get(uri);
    if (previous && previous.text === text && !previous.skipped) return previous;
    const file = makeSourceFile(uri, text, previous);
    this.files.set(uri, file);
    this.current = null;
    return file;
  }

  /** Records a file that is not analysed, with the reason shown to the user. */
  skipFile(uri: string, reason: string): void {
    this.files.set(uri, skippedFile(uri, reason));
    this.current = null;
  }

  removeFile(uri: string): boolean {
    const had = this.files.delete(uri);
    if (had) this.current = null;
    return had;
  }

  hasFile(uri: string): boolean {
    return this.files.has(uri);
  }

  getFile(uri: string): SourceFile | undefined {
    return this.files.get(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  snapshot(): Snapshot {
    if (!this.current) this.last = this.current = new Snapshot(new Map(this.files), this.config, this.last);
    return this.current;
  }
}
