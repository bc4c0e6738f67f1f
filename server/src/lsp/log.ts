/**
 * The server's log (the client's output channel). Failures tied to a file are logged once per file and cause, so
 * a file that trips a bug on every keystroke does not flood the log.
 */
import type { Connection } from 'vscode-languageserver';
import { uriToPath } from './uris';

export class Log {
  private readonly logged = new Set<string>();
  private readonly last = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    this.connection.console.info(message);
  }

  /** Logs `message` unless the last message logged under `topic` was the same (settings reloaded unchanged). */
  infoOnChange(topic: string, message: string): void {
    if (this.last.get(topic) === message) return;
    this.last.set(topic, message);
    this.info(message);
  }

  warn(message: string): void {
    this.connection.console.warn(message);
  }

  error(message: string, error?: unknown): void {
    this.connection.console.error(error === undefined ? message : `${message}: ${describe(error)}`);
  }

  /** Logs an internal error about one file, once per file and `what` (a handler or rule name). */
  fileError(what: string, uri: string, error: unknown): void {
    const key = `${what}\0${uri}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.error(`kube-netlens: internal error in ${what} on ${uriToPath(uri) ?? uri} (further errors of this kind on this file are not logged)`, error);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
