/**
 * A language feature: the capabilities it announces and the handlers it registers. Every feature is one file in
 * this folder, listed once in `handlers/index.ts`.
 */
import type { CancellationToken, ClientCapabilities, Connection, Position, ServerCapabilities } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Snapshot, SourceFile } from '../../core';
import type { DiagnosticsScheduler } from '../diagnostics';
import type { Log } from '../log';
import type { ServerState } from '../state';
import { canonicalUri } from '../uris';
import { toOffset } from '../convert';

export interface FeatureContext {
  connection: Connection;
  state: ServerState;
  diagnostics: DiagnosticsScheduler;
  log: Log;
  capabilities: ClientCapabilities;
}

export interface Feature {
  /** What to announce in `initialize`, given what the client supports (an empty object announces nothing). */
  capabilities(client: ClientCapabilities): ServerCapabilities;
  register(ctx: FeatureContext): void;
}

/** A file of the current snapshot at a position: what hover, definition, completion and the like start from. */
export interface Located {
  snapshot: Snapshot;
  file: SourceFile;
  /** The workspace key of the file (canonical `file://` URI). */
  uri: string;
  offset: number;
}

export function locate(state: ServerState, uri: string, position: Position): Located | null {
  const key = canonicalUri(uri);
  const snapshot = state.snapshotFor(key);
  const file = snapshot.files.get(key);
  if (!file || file.skipped) return null;
  return { snapshot, file, uri: key, offset: toOffset(file, position) };
}

type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/**
 * Wraps a request handler with the house guarantees: a request the client cancelled is answered as cancelled,
 * and an exception is logged (once per file and handler) and answered with `fallback`, never with a crash.
 */
export function guarded<P, R>(ctx: FeatureContext, name: string, fallback: R, handler: Handler<P, R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<never>> {
  return async (params, token) => {
    if (token.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      return token.isCancellationRequested ? cancelled() : result;
    } catch (e) {
      const uri = (params as { textDocument?: { uri?: string } })?.textDocument?.uri ?? '(workspace)';
      ctx.log.fileError(name, uri, e);
      return fallback;
    }
  };
}

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'request cancelled');
}
